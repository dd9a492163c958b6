import Foundation
import Testing
import VigilCore

@Suite struct MatchExplanationJSONTests {
    static func explanation(recordValue: String, context: String?) -> MatchExplanation {
        var surname = ExplanationTerm(
            comparison: "surname",
            label: "surname",
            level: "exact",
            levelLabel: "identical",
            weight: 8.125,
            termFrequencyAdjustment: -2.5,
            recordValue: recordValue,
            employeeValue: "SINGH"
        )
        surname.context = context
        let date = ExplanationTerm(
            comparison: "date_of_birth",
            label: "date of birth",
            level: "missing",
            levelLabel: "missing",
            weight: 0,
            termFrequencyAdjustment: 0,
            recordValue: "",
            employeeValue: "1980-01-02"
        )
        return MatchExplanation(kind: .homeAddress, priorWeight: -13.287_712_379_549_449, terms: [surname, date])
    }

    @Test(
        "the hand-written JSON decodes back to the same explanation",
        arguments: [
            ("SINGH", nil), ("O'NEIL \"JNR\"\\", "people at the same address"), ("TAB\tNEW\nLINE\u{1}", "ÆLFRED – Ł"),
        ] as [(String, String?)]
    )
    func roundTrips(recordValue: String, context: String?) throws {
        let original = Self.explanation(recordValue: recordValue, context: context)
        let json = try #require(original.jsonText)
        let decoded = try JSONDecoder().decode(MatchExplanation.self, from: Data(json.utf8))
        #expect(decoded == original)
    }

    @Test("it writes what JSONEncoder with sorted keys writes, minus the escaped slashes")
    func matchesFoundation() throws {
        let original = Self.explanation(recordValue: "SMITH", context: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let foundation = String(decoding: try encoder.encode(original), as: UTF8.self)
        let parsedOurs =
            try JSONSerialization.jsonObject(with: Data(try #require(original.jsonText).utf8)) as? NSDictionary
        let parsedFoundation = try JSONSerialization.jsonObject(with: Data(foundation.utf8)) as? NSDictionary
        #expect(parsedOurs == parsedFoundation)
        #expect(try #require(original.jsonText).hasPrefix("{\"kind\":\"home_address\",\"matchProbability\":"))
        #expect(!(try #require(original.jsonText).contains("context")))
    }

    @Test("values set aside before comparing are written when present, and older JSON without them still reads")
    func setAsideValues() throws {
        var original = Self.explanation(recordValue: "SMITH", context: nil)
        original.terms[1].recordSetAside = "1975-01-01"
        original.terms[1].employeeSetAside = "1900-01-01"
        let json = try #require(original.jsonText)
        #expect(json.contains(#""employeeSetAside":"1900-01-01","employeeValue""#), "\(json)")
        #expect(json.contains(#""recordSetAside":"1975-01-01","recordValue""#), "\(json)")
        #expect(try JSONDecoder().decode(MatchExplanation.self, from: Data(json.utf8)) == original)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let foundation = try JSONSerialization.jsonObject(with: encoder.encode(original)) as? NSDictionary
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary == foundation)

        let older = try #require(Self.explanation(recordValue: "SMITH", context: nil).jsonText)
        #expect(!older.contains("SetAside"))
        let decoded = try JSONDecoder().decode(MatchExplanation.self, from: Data(older.utf8))
        #expect(decoded.terms.allSatisfy { $0.recordSetAside == nil && $0.employeeSetAside == nil })
    }

    @Test("an explanation with a number JSON cannot hold has no JSON text")
    func nonFinite() {
        var explanation = Self.explanation(recordValue: "SINGH", context: nil)
        explanation.matchWeight = .infinity
        #expect(explanation.jsonText == nil)
    }
}
