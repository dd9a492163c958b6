import Foundation
import Testing

@testable import VigilWeb

@Suite struct PasswordRulesTests {
    private let rules = PasswordRules(minimumLength: 12)

    @Test("common passwords, one repeated character and simple runs are refused")
    func weak() {
        for weak in [
            "aaaaaaaaaaaa", "password1234", "Password1234!", "123456789012", "abcdefghijkl", "987654321098",
            "qwertyuiop12", "LetMeIn!2024", "121212121212", "ababababababab", "11111111111a",
        ] {
            #expect(rules.problem(weak, username: "jo") != nil, "\(weak)")
        }
    }

    @Test("passwords that are mostly a run of letters, digits or keys are refused, in plain words")
    func mostlyRuns() {
        // As reported; the last two were already refused as common (a common stem with digits added).
        for reported in ["abcdefghijkl1", "qwertyuiop12", "123456789abc"] {
            #expect(rules.problem(reported, username: "jo") != nil, "\(reported)")
        }
        for weak in [
            "abcdefghijkl1", "wertyuiop-12", "123456789xyz", "Abcdefgh2024!", "poiuytrewq12", "7890123456ab",
            "zyxwvutsrq!!", "asdfghjkl;12", "mnbvcxz-2468", "Qwerty-Zxcvbn", "a b c d e f g h i j 1",
            "a.b.c.d.e.f.g.7", "1-2-3-4-5-6-7-x",
        ] {
            let problem = rules.problem(weak, username: "jo")
            #expect(
                problem?.contains("not mostly a run of letters or digits") == true,
                "\(weak): \(problem ?? "accepted")"
            )
        }
        #expect(SequenceRuns.covered(Array("tulip-abc-harbour-42")) == 3)
        #expect(SequenceRuns.covered(Array("x7890123y")) == 7, "digits wrap from 9 to 0")
        #expect(SequenceRuns.covered(Array("ab-de-st")) == 0, "two in a row is no run")
    }

    @Test("strong passwords with a short run, and the fixtures' and generated passwords, still pass")
    func notRuns() {
        for strong in [
            "Tulip-abc-Harbour-42", "correct horse battery staple", "a much longer passphrase",
            "Harbour-Tulip-123", "kettle7 orbit march",
        ] {
            #expect(rules.problem(strong, username: "jo") == nil, "\(strong)")
        }
        for _ in 0..<500 {
            let temporary = AccountAdministration.temporaryPassword()
            #expect(rules.problem(temporary, username: "jo") == nil, "\(temporary)")
        }
    }

    @Test("passwords bcrypt would cut short are refused, counting bytes, not characters")
    func tooLong() {
        let seventyTwo = String(repeating: "ab3dx", count: 14) + "yz"
        #expect(seventyTwo.utf8.count == 72)
        #expect(rules.problem(seventyTwo, username: "jo") == nil)
        #expect(rules.problem(seventyTwo + "x", username: "jo")?.contains("72 bytes") == true)
        // 60 characters, 90 bytes.
        let accented = String(repeating: "éa", count: 30)
        #expect(accented.count == 60)
        #expect(rules.problem(accented, username: "jo")?.contains("72 bytes") == true)
    }

    @Test("a good password passes; short ones and ones with the user name do not")
    func others() {
        #expect(rules.problem("correct horse battery staple", username: "jo.smith") == nil)
        #expect(rules.problem("short1!", username: "jo")?.contains("at least 12") == true)
        #expect(rules.problem("my jo.smith password", username: "jo.smith")?.contains("user name") == true)
        #expect(rules.summary.contains("at most 72 bytes"))
    }

    @Test("a control character (a NUL, where bcrypt stops reading) is refused, and never signs in")
    func controlCharacters() async throws {
        #expect(rules.problem("a\u{0}Correct-Horse-9", username: "jo")?.contains("control characters") == true)
        #expect(rules.problem("Correct\tHorse-9x", username: "jo")?.contains("control characters") == true)
        let hasher = PasswordHasher(cost: 4)
        let hash = try await hasher.hash("a")
        #expect(try await hasher.verify("a", against: hash))
        #expect(try await !hasher.verify("a\u{0}Correct-Horse-9", against: hash), "cut at the NUL, it would be 'a'")
        let long = String(repeating: "L", count: 72)
        let longHash = try await hasher.hash(long)
        #expect(try await !hasher.verify(long + "anything", against: longHash), "cut at 72 bytes, it would be right")
    }
}
