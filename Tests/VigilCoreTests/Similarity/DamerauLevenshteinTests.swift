import Testing
import VigilCore

@Suite struct DamerauLevenshteinTests {
    /// (a, b, true Damerau–Levenshtein, optimal string alignment). The first distance is jellyfish 1.3.0's
    /// `damerau_levenshtein_distance`; the second is the textbook restricted recurrence.
    static let reference: [(String, String, Int, Int)] = [
        ("CA", "ABC", 2, 3),
        ("KITTEN", "SITTING", 3, 3),
        ("", "ABC", 3, 3),
        ("ABC", "", 3, 3),
        ("", "", 0, 0),
        ("ABC", "ABC", 0, 0),
        ("AB", "BA", 1, 1),
        ("ABCD", "BADC", 2, 2),
        ("ABCDEF", "BADCFE", 3, 3),
        ("MARTHA", "MARHTA", 1, 1),
        ("SMITH", "SMIHT", 1, 1),
        ("MOHAMMED", "MUHAMMAD", 2, 2),
        ("OCONNOR", "CONNOR", 1, 1),
        ("MCDONALD", "MACDONALD", 1, 1),
        ("HUSSAIN", "HUSSEIN", 1, 1),
        ("ABCDEF", "FEDCBA", 5, 5),
        ("TEH", "THE", 1, 1),
        ("CHAUDHRY", "CHOUDHURY", 2, 2),
        ("SIDDIQUI", "SIDDIQI", 1, 1),
        ("JELLYFISH", "SMELLYFISH", 2, 2),
        ("ACB", "BCA", 2, 2),
        ("ABC", "CBA", 2, 2),
        ("A", "B", 1, 1),
        ("AAAA", "A", 3, 3),
        ("BEGUM", "BEGAM", 1, 1),
        ("PATEL", "PTAEL", 1, 1),
        ("KAUR", "KUAR", 1, 1),
        ("XABCY", "XCAY", 2, 3),
        ("ABDCE", "ACDBE", 2, 2),
        ("QWERTYUIOP", "WQERTYUIPO", 2, 2),
        ("GRIFFITHS", "GRIFFITH", 1, 1),
        ("LEVENSHTEIN", "FRANKENSTEIN", 6, 6),
    ]

    @Test("the true distance agrees with jellyfish and OSA with the restricted recurrence", arguments: reference)
    func agreesWithReference(a: String, b: String, distance: Int, restricted: Int) {
        #expect(DamerauLevenshtein.distance(Array(a.utf8), Array(b.utf8)) == distance)
        #expect(DamerauLevenshtein.distance(a, b) == distance)
        #expect(DamerauLevenshtein.optimalStringAlignment(Array(a.utf8), Array(b.utf8)) == restricted)
    }

    @Test("CA to ABC is 2 when a transposed pair may be edited again, 3 when it may not")
    func unrestrictedAgainstRestricted() {
        #expect(DamerauLevenshtein.distance("CA", "ABC") == 2)
        #expect(DamerauLevenshtein.optimalStringAlignment(Array("CA".utf8), Array("ABC".utf8)) == 3)
    }

    @Test("an adjacent transposition costs one edit")
    func transpositions() {
        #expect(DamerauLevenshtein.distance("MARTHA", "MARHTA") == 1)
        #expect(DamerauLevenshtein.distance("KAUR", "KUAR") == 1)
        #expect(DamerauLevenshtein.optimalStringAlignment(Array("TEH".utf8), Array("THE".utf8)) == 1)
    }

    @Test("the distance to an empty string is the other string's length")
    func emptyStrings() {
        #expect(DamerauLevenshtein.distance("", "") == 0)
        #expect(DamerauLevenshtein.distance("", "KITTEN") == 6)
        #expect(DamerauLevenshtein.distance("KITTEN", "") == 6)
        #expect(DamerauLevenshtein.optimalStringAlignment([], Array("ABC".utf8)) == 3)
        #expect(DamerauLevenshtein.optimalStringAlignment(Array("ABC".utf8), []) == 3)
    }

    @Test("both distances are symmetric, zero only for equal strings, and OSA is never below the true distance")
    func metricProperties() {
        let words = Self.reference.flatMap { [$0.0, $0.1] }
        for a in words {
            for b in words {
                let ab = DamerauLevenshtein.distance(Array(a.utf8), Array(b.utf8))
                let osa = DamerauLevenshtein.optimalStringAlignment(Array(a.utf8), Array(b.utf8))
                #expect(ab == DamerauLevenshtein.distance(Array(b.utf8), Array(a.utf8)))
                #expect(osa == DamerauLevenshtein.optimalStringAlignment(Array(b.utf8), Array(a.utf8)))
                #expect((ab == 0) == (a == b))
                #expect(osa >= ab)
                #expect(ab <= max(a.utf8.count, b.utf8.count))
            }
        }
    }

    @Test("inputs longer than 64 bytes are handled")
    func longInputs() {
        let long = Array(repeating: UInt8(ascii: "A"), count: 300)
        var edited = long
        edited.swapAt(10, 11)
        edited[10] = UInt8(ascii: "B")
        edited.append(UInt8(ascii: "C"))
        #expect(DamerauLevenshtein.distance(long, edited) == 2)
        #expect(DamerauLevenshtein.optimalStringAlignment(long, edited) == 2)
    }
}
