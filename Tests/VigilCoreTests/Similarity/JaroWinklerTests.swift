import Testing
import VigilCore

@Suite struct JaroWinklerTests {
    /// (a, b, Jaro, Jaro–Winkler) as computed by jellyfish 1.3.0 (`jaro_similarity`, `jaro_winkler_similarity`).
    static let jellyfishReference: [(String, String, Double, Double)] = [
        ("MARTHA", "MARHTA", 0.9444444444444445, 0.9611111111111111),
        ("DWAYNE", "DUANE", 0.8222222222222223, 0.8400000000000001),
        ("DIXON", "DICKSONX", 0.7666666666666666, 0.8133333333333332),
        ("JELLYFISH", "SMELLYFISH", 0.8962962962962964, 0.8962962962962964),
        ("MUHAMMAD", "MOHAMMED", 0.8333333333333334, 0.8500000000000001),
        ("MOHAMMAD", "MOHAMED", 0.8690476190476191, 0.9214285714285715),
        ("HUSSAIN", "HUSSEIN", 0.9047619047619048, 0.9428571428571428),
        ("CHAUDHRY", "CHOUDHURY", 0.8842592592592592, 0.9074074074074073),
        ("SIDDIQUI", "SIDDIQI", 0.9583333333333334, 0.975),
        ("KAUR", "KAURE", 0.9333333333333332, 0.96),
        ("BEGUM", "BEGAM", 0.8666666666666667, 0.9066666666666667),
        ("SMITH", "SMYTH", 0.8666666666666667, 0.8933333333333333),
        ("JONES", "JOHNS", 0.8666666666666667, 0.8933333333333333),
        ("WILLIAMS", "WILLIAM", 0.9583333333333334, 0.975),
        ("THOMPSON", "THOMSON", 0.9583333333333334, 0.975),
        ("CLARKE", "CLARK", 0.9444444444444445, 0.9666666666666667),
        ("OCONNOR", "CONNOR", 0.8412698412698413, 0.8412698412698413),
        ("MCDONALD", "MACDONALD", 0.9629629629629629, 0.9666666666666666),
        ("PATEL", "PATIL", 0.8666666666666667, 0.9066666666666667),
        ("AHMED", "AHMAD", 0.8666666666666667, 0.9066666666666667),
        ("STEPHEN", "STEVEN", 0.8492063492063492, 0.8944444444444445),
        ("CATHERINE", "KATHRYN", 0.7566137566137566, 0.7566137566137566),
        ("JON", "JOHN", 0.9166666666666666, 0.9333333333333333),
        ("ABC", "BCA", 0.0, 0.0),
        ("A", "A", 1.0, 1.0),
        ("A", "B", 0.0, 0.0),
        ("AB", "BA", 0.0, 0.0),
        ("ABCDEFGHIJ", "JIHGFEDCBA", 0.43333333333333335, 0.43333333333333335),
        ("SHACKLEFORD", "SHACKELFORD", 0.9696969696969697, 0.9818181818181818),
        ("DUNNINGHAM", "CUNNIGHAM", 0.8962962962962964, 0.8962962962962964),
        ("NICHLESON", "NICHULSON", 0.9259259259259259, 0.9555555555555556),
        ("JONES", "JOHNSON", 0.7904761904761904, 0.8323809523809523),
        ("MASSEY", "MASSIE", 0.888888888888889, 0.9333333333333333),
        ("ABROMS", "ABRAMS", 0.888888888888889, 0.9222222222222223),
        ("HARDIN", "MARTINEZ", 0.7222222222222222, 0.7222222222222222),
        ("ITMAN", "SMITH", 0.4666666666666666, 0.4666666666666666),
        ("JERALDINE", "GERALDINE", 0.9259259259259259, 0.9259259259259259),
        ("MICHELLE", "MICHAEL", 0.8690476190476191, 0.9214285714285715),
        ("JULIES", "JULIUS", 0.888888888888889, 0.9333333333333333),
        ("TANYA", "TONYA", 0.8666666666666667, 0.88),
        ("SEAN", "SUSAN", 0.7833333333333333, 0.8049999999999999),
        ("JON", "JAN", 0.7777777777777777, 0.7999999999999999),
        ("BROOKHAVEN", "BRROKHAVEN", 0.9333333333333332, 0.9466666666666665),
        ("BROOK HALLOW", "BROOK HLLW", 0.9444444444444445, 0.9666666666666667),
        ("DECATUR", "DECATIR", 0.9047619047619048, 0.9428571428571428),
        ("FITZRUREITER", "FITZENREITER", 0.8555555555555556, 0.9133333333333333),
        ("HIGBEE", "HIGHEE", 0.888888888888889, 0.9222222222222223),
        ("HIGBEE", "HIGVEE", 0.888888888888889, 0.9222222222222223),
        ("LACURA", "LOCURA", 0.888888888888889, 0.9),
        ("IOWA", "IONA", 0.8333333333333334, 0.8666666666666667),
        ("1ST", "IST", 0.7777777777777777, 0.7777777777777777),
        ("KAUR", "SINGH", 0.0, 0.0),
        ("ALI", "ALY", 0.7777777777777777, 0.8222222222222222),
        ("KHAN", "KAHN", 0.9166666666666666, 0.9249999999999999),
        ("RICHARDSON", "RICHARDS", 0.9333333333333332, 0.96),
        ("X", "XY", 0.8333333333333334, 0.8500000000000001),
        ("AAAA", "AAAB", 0.8333333333333334, 0.8833333333333334),
        (
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0.7777777777777777, 0.8666666666666666
        ),
    ]

