import Testing
import VigilCore

@Suite struct DoubleMetaphoneTests {
    private static func truncated(_ key: String, _ length: Int) -> String { String(key.prefix(length)) }

    @Test("four-character keys agree with the Python metaphone package", arguments: DoubleMetaphoneReference.keys)
    func agreesWithOracle(name: String, primary: String, alternate: String) {
        let keys = DoubleMetaphone.keys(for: name)
        #expect(keys.primary == Self.truncated(primary, 4))
        #expect(keys.alternate == Self.truncated(alternate, 4))
        #expect(DoubleMetaphone.keys(for: Array(name.utf8)) == keys)
    }

    @Test("untruncated keys agree with the Python metaphone package", arguments: DoubleMetaphoneReference.keys)
    func fullLengthAgreesWithOracle(name: String, primary: String, alternate: String) {
        let keys = DoubleMetaphone.keys(for: name, maxLength: 32)
        #expect(keys.primary == primary)
        #expect(keys.alternate == alternate)
    }

    /// Names where the Python `metaphone` package departs from Philips' C++ original, with the original's keys and,
    /// in the comment, what the Python package returns.
    static let originalRules: [(String, String, String)] = [
        ("HUGHES", "HS", "HS"),  // Python HHS: a stale result leaks into GH early in the word
        ("HUGH", "H", "H"),  // Python HH, same cause
        ("RAGHAV", "RKF", "RKF"),  // Python RF, same cause
        ("OGHAM", "AKM", "AKM"),  // Python AAM, same cause
        ("DUMB", "TM", "TM"),  // Python TMP: it looks for UMB one letter too late
        ("THUMB", "0M", "TM"),  // Python 0MP/TMP, same cause
        ("JOSE", "HS", "HS"),  // Python JS/HS: the end of the word is not read as a space
        ("LOCH", "LK", "LK"),  // Python LX/LK, same cause
        ("ROGIER", "RJ", "RJR"),  // Python RJ/RKR, same cause ("IER " ending)
        ("WITZ", "ATS", "FFX"),  // Python ATS/FTS: an initial W stops before the WITZ rule
    ]

    @Test("names the Python port mishandles follow Philips' original", arguments: originalRules)
    func followsOriginal(name: String, primary: String, alternate: String) {
        let keys = DoubleMetaphone.keys(for: name)
        #expect(keys.primary == primary)
        #expect(keys.alternate == alternate)
    }

    @Test("the published examples give their published keys")
    func publishedExamples() {
        #expect(DoubleMetaphone.keys(for: "SMITH") == PhoneticKeys(primary: "SM0", alternate: "XMT"))
        #expect(DoubleMetaphone.keys(for: "SCHMIDT") == PhoneticKeys(primary: "XMT", alternate: "SMT"))
        #expect(DoubleMetaphone.keys(for: "THOMAS").primary == "TMS")
        #expect(DoubleMetaphone.keys(for: "CAESAR").primary == "SSR")
        #expect(DoubleMetaphone.keys(for: "KNIGHT").primary == "NT")
        #expect(DoubleMetaphone.keys(for: "PHILIP").primary == "FLP")
        #expect(DoubleMetaphone.keys(for: "WRIGHT").primary == "RT")
        #expect(DoubleMetaphone.keys(for: "XAVIER").primary == "SF")
    }

    @Test("spellings of one name share a key")
    func spellingsShareKeys() {
        let mohammed = DoubleMetaphone.keys(for: "MOHAMMED")
        #expect(DoubleMetaphone.keys(for: "MUHAMMAD").primary == mohammed.primary)
        #expect(DoubleMetaphone.keys(for: "MOHAMMAD").primary == mohammed.primary)
        #expect(DoubleMetaphone.keys(for: "SMITH").soundsLike(DoubleMetaphone.keys(for: "SCHMIDT")))
        #expect(DoubleMetaphone.keys(for: "CLARK").soundsLike(DoubleMetaphone.keys(for: "CLARKE")))
        #expect(!DoubleMetaphone.keys(for: "KAUR").soundsLike(DoubleMetaphone.keys(for: "SINGH")))
    }

    @Test("the alternate key repeats the primary when there is no alternative")
    func alternateDefaultsToPrimary() {
        let brown = DoubleMetaphone.keys(for: "BROWN")
        #expect(brown.alternate == brown.primary)
        #expect(!brown.hasAlternate)
        #expect(DoubleMetaphone.keys(for: "SMITH").hasAlternate)
    }

    @Test("keys are cut to the requested length")
    func maximumLength() {
        #expect(DoubleMetaphone.keys(for: "RICHARDSON").primary == "RXRT")
        #expect(DoubleMetaphone.keys(for: "RICHARDSON", maxLength: 6).primary == "RXRTSN")
        #expect(DoubleMetaphone.keys(for: "RICHARDSON", maxLength: 1) == PhoneticKeys(primary: "R", alternate: "R"))
    }

    @Test("punctuation, spaces and lowercase are normalised away")
    func nonLetters() {
        #expect(DoubleMetaphone.keys(for: "O'CONNOR") == DoubleMetaphone.keys(for: "OCONNOR"))
        #expect(DoubleMetaphone.keys(for: "mc donald") == DoubleMetaphone.keys(for: "MCDONALD"))
        #expect(DoubleMetaphone.keys(for: [0xFF, 0x00, UInt8(ascii: "K"), 0x80, UInt8(ascii: "N")]).primary == "N")
        #expect(DoubleMetaphone.keys(for: "") == PhoneticKeys(primary: "", alternate: ""))
        #expect(DoubleMetaphone.keys(for: "1234 -'") == PhoneticKeys(primary: "", alternate: ""))
    }

    @Test("empty keys never sound like each other")
    func emptyKeys() {
        #expect(!DoubleMetaphone.keys(for: "").soundsLike(DoubleMetaphone.keys(for: "")))
    }

    @Test("very long words are keyed without trouble")
    func longWords() {
        let word = String(repeating: "SCHWARZENEGGER", count: 40)
        #expect(DoubleMetaphone.keys(for: word).primary == DoubleMetaphone.keys(for: "SCHWARZENEGGER").primary)
        #expect(DoubleMetaphone.keys(for: word, maxLength: 200).primary.count == 200)
    }
}
