/// How often each letter occurs in a short text, packed so that the letters two texts share are counted
/// in a few instructions.
///
/// Jaro's matches cannot outnumber the characters two strings share as multisets, so that count bounds
/// Jaro-Winkler before any matching (see `JaroWinkler.reaches`). Counting it from the bytes takes a
/// histogram per comparison; a name token is compared with thousands of others, so its counts are kept
/// here once. Bytes fall into 32 buckets by their low five bits: the letters A to Z each have their own,
/// and the few other bytes of a name (space, hyphen, apostrophe) share one with a letter, which can only
/// raise the count, so it stays an upper bound. A bucket holds up to 127; a text with more of one byte
/// than that is `saturated`, and its shared count must be taken from the bytes instead.
struct LetterCounts: Sendable {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Some bucket overflowed: `sharedAtMost` does not apply.
    private(set) var saturated = false

    init(_ bytes: [UInt8]) {
        var counts = [UInt8](repeating: 0, count: 32)
        for byte in bytes {
            let bucket = Int(byte & 31)
            if counts[bucket] == 127 {
                saturated = true
            } else {
                counts[bucket] += 1
            }
        }
        func lane(_ start: Int) -> UInt64 {
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(counts[start + $1]) << UInt64(8 * $1) }
        }
        lanes = (lane(0), lane(8), lane(16), lane(24))
    }

    /// At least as many as the bytes the two texts share as multisets; `nil` when either is saturated.
    @inline(__always)
    func sharedAtMost(_ other: LetterCounts) -> Int? {
        guard !saturated, !other.saturated else { return nil }
        return Self.sumOfMinimums(lanes.0, other.lanes.0) + Self.sumOfMinimums(lanes.1, other.lanes.1)
            + Self.sumOfMinimums(lanes.2, other.lanes.2) + Self.sumOfMinimums(lanes.3, other.lanes.3)
    }

    /// The sum over eight byte lanes (each at most 127) of the smaller of the two lanes.
    @inline(__always)
    private static func sumOfMinimums(_ a: UInt64, _ b: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        // A lane's high bit survives the subtraction exactly when its `a` is at least its `b`.
        let aAtLeastB = (((a | high) &- b) & high) >> 7
        let pickB = aAtLeastB &* 0xFF
        let minimums = (b & pickB) | (a & ~pickB)
        // Eight lanes of at most 127 sum to at most 1,016: add them pairwise before the last multiply.
        let pairs = (minimums & 0x00FF_00FF_00FF_00FF) &+ ((minimums >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }
}
