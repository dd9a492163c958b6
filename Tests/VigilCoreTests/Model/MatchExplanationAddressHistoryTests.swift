import Testing
import VigilCore

@Suite("What a person match's address level says about the current home")
struct MatchExplanationAddressHistoryTests {
    static func explanation(_ kind: MatchKind = .person, address level: String) -> MatchExplanation {
        MatchExplanation(
            kind: kind,
            priorWeight: -10,
            terms: [
                ExplanationTerm(
                    comparison: "address",
                    label: "address",
                    level: level,
                    levelLabel: level,
                    weight: 0,
                    termFrequencyAdjustment: 0,
                    recordValue: "",
                    employeeValue: ""
                )
            ]
        )
    }

    @Test(
        "house-level agreement places the employee at home; a different address or the town alone is another",
        arguments: [
            ("whole_address", true, false), ("postcode_house", true, false), ("street_house", true, false),
            ("postcode", false, false), ("street", false, false), ("town", false, true), ("other", false, true),
            ("missing", false, false),
        ]
    )
    func levels(level: String, atHome: Bool, another: Bool) {
        let match = Self.explanation(address: level)
        #expect(match.placesAtCurrentHome == atHome)
        #expect(match.givesAnotherAddress == another)
    }

    @Test("a home-address match says neither")
    func homeAddressMatches() {
        let match = Self.explanation(.homeAddress, address: "other")
        #expect(!match.placesAtCurrentHome)
        #expect(!match.givesAnotherAddress)
    }
}
