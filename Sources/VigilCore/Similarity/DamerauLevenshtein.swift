/// Edit distances that count a swap of two adjacent bytes as one edit.
///
/// Use these for identifiers and names where keying errors dominate: a swapped pair of letters ("MARHTA") costs 1
/// rather than the 2 plain Levenshtein would charge.
///
/// Two variants, which differ only when an edit touches a transposed pair again:
///
/// - ``distance(_:_:)-([UInt8],[UInt8])`` is the true (unrestricted) Damerau–Levenshtein distance, a metric that obeys the
///   triangle inequality. "CA" → "ABC" is 2 (swap to "AC", insert "B"). It agrees with jellyfish's
///   `damerau_levenshtein_distance`. It needs an `(|a| + 2) × (|b| + 2)` table.
/// - ``optimalStringAlignment(_:_:)`` never edits a substring twice, so "CA" → "ABC" is 3. It is not a metric but it
///   needs only three rows of the table, so it is cheaper; prefer it when you only threshold small distances.
///
/// Bytes are compared exactly. Working tables live in temporary allocations, which stay on the stack for short
/// names; nothing escapes a call.
public enum DamerauLevenshtein {
    /// True (unrestricted) Damerau–Levenshtein distance: insertions, deletions, substitutions and transpositions of
    /// adjacent characters.
    ///
    /// Use it when the distance feeds a threshold that must behave like a metric, or when you need to match jellyfish.
    public static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in distance(a, b) }
        }
    }

    /// True Damerau–Levenshtein distance between the UTF-8 bytes of two strings.
    ///
    /// A convenience for tests and tools; the hot path should hold values as `[UInt8]`.
    public static func distance(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in distance(a, b) }
        }
    }

    /// Optimal string alignment distance (the restricted edit distance).
    ///
    /// Like ``distance(_:_:)-([UInt8],[UInt8])`` but a transposed pair may not be edited again, so "CA" → "ABC" costs 3
    /// instead of 2. Cheaper (three table rows instead of the whole table); use it when only small distances matter.
    public static func optimalStringAlignment(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in optimalStringAlignment(a, b) }
        }
    }

    static func optimalStringAlignment(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            // Rows i - 2, i - 1 and i, reused in rotation.
            var beforePrevious = 0
            var previous = width
            var row = 2 * width
            for j in 0..<width {
                rows[previous + j] = j
            }
            for i in 1...a.count {
                rows[row] = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var best = min(
                        rows[previous + j] + 1,
                        rows[row + j - 1] + 1,
                        rows[previous + j - 1] + cost
                    )
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        best = min(best, rows[beforePrevious + j - 2] + 1)
                    }
                    rows[row + j] = best
                }
                (beforePrevious, previous, row) = (previous, row, beforePrevious)
            }
            return rows[previous + b.count]
        }
    }

    /// Lowrance–Wagner: the table gains a sentinel row and column, and `lastRowOf[byte]` remembers the last row of `a`
    /// holding each byte so a transposition can reach back over any edits in between.
    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 2
        let tableSize = (a.count + 2) * width
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256 + tableSize) { storage in
            storage.initialize(repeating: 0)
            let lastRowOf = UnsafeMutableBufferPointer(rebasing: storage[0..<256])
            let table = UnsafeMutableBufferPointer(rebasing: storage[256...])
            let infinity = a.count + b.count
            // table[(i + 1) * width + (j + 1)] is the distance between the first i bytes of a and the first j of b.
            table[0] = infinity
            for i in 0...a.count {
                table[(i + 1) * width] = infinity
                table[(i + 1) * width + 1] = i
            }
            for j in 0...b.count {
                table[j + 1] = infinity
                table[width + j + 1] = j
            }
            for i in 1...a.count {
                var lastColumnMatched = 0
                for j in 1...b.count {
                    let rowBefore = lastRowOf[Int(b[j - 1])]
                    let columnBefore = lastColumnMatched
                    var cost = 1
                    if a[i - 1] == b[j - 1] {
                        cost = 0
                        lastColumnMatched = j
                    }
                    table[(i + 1) * width + j + 1] = min(
                        table[i * width + j] + cost,
                        table[(i + 1) * width + j] + 1,
                        table[i * width + j + 1] + 1,
                        table[rowBefore * width + columnBefore] + (i - rowBefore - 1) + 1 + (j - columnBefore - 1)
                    )
                }
                lastRowOf[Int(a[i - 1])] = i
            }
            return table[(a.count + 1) * width + b.count + 1]
        }
    }
}
