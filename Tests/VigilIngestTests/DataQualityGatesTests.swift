import Foundation
import Testing

@testable import VigilIngest

/// A crime report of `rows` rows with the given missing dates of birth, rejects and suspect dates.
private func report(
    rows: Int = 100,
    dobMissing: Int = 0,
    rejected: Int = 0,
    suspectDOBs: Int = 0,
    kind: ExtractKind = .personRecords
) -> DataQualityReport {
    DataQualityReport(
        source: "crime",
        file: "crime.csv",
        kind: kind,
        rowsRead: rows,
        rowsAccepted: rows - rejected,
        rowsProfiled: rows,
        rejectsByReason: rejected == 0 ? [:] : ["duplicate id": rejected],
        fields: [.init(field: "date_of_birth", rows: rows, empty: dobMissing)],
        dateOfBirth: .init(field: "date_of_birth", present: 100, suspect: suspectDOBs)
    )
}

@Suite struct DataQualityGatesTests {
    @Test("the missing-rate gate allows its limit exactly and fires above it, saying why")
    func missingRateBoundary() {
        let gates = DataQualityGates(maxMissingRate: ["date_of_birth": 0.2])
        #expect(gates.evaluate(report(dobMissing: 20), previous: nil).isEmpty)
        let failures = gates.evaluate(report(dobMissing: 21), previous: nil)
        #expect(failures.map(\.message) == ["crime: date of birth missing in 21.0% of rows (gate 20.0%)"])
        #expect(failures.first?.gate == .missingRate && failures.first?.field == "date_of_birth")
        #expect(failures.first?.observed == 0.21 && failures.first?.limit == 0.2)
    }

