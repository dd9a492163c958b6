/// The distinct towns of a roster, their bytes in one flat buffer.
///
/// A record's candidates are spread over the roster's towns, and a town spelled differently from the
/// record's needs a Jaro–Winkler check. Reading the employee's own bytes would visit each employee's
/// features (a cache miss, and a reference count on memory both workers share); a roster has only a
/// few hundred towns, so their bytes live here, together, and stay in cache. No reference counting.
struct InternedTowns: Sendable {
    private let bytes: [UInt8]
    /// `starts[i] ..< starts[i + 1]` are town `i`'s bytes.
    private let starts: [Int]
    private let letters: [LetterCounts]

    /// Interns the towns of `people`; returns the table and each person's town index (-1 for none).
    static func intern(_ people: [PersonFeatures]) -> (towns: InternedTowns, indices: [Int32]) {
        var positions: [[UInt8]: Int32] = [:]
        var bytes: [UInt8] = []
        var starts = [0]
        let indices = people.map { person -> Int32 in
            guard !person.townBytes.isEmpty else { return -1 }
            if let known = positions[person.townBytes] { return known }
            let index = Int32(starts.count - 1)
            positions[person.townBytes] = index
            bytes += person.townBytes
            starts.append(bytes.count)
            return index
        }
        let letters = (0..<(starts.count - 1)).map { LetterCounts(Array(bytes[starts[$0]..<starts[$0 + 1]])) }
        return (InternedTowns(bytes: bytes, starts: starts, letters: letters), indices)
    }

    private init(bytes: [UInt8], starts: [Int], letters: [LetterCounts]) {
        self.bytes = bytes
        self.starts = starts
        self.letters = letters
    }

    /// Calls `body` with a function giving a town's bytes by index, valid inside `body` only.
    @inline(__always)
    func withTowns<Result>(_ body: ((Int32) -> SpelledTown) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                letters.withUnsafeBufferPointer { letters in
                    body { index in
                        SpelledTown(
                            bytes: UnsafeBufferPointer(rebasing: bytes[starts[Int(index)]..<starts[Int(index) + 1]]),
                            letters: letters[Int(index)]
                        )
                    }
                }
            }
        }
    }
}

/// An interned town's bytes with its letters counted, as a spelling check reads them.
struct SpelledTown {
    let bytes: UnsafeBufferPointer<UInt8>
    let letters: LetterCounts
}
