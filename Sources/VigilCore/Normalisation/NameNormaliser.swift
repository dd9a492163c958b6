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
        var folded = TextFolding.fold(raw)
        if part == .surname { blankEmptyBracketedClauses(&folded) }
        var tokens = tokenise(folded, splittingInitials: part == .forenames)
        var otherNames: [[String]] = []
        switch part {
        case .forenames:
            let titleCount = tokens.prefix { titles.contains($0) }.count
            if titleCount > 0 { tokens.removeFirst(titleCount) }
        case .surname:
            tokens = withoutTitles(tokens)
            var names = splitAtOtherNameMarkers(tokens).map(withoutSuffixes).filter { !$0.isEmpty }
            guard !names.isEmpty else { return .missing }
            tokens = names.removeFirst()
            otherNames = names.filter { !PlaceholderValues.isPlaceholderName($0.joined(separator: " ")) }
        }
        if tokens.isEmpty { return .missing }
        let name = NormalisedName(tokens: tokens, otherNames: otherNames)
        return PlaceholderValues.isPlaceholderName(name.full) ? .missing : name
    }

    /// A surname field's tokens without the titles written into it: any before the name ("DR BRENNAN"),
    /// and a courtesy title after it ("BRENNAN, MR"), as long as a name is left. A title alone stays, so
    /// that LORD, a surname too, is not lost.
    static func withoutTitles(_ tokens: [String]) -> [String] {
        var tokens = tokens
        let leading = tokens.prefix { titles.contains($0) }.count
        if leading < tokens.count { tokens.removeFirst(leading) }
        while tokens.count > 1, let last = tokens.last, courtesyTitles.contains(last) {
            tokens.removeLast()
        }
        return tokens
    }

    /// Whether a raw name field begins with a title ("MR JOHN BRENNAN").
    static func startsWithTitle(_ raw: String) -> Bool {
        tokenise(TextFolding.fold(raw)).first.map(titles.contains) ?? false
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
    /// "FORMERLY", "OTHERWISE", "ALSO KNOWN AS", "MAIDEN NAME"); the markers themselves are dropped, and
    /// so is a marker that introduces no name ("CHAPMAN FORMERLY", "LEE NEE AKA SMITH"). A marker counts
    /// only after a name: "NEE" alone, or first, is a name. NEE and ALIAS are surnames too, so one that
    /// ends the field unbracketed ("SMITH NEE") stays a name; in brackets with nothing after it ("CHAPMAN
    /// (NEE )") it is an empty clause, taken out before this (`blankEmptyBracketedClauses`).
    static func splitAtOtherNameMarkers(_ tokens: [String]) -> [[String]] {
        guard tokens.count > 1, tokens.dropFirst().contains(where: { markerWords.contains($0) }) else {
            return [tokens]
        }
        var names: [[String]] = [[]]
        var index = 0
        while index < tokens.count {
            let afterName = names.count > 1 || !names[0].isEmpty
            let length = afterName ? markerLength(tokens, at: index) : 0
            let last = index + length >= tokens.count
            if length > 0, !last || !surnamesThatAreMarkers.contains(tokens[index]) {
                // Two markers in a row: the first introduced nothing, so the second opens no new name.
                if !names[names.count - 1].isEmpty { names.append([]) }
                index += length
            } else {
                names[names.count - 1].append(tokens[index])
                index += 1
            }
        }
        return names.filter { !$0.isEmpty }
    }

    /// How many tokens a marker starting at `index` takes (0 when none starts there).
    private static func markerLength(_ tokens: [String], at index: Int) -> Int {
        let token = tokens[index]
        if otherNameMarkers.contains(token) { return 1 }
        for phrase in otherNamePhrases where phrase.first == token {
            if tokens[index...].starts(with: phrase) { return phrase.count }
        }
        return 0
    }

    /// Replaces with spaces a bracketed part of a folded surname field that holds only a marker, or
    /// nothing: "CHAPMAN (NEE )" and "LEE (MAIDEN NAME)" are the surname alone, as their brackets were
    /// opened for a name never written.
    static func blankEmptyBracketedClauses(_ bytes: inout [UInt8]) {
        var open = bytes.firstIndex(of: UInt8(ascii: "("))
        while let start = open {
            let end = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: ")")) ?? bytes.count
            let inside = tokenise(Array(bytes[(start + 1)..<end]))
            let length = inside.isEmpty ? 0 : markerLength(inside, at: 0)
            if length == inside.count {
                for position in start..<min(end + 1, bytes.count) { bytes[position] = UInt8(ascii: " ") }
            }
            open = end + 1 < bytes.count ? bytes[(end + 1)...].firstIndex(of: UInt8(ascii: "(")) : nil
        }
    }

    /// Words that introduce another name in a surname field: a maiden name or an alias.
    static let otherNameMarkers: Set<String> = ["NEE", "AKA", "ALIAS", "FORMERLY", "OTHERWISE"]

    /// Markers of several words.
    static let otherNamePhrases: [[String]] = [["ALSO", "KNOWN", "AS"], ["MAIDEN", "NAME"]]

    /// Markers that are surnames too: at the end of a field, unbracketed, they are read as names.
    static let surnamesThatAreMarkers: Set<String> = ["NEE", "ALIAS"]

    /// Every word that can begin a marker.
    private static let markerWords = otherNameMarkers.union(otherNamePhrases.compactMap(\.first))

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

    /// Titles that are never surnames, so can be dropped from the end of a surname field ("BRENNAN, MR").
    static let courtesyTitles: Set<String> = ["MR", "MRS", "MS", "MISS", "MX", "DR"]

    /// Generational suffixes that follow surnames.
    static let suffixes: Set<String> = ["JR", "JNR", "JUNIOR", "SR", "SNR", "SENIOR", "II", "III", "IV"]
}
