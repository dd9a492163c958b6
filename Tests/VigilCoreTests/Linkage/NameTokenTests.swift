import Testing

@testable import VigilCore

/// What a name token keeps beside its text (hashes, group masks, length, head and letters) only spares
/// reading the text: every answer is the one the text itself gives.
@Suite struct NameTokenTests {
    private static func token(_ text: String, groups: [UInt32] = [], otherRoleGroups: [UInt32] = []) -> NameToken {
        NameToken(
            text: text,
            phonetic: DoubleMetaphone.keys(for: text),
            groups: groups,
            otherRoleGroups: otherRoleGroups
        )
    }

    private static let names = [
        "A", "AB", "ABI", "ABBY", "ANN", "ANNA", "ANNE", "HANNAH", "JON", "JOHN", "JONATHAN", "JONATHON",
        "MOHAMMED", "MUHAMMAD", "MOHAMED", "MD", "MOHD", "SMITH", "SMYTH", "SMYTHE", "KAUR", "KAURR", "SINGH",
        "SINGHH", "O'NEIL", "ONEIL", "VAN-DYKE", "VANDYKE", "BEGUM", "BEGAM", "BIBI", "KHAN", "KHANN", "LI", "LEE",
    ]

    @Test("Jaro-Winkler's threshold test on tokens agrees with the test on their bytes, for every pair")
    func reachesAgreesWithBytes() {
        let tokens = Self.names.map { Self.token($0) }
        for x in tokens {
            for y in tokens {
                for threshold in [0.7, 0.88, 0.92, 0.97] {
                    #expect(
                        x.reaches(threshold, y) == JaroWinkler.reaches(threshold, x.bytes, y.bytes),
                        "\(x.text) \(y.text) \(threshold)"
                    )
                }
            }
        }
    }

    @Test("length and first byte are the text's")
    func lengthAndFirstByte() {
        for name in Self.names {
            let token = Self.token(name)
            #expect(Int(token.length) == name.utf8.count)
            #expect(token.firstByte == name.utf8.first)
        }
    }

    @Test("groups that share a mask bit but no id are not variants; a shared id is")
    func groupMasks() {
        let first = Self.token("ROBERT", groups: [1, 200], otherRoleGroups: [7])
        #expect(!first.isVariant(of: Self.token("ROB", groups: [65, 136])))  // 65 and 136 share bits with 1 and 200
        #expect(first.isVariant(of: Self.token("BOB", groups: [200])))
        #expect(!first.isVariant(ofOtherRole: Self.token("ROBERTS", groups: [71], otherRoleGroups: [129])))
        #expect(first.isVariant(ofOtherRole: Self.token("ROBERTS", groups: [7])))
        #expect(first.isVariant(ofOtherRole: Self.token("ROBERTS", otherRoleGroups: [1])))
    }
}
