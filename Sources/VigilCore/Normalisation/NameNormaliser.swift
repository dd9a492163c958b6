/// Turns a raw forename or surname field into a ``NormalisedName``.
///
/// Runs once per record, so it folds the text to uppercase ASCII bytes in one pass (plain ASCII never
/// leaves the fast path) and tokenises those bytes without regular expressions.
///
/// ```swift
/// NameNormaliser.normalise("Mrs Zoë-Anne", as: .forenames).tokens  // ["ZOE", "ANNE"]
/// NameNormaliser.normalise("O'Neil Jnr", as: .surname).full         // "ONEIL"
/// NameNormaliser.normalise("Lee (née Smith)", as: .surname).otherNames  // [["SMITH"]]
/// ```
public enum NameNormaliser: Sendable {
    /// Normalises a raw name field; placeholders ("UNKNOWN", "N/K", "XXX") and titles alone become missing.
    ///
    /// A surname field holding other names after a marker ("LEE (NEE SMITH)", "JONES AKA SMITH",
    /// "KHAN ALSO KNOWN AS ALI") keeps the first as the surname and the others as ``NormalisedName/otherNames``.
    public static func normalise(_ raw: String, as part: NamePart) -> NormalisedName {
        var tokens = tokenise(TextFolding.fold(raw), splittingInitials: part == .forenames)
        var otherNames: [[String]] = []
        switch part {
        case .forenames:
            let titleCount = tokens.prefix { titles.contains($0) }.count
            if titleCount > 0 { tokens.removeFirst(titleCount) }
        case .surname:
            var names = splitAtOtherNameMarkers(tokens).map(withoutSuffixes).filter { !$0.isEmpty }
            guard !names.isEmpty else { return .missing }
            tokens = names.removeFirst()
            otherNames = names.filter { !PlaceholderValues.isPlaceholderName($0.joined(separator: " ")) }
        }
        if tokens.isEmpty { return .missing }
        let name = NormalisedName(tokens: tokens, otherNames: otherNames)
        return PlaceholderValues.isPlaceholderName(name.full) ? .missing : name
    }

    /// A surname's tokens without trailing generational suffixes ("LEE JNR" → "LEE"); a suffix alone stays.
    private static func withoutSuffixes(_ tokens: [String]) -> [String] {
        var tokens = tokens
        while tokens.count > 1, let last = tokens.last, suffixes.contains(last) {
            tokens.removeLast()
        }
        return tokens
    }

    /// The names in a surname field, split where a marker introduces another ("NEE", "AKA", "ALIAS",
    /// "FORMERLY", "OTHERWISE", "ALSO KNOWN AS"); the markers themselves are dropped. A marker counts only
    /// between two names: "NEE" alone, or first, is a name (Nee is a surname too).
    static func splitAtOtherNameMarkers(_ tokens: [String]) -> [[String]] {
        guard tokens.count > 2, tokens.contains(where: { otherNameMarkers.contains($0) || $0 == "ALSO" }) else {
            return [tokens]
        }
        var names: [[String]] = [[]]
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let between = !names[names.count - 1].isEmpty
            if between, otherNameMarkers.contains(token), index + 1 < tokens.count {
                names.append([])
                index += 1
            } else if between, token == "ALSO", index + 3 < tokens.count, tokens[index + 1] == "KNOWN",
                tokens[index + 2] == "AS"
            {
                names.append([])
                index += 3
            } else {
                names[names.count - 1].append(token)
                index += 1
            }
        }
        return names
    }

    /// Words that introduce another name in a surname field: a maiden name or an alias.
    static let otherNameMarkers: Set<String> = ["NEE", "AKA", "ALIAS", "FORMERLY", "OTHERWISE"]

    /// Splits folded bytes into tokens of letters and digits; apostrophes and dots join, the rest separates.
    ///
    /// With `splittingInitials`, a dot after a single letter ends it: "M.M." is two initials, as "M M"
    /// is, not the name MM ("ST.JOHN" still joins).
    static func tokenise(_ bytes: [UInt8], splittingInitials: Bool = false) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        for byte in bytes {
            if TextFolding.isLetter(byte) || TextFolding.isDigit(byte) {
                current.append(byte)
            } else if splittingInitials, byte == UInt8(ascii: "."), current.count == 1 {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "`") {
                continue
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// Titles, honorifics and police ranks that precede forenames.
    static let titles: Set<String> = [
        "MR", "MRS", "MS", "MISS", "MX", "DR", "PROF", "PROFESSOR", "REV", "REVD", "REVEREND", "SIR", "DAME",
        "LADY", "LORD", "PC", "DC", "SGT", "INSP", "MSTR", "MASTER",
    ]

    /// Generational suffixes that follow surnames.
    static let suffixes: Set<String> = ["JR", "JNR", "JUNIOR", "SR", "SNR", "SENIOR", "II", "III", "IV"]
}