    @Test("the row-drop gate allows a fall of exactly its limit and fires on a larger fall, saying why")
    func rowDropBoundary() {
        let gates = DataQualityGates(maxRowDrop: 0.5)
        let previous = report(rows: 1_000_000)
        #expect(gates.evaluate(report(rows: 500_000), previous: previous).isEmpty)
        #expect(gates.evaluate(report(rows: 480_000), previous: nil).isEmpty)
        #expect(gates.evaluate(report(rows: 2_000_000), previous: previous).isEmpty)
        let failures = gates.evaluate(report(rows: 480_000), previous: previous)
        #expect(
            failures.map(\.message) == [
                "crime: 480,000 rows, down 52% from 1,000,000 in the previous run (gate 50%)"
            ]
        )
        let close = gates.evaluate(report(rows: 499_000), previous: previous)
        #expect(
            close.map(\.message) == ["crime: 499,000 rows, down 50.1% from 1,000,000 in the previous run (gate 50.0%)"]
        )
    }

    @Test("the reject-rate gate allows its limit exactly and fires above it")
    func rejectRateBoundary() {
        let gates = DataQualityGates(maxRejectRate: 0.05)
        #expect(gates.evaluate(report(rejected: 5), previous: nil).isEmpty)
        let failures = gates.evaluate(report(rejected: 6), previous: nil)
        #expect(failures.map(\.message) == ["crime: 6 of 100 rows rejected (6.0%, gate 5.0%)"])
        #expect(failures.first?.gate == .rejectRate)
    }

    @Test("a gate smaller than a tenth of a percent is shown with the digits it was configured with")
    func smallRejectGate() {
        let gates = DataQualityGates(maxRejectRate: 0.0001)
        let failures = gates.evaluate(report(rows: 20_011, rejected: 11), previous: nil)
        #expect(failures.map(\.message) == ["crime: 11 of 20,011 rows rejected (0.05%, gate 0.01%)"])
        let tiny = DataQualityGates(maxRejectRate: 0.000025).evaluate(report(rows: 20_011, rejected: 11), previous: nil)
        #expect(tiny.map(\.message) == ["crime: 11 of 20,011 rows rejected (0.0550%, gate 0.0025%)"])
    }

    @Test("a row count of one is one row, in the row-drop and minimum-rows messages")
    func oneRow() {
        let drop = DataQualityGates(maxRowDrop: 0.5).evaluate(report(rows: 1), previous: report(rows: 10))
        #expect(drop.map(\.message) == ["crime: 1 row, down 90% from 10 in the previous run (gate 50%)"])
        let few = DataQualityGates(minRows: 5).evaluate(report(rows: 1), previous: nil)
        #expect(few.map(\.message) == ["crime: 1 row read (gate: at least 5)"])
    }

    @Test("the date-of-birth spike gate allows its limit exactly and fires above it")
    func dobSpikeBoundary() {
        let gates = DataQualityGates(maxDOBSpikeRate: 0.05)
        #expect(gates.evaluate(report(suspectDOBs: 5), previous: nil).isEmpty)
        let failures = gates.evaluate(report(suspectDOBs: 6), previous: nil)
        #expect(
            failures.map(\.message) == [
                "crime: 6.0% of dates of birth fall on 1 January, in 1901 or earlier or on a spike day (gate 5.0%)"
            ]
        )
        #expect(failures.first?.gate == .dobSpikeRate)
    }

    @Test("the minimum-rows gate allows its limit exactly and fires below it")
    func minRowsBoundary() {
        let gates = DataQualityGates(minRows: 1)
        #expect(gates.evaluate(report(rows: 1), previous: nil).isEmpty)
        let failures = gates.evaluate(report(rows: 0), previous: nil)
        #expect(failures.map(\.message) == ["crime: 0 rows read (gate: at least 1)"])
    }

    @Test("failures come in a fixed order, gates that are off never fire, and absent fields are skipped")
    func orderAndOff() {
        let bad = report(rows: 100, dobMissing: 90, rejected: 50, suspectDOBs: 80)
        let previous = report(rows: 1_000)
        let failures = DataQualityGates.standard.evaluate(bad, previous: previous)
        #expect(failures.map(\.gate) == [.rowDrop, .rejectRate, .missingRate, .dobSpikeRate])
        #expect(DataQualityGates.off.evaluate(bad, previous: previous).isEmpty)
        let onSurname = DataQualityGates(maxMissingRate: ["surname": 0])
        #expect(onSurname.evaluate(report(kind: .incidentLocations), previous: nil).isEmpty)
    }

    @Test("the defaults are the documented ones")
    func defaults() {
        let gates = DataQualityGates()
        #expect(gates.maxMissingRate == ["surname": 0.5, "date_of_birth": 0.5])
        #expect(gates.maxRowDrop == 0.5 && gates.maxRejectRate == 0.05 && gates.maxDOBSpikeRate == 0.05)
        #expect(gates.minRows == nil && gates == .standard)
    }

    @Test("gates read from YAML keep defaults for absent keys and turn a gate off with null")
    func yaml() throws {
        let yaml = """
            max_missing_rate: {date_of_birth: 0.2}
            max_row_drop: null
            max_reject_rate: 0.01
            min_rows: 10
            """
        let gates = try DataQualityGates.parse(yaml: yaml, file: "vigil.yaml")
        #expect(gates.maxMissingRate == ["date_of_birth": 0.2])
        #expect(gates.maxRowDrop == nil && gates.maxRejectRate == 0.01 && gates.minRows == 10)
        #expect(gates.maxDOBSpikeRate == DataQualityGates.defaultMaxDOBSpikeRate)
        #expect(try DataQualityGates.parse(yaml: "# no gates\n", file: "vigil.yaml") == .standard)
    }

    @Test("an unknown key, an unknown field or a rate outside 0...1 is an error that names it")
    func yamlErrors() throws {
        let key = try #require(throws: IngestError.self) {
            try DataQualityGates.parse(yaml: "max_missing_rates: {surname: 0.2}", file: "vigil.yaml")
        }
        #expect(key.code == .invalidQualityGates && key.message.contains("unknown gate 'max_missing_rates'"))
        let field = try #require(throws: IngestError.self) {
            try DataQualityGates.parse(yaml: "max_missing_rate: {dob: 0.2}", file: "vigil.yaml")
        }
        #expect(field.message.contains("unknown field 'dob'") && field.field == "max_missing_rate")
        let rate = try #require(throws: IngestError.self) {
            try DataQualityGates.parse(yaml: "max_reject_rate: 5", file: "vigil.yaml")
        }
        #expect(rate.message.contains("between 0 and 1") && rate.description.hasPrefix("vigil.yaml: max_reject_rate"))
        #expect(throws: IngestError.self) { try DataQualityGates.parse(yaml: "max_row_drop: half", file: "v.yaml") }
    }

    @Test("gates survive a JSON round trip, including a gate that is off")
    func jsonRoundTrip() throws {
        let gates = DataQualityGates(maxMissingRate: ["town": 0.3], maxRowDrop: nil, minRows: 5)
        let data = try JSONEncoder().encode(gates)
        #expect(try JSONDecoder().decode(DataQualityGates.self, from: data) == gates)
    }
}
