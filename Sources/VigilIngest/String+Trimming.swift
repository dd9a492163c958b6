extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (extracts often pad fields after commas).
    var trimmingSpaces: SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" {
            start = index(after: start)
        }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[start..<end]
    }
}
