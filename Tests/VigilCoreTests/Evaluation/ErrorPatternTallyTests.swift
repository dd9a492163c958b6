import Testing
import VigilCore

@Suite struct ErrorPatternTallyTests {
    static let model = FellegiSunterModel(
        kind: .person,
        priorProbability: 1e-4,
        comparisons: PersonComparison.untrained,
        threshold: 0.9
    )

    /// Same names and date of birth; the address as given (`nil`: missing).
    static func vector(address: PersonComparison.AddressLevel?) -> ComparisonVector {
        var vector = ComparisonVector()
        vector[PersonComparison.forename] = PersonComparison.ForenameLevel.exact.rawValue
        vector[PersonComparison.surname] = PersonComparison.SurnameLevel.exact.rawValue
        vector[PersonComparison.nameSwap] = PersonComparison.SwapLevel.notSwapped.rawValue
        vector[PersonComparison.dateOfBirth] = PersonComparison.DateLevel.exact.rawValue
        vector[PersonComparison.address] = address?.rawValue
        return vector
    }

    @Test("false positives are grouped by their levels, commonest first, with the first record as the example")
    func falsePositivesGrouped() {
        var first = ErrorPatternTally()
        first.addFalsePositive(Self.vector(address: .other), recordID: "R1")
        first.addFalsePositive(Self.vector(address: .town), recordID: "R2")
        var later = ErrorPatternTally()
        later.addFalsePositive(Self.vector(address: .other), recordID: "R7")
        later.addFalsePositive(Self.vector(address: nil), recordID: "R8")
        later.addFalsePositive(Self.vector(address: .other), recordID: "R9")
        first.merge(later)

        let rows = first.rows(model: Self.model, limit: 10).falsePositives
        #expect(rows.map(\.count) == [3, 1, 1])
        #expect(rows[0].exampleRecordID == "R1", "the example is the first record showing the pattern")
        #expect(rows[0].levels["address"] == "other")
        #expect(rows[0].levels["forename"] == "exact")
        #expect(rows[0].reason == nil)
        #expect(rows[0].description.hasPrefix("forename identical; surname identical"))
        let missingAddress = rows.first { $0.exampleRecordID == "R8" }
        #expect(missingAddress?.levels["address"] == "missing")
        #expect(missingAddress?.description.hasSuffix("address missing") == true)
        #expect(first.rows(model: Self.model, limit: 2).falsePositives.map(\.count) == [3, 1])
    }

    @Test("missed matches are grouped by reason as well as levels; no pair to compare is said so")
    func missedGroupedByReason() {
        var tally = ErrorPatternTally()
        tally.addMissed(Self.vector(address: .other), reason: .belowThreshold, recordID: "R1")
        tally.addMissed(Self.vector(address: .other), reason: .anotherEmployeeScoredHigher, recordID: "R2")
        tally.addMissed(Self.vector(address: .other), reason: .belowThreshold, recordID: "R3")
        tally.addMissed(nil, reason: .employeeNotOnRoster, recordID: "R4")

        let rows = tally.rows(model: Self.model, limit: 10)
        #expect(rows.falsePositives.isEmpty)
        #expect(rows.missed.map(\.count) == [2, 1, 1])
        #expect(rows.missed[0].reason == .belowThreshold)
        #expect(rows.missed[0].exampleRecordID == "R1")
        let offRoster = rows.missed.first { $0.reason == .employeeNotOnRoster }
        #expect(offRoster?.levels.isEmpty == true)
        #expect(offRoster?.description == "no pair to compare")
    }
}
