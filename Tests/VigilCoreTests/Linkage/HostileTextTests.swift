import Testing
import VigilCore

/// Text no extract should hold but some will: marks, joiners, bidi controls, emoji, ligatures, other
/// digits, placeholders, titles, special postcodes, date-like text and very long runs.
private let atoms: [String] = [
    "A", "b", "Z", " ", "  ", "-", "'", ".", ",", "/", "\"", "\t", "\n", "\r", "0", "1", "12", "1/2", "é", "É", "ß",
    "ø", "ł", "İ", "ı", "ﬁ", "Ⅻ", "０", "١", "\u{0301}", "\u{200B}", "\u{FEFF}", "\u{202E}", "😀", "👩‍👩‍👧", "🇬🇧",
    "MR", "MRS", "DR", "MUHAMMAD", "MD", "MOHD", "BEGUM", "KAUR", "SINGH", "UNKNOWN", "NOT KNOWN", "N/K", "FLAT 3",
    "APT", "RD", "ST", "HIGH", "B1 1AA", "b11aa", "GIR 0AA", "BFPO 12", "ZZ99 3VZ", "WV10 0QP", "1900-01-01",
    "31/02/2001", "29-FEB-2000", "19850704", "00000000", "T00:00:00", "SEPT", "SMITH-JONES", "O'NEIL", "VAN DER",
    "Ç", "CZ", "SCH", "GH", "WR", "X", "Q",
]

private struct HostileText {
    var generator: SplitMix64

    mutating func text(_ most: Int) -> String {
        var text = ""
        for _ in 0..<Int(generator.next() % UInt64(most + 1)) {
            text += atoms[Int(generator.next() % UInt64(atoms.count))]
        }
        if generator.next() % 40 == 0 { text += String(repeating: "A", count: Int(generator.next() % 3_000)) }
        return text
    }

    mutating func date() -> CalendarDate? {
        guard generator.next() % 5 != 0 else { return nil }
        let year = 1890 + Int(generator.next() % 140)
        return CalendarDate(year: year, month: 1 + Int(generator.next() % 12), day: 1 + Int(generator.next() % 28))
    }

    mutating func employee(_ number: Int) -> Employee {
        Employee(
            employeeID: "E\(number)",
            forenames: text(4),
            surname: text(3),
            dateOfBirth: date(),
            addressLine: text(6),
            town: text(2),
            postcode: text(2),
            previousSurnames: [text(1)],
            uprn: generator.next() % 3 == 0 ? text(1) : ""
        )
    }

    mutating func record(_ number: Int) -> PersonRecord {
        PersonRecord(
            recordID: "R\(number)",
            source: .crime,
            forenames: text(4),
            surname: text(3),
            dateOfBirth: date(),
            addressLine: text(6),
            town: text(2),
            postcode: text(2),
            uprn: generator.next() % 3 == 0 ? text(1) : ""
        )
    }
}

@Suite struct HostileTextTests {
    @Test("hostile text trains, links and explains, and every explanation adds up to its match weight")
    func hostileTextLinks() {
        var hostile = HostileText(generator: SplitMix64(seed: 62))
        let employees = (0..<150).map { hostile.employee($0) }
        let records = (0..<2_000).map { hostile.record($0) }
        // Every fourth incident is at an employee's home, written exactly as the roster has it.
        let locations = (0..<200).map { number in
            let home = employees[number % employees.count]
            let atHome = number % 4 == 0
            return IncidentLocation(
                incidentID: "I\(number)",
                eventDate: nil,
                incidentType: "concern",
                addressLine: atHome ? home.addressLine : hostile.text(6),
                town: atHome ? home.town : hostile.text(2),
                postcode: atHome ? home.postcode : hostile.text(2)
            )
        }
        let model = ModelTrainer(randomPairs: 5_000).train(
            roster: employees,
            records: records,
            locations: locations,
            trainedAt: "2026-11-30T00:00:00Z"
        )
        let linker = RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        var linked = 0
        for record in records {
            guard let result = linker.bestPersonMatch(for: record, extractor: &extractor, candidates: &candidates)
            else { continue }
            linked += 1
            let explanation = linker.explainPerson(record, employeeIndex: result.employeeIndex)
            let total = explanation.priorWeight + explanation.terms.reduce(0) { $0 + $1.totalWeight }
            #expect(abs(total - explanation.matchWeight) < 1e-6, "record \(record.recordID)")
            #expect(abs(explanation.matchWeight - result.matchWeight) < 1e-6, "record \(record.recordID)")
            #expect((0...1).contains(explanation.matchProbability), "record \(record.recordID)")
        }
        var housed = 0
        for location in locations {
            for match in linker.homeAddressMatches(for: location, extractor: &extractor, candidates: &candidates) {
                let explanation = linker.explainHomeAddress(location, employeeIndex: match.employeeIndex)
                #expect((0...1).contains(explanation?.matchProbability ?? -1), "incident \(location.incidentID)")
                housed += 1
            }
        }
        #expect(linked > 100, "blocking still finds candidates among hostile text")
        #expect(housed > 0, "incidents at homes written exactly as the roster has them are found")
    }

    @Test("hostile text through each normaliser and comparator stays in range")
    func normalisersStayInRange() {
        var hostile = HostileText(generator: SplitMix64(seed: 7))
        for _ in 0..<3_000 {
            for format in DateFormat.allCases {
                if case .date(let date) = DateParser.parse(hostile.text(5), format: format) {
                    #expect(CalendarDate(year: Int(date.year), month: Int(date.month), day: Int(date.day)) != nil)
                }
            }
            _ = PostcodeValue.parse(hostile.text(3))
            _ = AddressParser.parse(addressLine: hostile.text(6), town: hostile.text(2))
            let first = Array(NameNormaliser.normalise(hostile.text(5), as: .forenames).tokens.joined().utf8)
            let second = Array(NameNormaliser.normalise(hostile.text(5), as: .surname).compact.utf8)
            let similarity = JaroWinkler.similarity(first, second)
            #expect((0...1).contains(similarity))
            #expect(similarity == JaroWinkler.similarity(second, first), "Jaro-Winkler is symmetric")
        }
    }
}
