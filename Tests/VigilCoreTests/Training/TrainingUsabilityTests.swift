import Testing
import VigilCore

/// Training says when it could not learn a model, instead of writing one that never matches.
@Suite struct TrainingUsabilityTests {
    private static let forenames = ["Amelia", "Oliver", "Priya", "Declan", "Siobhan", "Kwame", "Ruth", "Imran", "Lucy"]
    private static let surnames = [
        "Hartley", "Whitmore", "Raval", "Doherty", "Mensah", "Siddiqui", "Ashworth", "Okafor",
    ]

    /// A roster of 120 and 3,000 records, a fifth of them about employees, with or without dates of birth.
    private func world(datesOfBirth: Bool) -> (roster: [Employee], records: [PersonRecord]) {
        var generator = SplitMix64(seed: 5)
        func pick(_ values: [String]) -> String { values[Int(generator.next() % UInt64(values.count))] }
        func date() -> CalendarDate {
            CalendarDate(
                year: 1960 + Int(generator.next() % 40),
                month: 1 + Int(generator.next() % 12),
                day: 1 + Int(generator.next() % 28)
            )!
        }
        let roster = (0..<120).map { index in
            Employee(
                employeeID: "E\(index)",
                forenames: pick(Self.forenames),
                surname: pick(Self.surnames) + "\(index % 7 == 0 ? "" : String(index))",
                dateOfBirth: date(),
                addressLine: "\(index + 1) Elm Road",
                town: "Birmingham",
                postcode: "B\(index % 30 + 1) 1AA"
            )
        }
        let records = (0..<3_000).map { index in
            let employee = roster[index % roster.count]
            let aboutEmployee = index % 5 == 0
            return PersonRecord(
                recordID: "R\(index)",
                source: .crime,
                forenames: aboutEmployee ? employee.forenames : pick(Self.forenames),
                surname: aboutEmployee ? employee.surname : pick(Self.surnames) + "X\(index)",
                dateOfBirth: datesOfBirth ? (aboutEmployee ? employee.dateOfBirth : date()) : nil,
                addressLine: aboutEmployee ? employee.addressLine : "\(index) Mill Lane",
                town: aboutEmployee ? employee.town : "Walsall",
                postcode: aboutEmployee ? employee.postcode : "WS\(index % 9 + 1) 2BB"
            )
        }
        return (roster, records)
    }

    @Test("records that share dates of birth with employees train a usable model")
    func usable() {
        let (roster, records) = world(datesOfBirth: true)
        let model = ModelTrainer(randomPairs: 20_000).train(roster: roster, records: records, trainedAt: "now")
        #expect(model.training.problems.isEmpty, "\(model.training.problems)")
        #expect(model.person.priorProbability > 1e-9)
    }

    @Test("records without dates of birth cannot set the prior, and training says why and what to do")
    func noDatesOfBirth() {
        let (roster, records) = world(datesOfBirth: false)
        let model = ModelTrainer(randomPairs: 20_000).train(roster: roster, records: records, trainedAt: "now")
        let problem = try? #require(model.training.problems.first)
        #expect(model.training.problems.count == 1)
        #expect(
            problem?.hasPrefix("only 0 pairs of a sampled person record and an employee share a date of birth") == true
        )
        #expect(problem?.contains("Train on more records, and on records that hold dates of birth") == true)
    }

    @Test("incident locations at no employee's home cannot train the home-address model")
    func noHomes() {
        let (roster, records) = world(datesOfBirth: true)
        let locations = (0..<50).map {
            IncidentLocation(
                incidentID: "I\($0)",
                eventDate: nil,
                incidentType: "noise",
                addressLine: "\($0) Distant Avenue",
                town: "Walsall",
                postcode: "WS2 9ZZ"
            )
        }
        let model = ModelTrainer(randomPairs: 20_000).train(
            roster: roster,
            records: records,
            locations: locations,
            trainedAt: "now"
        )
        #expect(model.training.problems.count == 1)
        #expect(model.training.problems.first?.contains("the home-address model cannot be learned") == true)
    }
}
