/// Jaro and Jaro–Winkler similarity of two byte strings.
///
/// Use these to compare normalised names where a typing slip, a transposition or a different spelling of a common
/// prefix should still count as close agreement. The definition follows jellyfish, rapidfuzz and DuckDB's
/// `jaro_winkler_similarity` (the one Splink uses), so scores agree with Splink's comparison levels:
///
/// - matches are looked for within `max(|a|, |b|) / 2 - 1` positions;
/// - half the transposed matches are counted with integer division, as jellyfish does;
/// - the Winkler boost uses a prefix scale of 0.1 over a common prefix of at most four bytes and is applied only when
///   the Jaro score exceeds 0.7;
/// - if either string is empty the score is 0, even when both are empty (jellyfish's behaviour), so a missing name
///   never looks like agreement.
///
/// Bytes are compared exactly, so callers pass normalised uppercase ASCII. Inputs up to a few hundred bytes are
/// scored on a stack buffer; nothing is allocated per call.
///
/// ```swift
/// JaroWinkler.similarity("MARTHA", "MARHTA")  // 0.9611…
/// ```
public enum JaroWinkler {
    /// Jaro similarity in 0...1.
    ///
    /// Use it when a shared prefix should not earn extra credit, for example when comparing postcode units or
    /// reversed name parts; otherwise prefer ``similarity(_:_:)-([UInt8],[UInt8])``.
    public static func jaro(_ a: [UInt8], _ b: [UInt8]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in jaro(a, b) }
        }
    }

    /// Jaro–Winkler similarity in 0...1.
    ///
    /// Prefix scale 0.1, common prefix up to four bytes, boost applied only when the Jaro score exceeds 0.7 (the
    /// definition used by jellyfish, rapidfuzz and DuckDB's `jaro_winkler_similarity`, which Splink uses). This is the
    /// comparator to use for forenames and surnames, where errors rarely touch the first letters.
    public static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in similarity(a, b) }
        }
    }

    /// Whether the Jaro–Winkler similarity reaches `threshold`, skipping the computation when the two
    /// lengths alone rule it out (the common case when comparing a name with many candidates).
    ///
    /// With `s` the shorter length, Jaro is at most `(s/|a| + s/|b| + 1) / 3` and the Winkler boost adds at
    /// most `0.4 · (1 − Jaro)`.
    public static func reaches(_ threshold: Double, _ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in reaches(threshold, a, b) } }
    }

    /// The same test on bytes held elsewhere (a roster's interned towns).
    @inline(__always)
    static func reaches(
        _ threshold: Double,
        _ a: UnsafeBufferPointer<UInt8>,
        _ b: UnsafeBufferPointer<UInt8>,
        sharedAtMost: Int? = nil
    ) -> Bool {
        // The Winkler boost is set by the common prefix (at most four bytes), known before any matching.
        var prefix = 0
        while prefix < 4 && prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        guard boundsAllow(threshold, lengths: (a.count, b.count), prefix: prefix, sharedAtMost: nil) else {
            return false
        }
        let shared = sharedAtMost ?? sharedCharacters(a, b)
        guard boundsAllow(threshold, lengths: (a.count, b.count), prefix: prefix, sharedAtMost: shared) else {
            return false
        }
        return similarity(a, b) >= threshold
    }

    /// Whether `threshold` is still within reach of two non-empty strings of these lengths and common
    /// prefix (at most four bytes): Jaro's matches can outnumber neither the shorter length nor the
    /// characters the two share as multisets (`sharedAtMost`, when known). When this is false, so is
    /// `reaches`; a caller that keeps the lengths and prefix can ask it without reading the bytes.
    @inline(__always)
    static func boundsAllow(_ threshold: Double, lengths: (Int, Int), prefix: Int, sharedAtMost: Int?) -> Bool {
        guard lengths.0 > 0, lengths.1 > 0 else { return false }
        let shorter = Double(min(lengths.0, lengths.1))
        guard bound(common: shorter, lengths.0, lengths.1, prefix: prefix) >= threshold else { return false }
        guard let shared = sharedAtMost else { return true }
        return bound(common: Double(shared), lengths.0, lengths.1, prefix: prefix) >= threshold
    }

    /// The largest Jaro–Winkler score possible with `common` matching characters and a common prefix of
    /// `prefix` bytes.
    private static func bound(common: Double, _ lengthA: Int, _ lengthB: Int, prefix: Int) -> Double {
        let jaro = (common / Double(lengthA) + common / Double(lengthB) + 1) / 3
        return jaro + 0.1 * Double(prefix) * (1 - jaro)
    }

    /// How many characters two byte strings share, counted as multisets (bytes folded into 64 bins, which
    /// can only overcount, keeping the bound safe).
    private static func sharedCharacters(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 64) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte & 63)] += 1 }
            var shared = 0
            for byte in b {
                let slot = Int(byte & 63)
                if counts[slot] > 0 {
                    counts[slot] -= 1
                    shared += 1
                }
            }
            return shared
        }
    }

    /// Jaro–Winkler similarity of the UTF-8 bytes of two strings.
    ///
    /// A convenience for tests, tools and one-off comparisons; the hot path should hold names as `[UInt8]`.
    public static func similarity(_ a: String, _ b: String) -> Double {
        var a = a
        var b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in similarity(a, b) }
        }
    }

    static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let score = jaro(a, b)
        guard score > 0.7 else { return score }
        let limit = min(4, a.count, b.count)
        var prefix = 0
        while prefix < limit && a[prefix] == b[prefix] {
            prefix += 1
        }
        return score + Double(prefix) * 0.1 * (1 - score)
    }

    static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            let aMatched = UnsafeMutableBufferPointer(rebasing: flags[0..<a.count])
            let bMatched = UnsafeMutableBufferPointer(rebasing: flags[a.count...])
            let window = max(0, max(a.count, b.count) / 2 - 1)

            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window)
                let high = min(i + window, b.count - 1)
                guard low <= high else { continue }
                for j in low...high where !bMatched[j] && b[j] == a[i] {
                    aMatched[i] = true
                    bMatched[j] = true
                    matches += 1
                    break
                }
            }
            guard matches > 0 else { return 0 }

            // Walk both sets of matches in order; each position where they disagree is half a transposition.
            var outOfOrder = 0
            var j = 0
            for i in 0..<a.count where aMatched[i] {
                while !bMatched[j] {
                    j += 1
                }
                if a[i] != b[j] {
                    outOfOrder += 1
                }
                j += 1
            }
            let m = Double(matches)
            let transpositions = Double(outOfOrder / 2)
            return (m / Double(a.count) + m / Double(b.count) + (m - transpositions) / m) / 3
        }
    }
}