    @Test("Jaro and Jaro–Winkler scores agree with jellyfish", arguments: jellyfishReference)
    func agreesWithJellyfish(a: String, b: String, jaro: Double, winkler: Double) {
        #expect(abs(JaroWinkler.jaro(Array(a.utf8), Array(b.utf8)) - jaro) < 1e-12)
        #expect(abs(JaroWinkler.similarity(Array(a.utf8), Array(b.utf8)) - winkler) < 1e-12)
        #expect(abs(JaroWinkler.similarity(a, b) - winkler) < 1e-12)
    }

    @Test("the textbook pairs score as published")
    func textbookPairs() {
        #expect(abs(JaroWinkler.similarity("MARTHA", "MARHTA") - 0.9611) < 1e-4)
        #expect(abs(JaroWinkler.jaro(Array("MARTHA".utf8), Array("MARHTA".utf8)) - 0.9444) < 1e-4)
        #expect(abs(JaroWinkler.similarity("DWAYNE", "DUANE") - 0.84) < 1e-4)
        #expect(abs(JaroWinkler.similarity("DIXON", "DICKSONX") - 0.8133) < 1e-4)
        #expect(abs(JaroWinkler.similarity("JELLYFISH", "SMELLYFISH") - 0.8963) < 1e-4)
        #expect(abs(JaroWinkler.similarity("MUHAMMAD", "MOHAMMED") - 0.85) < 1e-4)
    }

    @Test("an empty string scores 0 against anything, itself included, as in jellyfish")
    func emptyStrings() {
        #expect(JaroWinkler.similarity("", "") == 0)
        #expect(JaroWinkler.similarity("", "SMITH") == 0)
        #expect(JaroWinkler.similarity("SMITH", "") == 0)
        #expect(JaroWinkler.jaro([], []) == 0)
    }

    @Test("identical non-empty strings score exactly 1")
    func identical() {
        for name in ["A", "KAUR", "MOHAMMED", "SIDDIQUI", String(repeating: "AB", count: 100)] {
            #expect(JaroWinkler.similarity(name, name) == 1)
            #expect(JaroWinkler.jaro(Array(name.utf8), Array(name.utf8)) == 1)
        }
    }

    @Test("scores are symmetric and stay within 0...1")
    func symmetricAndBounded() {
        let names = Self.jellyfishReference.flatMap { [$0.0, $0.1] } + ["", "Z"]
        for a in names {
            for b in names {
                let forward = JaroWinkler.similarity(a, b)
                #expect(forward == JaroWinkler.similarity(b, a), "\(a) / \(b)")
                #expect((0...1).contains(forward), "\(a) / \(b)")
                #expect(JaroWinkler.jaro(Array(a.utf8), Array(b.utf8)) <= forward)
            }
        }
    }

    @Test("the prefix boost applies only above a Jaro score of 0.7")
    func boostThreshold() {
        let low = Array("ABXXXXXX".utf8)
        let other = Array("ABYYYYYY".utf8)
        #expect(JaroWinkler.jaro(low, other) < 0.7)
        #expect(JaroWinkler.similarity(low, other) == JaroWinkler.jaro(low, other))
        let high = Array("ABCDEFGH".utf8)
        let close = Array("ABCDEFGX".utf8)
        #expect(JaroWinkler.similarity(high, close) > JaroWinkler.jaro(high, close))
    }
}
