/// Values that people type when they do not know the real one, which Vigil treats as missing.
///
/// Police records carry placeholder names ("UNKNOWN MALE"), addresses ("NFA") and postcodes ("N/K").
/// Counting them as agreement would link every unidentified person to each other, so the normalisers
/// turn them into missing values. All checks take text already folded to uppercase ASCII with
/// punctuation turned into single spaces (the `full` form of a ``NormalisedName``).
public enum PlaceholderValues: Sendable {
    /// Whether a normalised name (tokens joined by one space) is a placeholder rather than a name.
    ///
    /// Matches the listed phrases, and any text made only of X, only of Z, or only of digits
    /// ("XXX", "ZZ ZZ", "123"), ignoring spaces.
    public static func isPlaceholderName(_ normalisedFull: String) -> Bool {
        if normalisedFull.isEmpty || names.contains(normalisedFull) { return true }
        return isFiller(normalisedFull, digitsAreFiller: true)
    }

    /// Whether a normalised address line is a placeholder ("NFA", "NO FIXED ABODE", "UNKNOWN", "XXX").
    ///
    /// Unlike names, a line of digits is not a placeholder: it can be a house number on its own.
    public static func isPlaceholderAddress(_ normalisedLine: String) -> Bool {
        if normalisedLine.isEmpty || addresses.contains(normalisedLine) || common.contains(normalisedLine) {
            return true
        }
        return isFiller(normalisedLine, digitsAreFiller: false)
    }

    /// Whether a postcode field with its spaces and punctuation removed is a placeholder ("NFA", "NK").
    public static func isPlaceholderPostcode(_ compact: String) -> Bool {
        if compact.isEmpty || postcodes.contains(compact) { return true }
        return compact.utf8.allSatisfy { $0 == UInt8(ascii: "X") }
    }

    /// Whether a normalised date field ("UNKNOWN", "N K") is placeholder text rather than a date.
    public static func isPlaceholderText(_ normalised: String) -> Bool {
        normalised.isEmpty || common.contains(normalised) || dates.contains(normalised)
    }

    /// Text made only of X, only of Z, or (when `digitsAreFiller`) only of digits, once spaces are ignored.
    private static func isFiller(_ text: String, digitsAreFiller: Bool) -> Bool {
        var first: UInt8 = 0
        var allDigits = true
        var sameLetter = true
        for byte in text.utf8 where byte != 0x20 {
            if first == 0 { first = byte }
            if !TextFolding.isDigit(byte) { allDigits = false }
            if byte != first { sameLetter = false }
        }
        if first == 0 { return true }
        return (digitsAreFiller && allDigits)
            || (sameLetter && (first == UInt8(ascii: "X") || first == UInt8(ascii: "Z")))
    }

    /// Placeholder words shared by every kind of field.
    private static let common: Set<String> = [
        "UNKNOWN", "UNK", "UNKN", "NOT KNOWN", "NK", "N K", "REFUSED", "NOT GIVEN", "NONE", "NULL", "NIL",
        "N A", "TBC", "TBA", "NOT STATED", "NOT RECORDED", "NOT PROVIDED", "WITHHELD", "DECLINED",
        "NOT APPLICABLE", "UNSPECIFIED", "BLANK", "TEST",
    ]

    /// Placeholder words for dates only: "NA" (also "N.A.") is a surname, so it is not in ``common``.
    private static let dates: Set<String> = ["NA", "NOT AVAILABLE"]

    private static let names: Set<String> = common.union([
        "NO NAME", "NONAME", "UNKNOWN MALE", "UNKNOWN FEMALE", "UNKNOWN PERSON", "UNKNOWN CHILD",
        "UNKNOWN UNKNOWN", "PERSON UNKNOWN", "PERSONS UNKNOWN", "MALE UNKNOWN", "FEMALE UNKNOWN", "ANON",
        "ANONYMOUS", "MALE", "FEMALE", "NOT KNOWN MALE", "NOT KNOWN FEMALE", "NAME NOT GIVEN",
        "NAME UNKNOWN", "NO TRACE", "DO NOT USE", "DUPLICATE", "JOHN DOE", "JANE DOE",
    ])

    private static let addresses: Set<String> = [
        "NFA", "N F A", "NO FIXED ABODE", "NO FIXED ADDRESS", "OF NO FIXED ABODE", "NO ADDRESS",
        "ADDRESS UNKNOWN", "ADDRESS NOT KNOWN", "ADDRESS NOT GIVEN", "NO ADDRESS GIVEN", "HOMELESS",
        "NOT KNOWN ADDRESS", "UNKNOWN ADDRESS", "NO KNOWN ADDRESS", "REFUSED ADDRESS",
    ]

    private static let postcodes: Set<String> = [
        "UNKNOWN", "UNK", "NK", "NFA", "NA", "NONE", "NULL", "NIL", "TBC", "TBA", "REFUSED", "NOTKNOWN",
        "NOFIXEDABODE", "NOPOSTCODE", "NOTGIVEN", "WITHHELD",
    ]
}
