extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and non-breaking spaces (U+00A0): extracts
    /// often pad fields after commas, and Excel and web forms leave non-breaking ones.
    var trimmingSpaces: SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, Self.isPadding(self[start]) {
            start = index(after: start)
        }
        while end > start, Self.isPadding(self[index(before: end)]) {
            end = index(before: end)
        }
        return self[start..<end]
    }

    private static func isPadding(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{00A0}"
    }
}
