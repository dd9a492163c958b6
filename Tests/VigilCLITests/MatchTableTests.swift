import Foundation
import Testing
import VigilCore

@testable import vigil

@Suite struct MatchTableTests {
    @Test("weights and probabilities are written with printf's digits, as String(format:) writes them")
    func fixedDecimalsAsPrintf() {
        var generator = SplitMix64(seed: 8)
        var values = [
            0.0, -0.0, 0.5, 1.00005, 2.99995, -0.00005, 1e-7, 0.125, 0.00015, 17.000049999999998, 1e300, -1e300,
        ]
        for _ in 0..<20_000 {
            values.append(
                (Double(generator.next() % 2_000_000_000) / 1e6 - 1_000) * (generator.next() % 2 == 0 ? 1 : 1e-4)
            )
        }
        func fixed(_ value: Double, digits: Int) -> String {
            var bytes: [UInt8] = []
            MatchTable.appendFixed(value, digits: digits, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        for value in values {
            #expect(fixed(value, digits: 4) == String(format: "%.4f", value))
            #expect(fixed(value, digits: 6) == String(format: "%.6f", value))
        }
    }

    @Test("a line quotes the fields that need it, doubling their quotes, and reads back field for field")
    func lineQuotesAndReadsBack() throws {
        var result = LinkResult(
            kind: .person,
            recordID: "R,1",
            employeeIndex: 0,
            employeeID: "E\"7\"",
            matchWeight: 12.34567,
            candidateCount: 3
        )
        result.isAmbiguous = true
        let term = ExplanationTerm(
            comparison: "surname",
            label: "surname",
            level: "exact",
            levelLabel: "identical",
            weight: 31.34567,
            termFrequencyAdjustment: 0,
            recordValue: "O\"BRIEN, JR",
            employeeValue: "O'BRIEN"
        )
        let explanation = MatchExplanation(kind: .person, priorWeight: -19, terms: [term])
        var bytes: [UInt8] = []
        var scratch: [UInt8] = []
        MatchTable.append(
            result,
            runnerUpID: "\"",
            explanation: explanation,
            modelVersion: "m1",
            to: &bytes,
            scratch: &scratch
        )
        let line = String(decoding: bytes, as: UTF8.self)
        #expect(line.hasPrefix("person,\"R,1\",\"E\"\"7\"\"\",12.3457,"))
        #expect(line.hasSuffix("\n"))
        let fields = try #require(CSVText.parse(line).first)
        #expect(fields.count == MatchTable.header.count)
        #expect(fields[1] == "R,1" && fields[2] == "E\"7\"" && fields[6] == "true" && fields[7] == "\"")
        #expect(fields[9] == explanation.jsonText)
    }
}
