/// Turns a raw forename or surname field into a ``NormalisedName``.
///
/// Runs once per record, so it folds the text to uppercase ASCII bytes in one pass (plain ASCII never
/// leaves the fast path) and tokenises those bytes without regular expressions.
///
/// ```swift
/// NameNormaliser.normalise("Mrs Zoë-Anne", as: .forenames).tokens  // ["ZOE", "ANNE"]
/// NameNormaliser.normalise("O'Neil Jnr", as: .surname).full         // "ONEIL"
/// ```
public enum NameNormaliser: Sendable {
    /// Normalises a raw name field; placeholders ("UNKNOWN", "N/K", "XXX") and titles alone become missing.
    public static func normalise(_ raw: String, as part: NamePart) -> NormalisedName {
        var tokens = tokenise(TextFolding.fold(raw))
        switch part {
        case .forenames:
            let titleCount = tokens.prefix { titles.contains($0) }.count
            if titleCount > 0 { tokens.removeFirst(titleCount) }
        case .surname:
            while tokens.count > 1, let last = tokens.last, suffixes.contains(last) {
                tokens.removeLast()
            }
        }
        if tokens.isEmpty { return .missing }
        let name = NormalisedName(tokens: tokens)
        return PlaceholderValues.isPlaceholderName(name.full) ? .missing : name
    }

    /// Splits folded bytes into tokens of letters and digits; apostrophes and dots join, the rest separates.
    static func tokenise(_ bytes: [UInt8]) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        for byte in bytes {
            if TextFolding.isLetter(byte) || TextFolding.isDigit(byte) {
                current.append(byte)
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
