/// A name normalised for comparison: uppercase ASCII letters, diacritics folded (É→E, Ø→O, ß→SS, Ł→L ...),
/// apostrophes and dots removed (O'NEIL→ONEIL), hyphens/commas/other punctuation as token separators,
/// whitespace collapsed, titles removed.
///
/// Produced once per record by ``NameNormaliser``; comparators then work on ``tokens``, ``full`` and
/// ``compact`` without touching the raw text again. A placeholder name ("UNKNOWN MALE") has no tokens
/// and ``isMissing`` is true, so it never counts as agreement.
public struct NormalisedName: Hashable, Sendable {
    /// The name's tokens in order, such as `["MARY", "JANE"]`; empty when the name is missing.
    public let tokens: [String]
    /// The tokens joined by one space ("MARY JANE"); empty when missing.
    public let full: String
    /// The tokens joined with nothing, so "Mc Donald" and "McDonald" agree ("MCDONALD").
    public let compact: String

    /// Other names given in the same field after a marker ("LEE (NEE SMITH)", "JONES AKA SMITH"), each
    /// as its tokens: a maiden name or an alias, compared as another form of the name, never as the name.
    public let otherNames: [[String]]

    /// A missing name: no tokens.
    public static let missing = NormalisedName(tokens: [])

    /// Wraps tokens that are already normalised (uppercase ASCII, no spaces); use ``NameNormaliser`` for raw text.
    public init(tokens: [String], otherNames: [[String]] = []) {
        self.tokens = tokens
        self.full = tokens.joined(separator: " ")
        self.compact = tokens.joined()
        self.otherNames = otherNames
    }

    /// Whether the name is absent or was a placeholder.
    public var isMissing: Bool { tokens.isEmpty }

    /// The first token ("MARY" of "MARY JANE"), often the name in use; `nil` when missing.
    public var first: String? { tokens.first }

    /// The tokens after the first ("JANE" of "MARY JANE"), such as middle names.
    public var rest: ArraySlice<String> { tokens.dropFirst() }
}

/// Which field a name came from; titles are stripped from forenames, suffixes from surnames.
public enum NamePart: Sendable {
    /// Given names ("Mary Jane"); leading titles and ranks ("Mrs", "PC") are removed.
    case forenames
    /// Family name ("O'Neil", "Smith-Jones"); trailing suffixes ("Jnr", "III") are removed.
    case surname
}
