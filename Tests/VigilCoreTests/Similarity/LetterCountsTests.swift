import Testing

@testable import VigilCore

@Suite struct LetterCountsTests {
    /// The bytes two texts share as multisets, counted directly.
    private static func shared(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var counts = [Int](repeating: 0, count: 256)
        for byte in a { counts[Int(byte)] += 1 }
        var total = 0
        for byte in b where counts[Int(byte)] > 0 {
            counts[Int(byte)] -= 1
            total += 1
        }
        return total
    }

    /// Name-like texts: uppercase letters with now and then a space, hyphen or apostrophe.
    private static func names(count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        let alphabet = Array("ABCDEEEHIKLMNORSTY -'".utf8)
        return (0..<count).map { _ in
            (0..<(2 + Int(random.next() % 11))).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        }
    }

    @Test("counts exactly the letters two uppercase names share")
    func exactForLetters() {
        let pairs: [(String, String, Int)] = [
            ("MOHAMMED", "MUHAMMAD", 6), ("ANNA", "HANNAH", 4), ("SMITH", "SMYTHE", 4), ("KAUR", "SINGH", 0),
            ("AAAA", "AA", 2),
        ]
        for (a, b, expected) in pairs {
            #expect(LetterCounts(Array(a.utf8)).sharedAtMost(LetterCounts(Array(b.utf8))) == expected, "\(a) \(b)")
        }
    }

    @Test("never counts fewer than the bytes two texts really share, and is symmetric")
    func boundsSharedBytes() throws {
        let texts = Self.names(count: 300, seed: 3)
        for a in texts.prefix(60) {
            for b in texts {
                let bound = try #require(LetterCounts(a).sharedAtMost(LetterCounts(b)))
                #expect(bound >= Self.shared(a, b))
                #expect(bound == LetterCounts(b).sharedAtMost(LetterCounts(a)))
            }
        }
    }

    @Test("a text with more than 127 of one letter gives no bound, so the caller counts from the bytes")
    func saturatedGivesNoBound() {
        let long = LetterCounts([UInt8](repeating: 0x41, count: 200))
        #expect(long.sharedAtMost(LetterCounts(Array("ANNA".utf8))) == nil)
        #expect(LetterCounts(Array("ANNA".utf8)).sharedAtMost(long) == nil)
        #expect(LetterCounts([UInt8](repeating: 0x41, count: 127)).sharedAtMost(long) == nil)
        let full = LetterCounts([UInt8](repeating: 0x41, count: 127))
        #expect(full.sharedAtMost(full) == 127)
    }

    @Test("Jaro-Winkler's threshold test gives the same answers with the bound as without it")
    func reachesIsUnchanged() {
        let texts =
            Self.names(count: 250, seed: 5) + ["MOHAMMED", "MUHAMMAD", "JONATHON", "JONATHAN"].map { Array($0.utf8) }
        for a in texts {
            for b in texts {
                let counted = LetterCounts(a).sharedAtMost(LetterCounts(b))
                for threshold in [0.88, 0.92] {
                    let plain = JaroWinkler.reaches(threshold, a, b)
                    let bounded = a.withUnsafeBufferPointer { a in
                        b.withUnsafeBufferPointer { b in JaroWinkler.reaches(threshold, a, b, sharedAtMost: counted) }
                    }
                    #expect(plain == bounded)
                    #expect(plain == (JaroWinkler.similarity(a, b) >= threshold))
                }
            }
        }
    }
}
