/// What a raw postcode field holds: a valid UK postcode, something else, or nothing.
///
/// Foreign postcodes and the 4-digit codes of FEBRL test data are not UK postcodes but can still agree
/// exactly, so they are kept as ``invalid(_:)`` in a normalised form (uppercase, spaces removed) rather
/// than thrown away. Placeholders ("UNKNOWN", "NFA", "N/K") are ``missing``.
public enum PostcodeValue: Hashable, Sendable {
    /// A valid UK postcode (possibly a special, non-geographic one).
    case valid(UKPostcode)
    /// Not a UK postcode; the raw text uppercased with its whitespace removed.
    case invalid(String)
    /// Empty or a placeholder.
    case missing

    /// Classifies a raw postcode field.
    public static func parse(_ raw: String) -> PostcodeValue {
        let folded = TextFolding.fold(raw)
        var compact: [UInt8] = []
        var lettersAndDigits: [UInt8] = []
        compact.reserveCapacity(folded.count)
        lettersAndDigits.reserveCapacity(folded.count)
        for byte in folded where !TextFolding.isSpace(byte) {
            compact.append(byte)
            if TextFolding.isLetter(byte) || TextFolding.isDigit(byte) { lettersAndDigits.append(byte) }
        }
        if PlaceholderValues.isPlaceholderPostcode(String(decoding: lettersAndDigits, as: UTF8.self)) {
            return .missing
        }
        let text = String(decoding: compact, as: UTF8.self)
        if let postcode = UKPostcode(text) { return .valid(postcode) }
        // "WS2-8AB", "(WS2 8AB)", "WS2 8AB.": punctuation typed around or inside a valid postcode.
        if lettersAndDigits.count != compact.count,
            let postcode = UKPostcode(String(decoding: lettersAndDigits, as: UTF8.self))
        {
            return .valid(postcode)
        }
        return .invalid(text)
    }

    /// The postcode when the field held a valid UK one.
    public var postcode: UKPostcode? {
        if case .valid(let postcode) = self { return postcode }
        return nil
    }

    /// Whether the field was empty or a placeholder.
    public var isMissing: Bool { self == .missing }

    /// The outward code when the field held only one ("WV10", "b1", "(DY1)"), as uppercase letters and
    /// digits; `nil` for a whole postcode, a missing one, or anything else.
    ///
    /// Half a postcode: it names the district, not the street. The linkage engine keeps it as the
    /// address's district, never as a postcode to agree on, and the data-quality report counts it as
    /// partial rather than invalid. See ``UKPostcode/outwardCode(_:)``.
    ///
    /// ```swift
    /// PostcodeValue.parse("wv10").outwardCodeOnly  // "WV10"
    /// PostcodeValue.parse("WV10 0QP").outwardCodeOnly  // nil
    /// ```
    public var outwardCodeOnly: String? {
        guard case .invalid(let text) = self else { return nil }
        return UKPostcode.outwardCode(text)
    }
}
