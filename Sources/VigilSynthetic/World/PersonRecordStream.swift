/// Streams `person_records.csv` and `truth_person.csv`: events across 2015–2026, each naming one to
/// three people, written row by row so that millions of records need no memory.
struct PersonRecordStream {
    let parameters: WorldParameters
    let population: Population
    let roster: EmployeeRoster
    let renderer: RecordRenderer

    /// What the stream wrote.
    struct Outcome {
        var records = 0
        var employeeRecords = 0
        var employeesSeen: Set<Int32> = []
        var hardNegativeRecords = [Int](repeating: 0, count: HardNegative.Kind.allCases.count)
        var tally = CorruptionTally()
        var employeeTally = CorruptionTally()
    }

    private static let sources = WeightedTable<(name: String, prefix: String, maxPeople: Int)>([
        (("crime", "CRI-", 3), 0.40), (("intelligence", "INT-", 2), 0.15), (("custody", "CUS-", 1), 0.10),
        (("incident", "INC-", 3), 0.35),
    ])
    private static let publicRoles: [String: WeightedTable<String>] = [
        "crime": WeightedTable([
            ("suspect", 0.30), ("offender", 0.10), ("victim", 0.35), ("witness", 0.15), ("other relevant", 0.10),
        ]),
        "intelligence": WeightedTable([("subject", 0.6), ("mentioned", 0.4)]),
        "custody": WeightedTable([("detained person", 1)]),
        "incident": WeightedTable([("caller", 0.4), ("subject", 0.3), ("involved", 0.3)]),
    ]
    // Employees are victims and witnesses far more often than suspects.
    private static let employeeRoles: [String: WeightedTable<String>] = [
        "crime": WeightedTable([
            ("suspect", 0.12), ("offender", 0.04), ("victim", 0.45), ("witness", 0.25), ("other relevant", 0.14),
        ]),
        "intelligence": WeightedTable([("subject", 0.3), ("mentioned", 0.7)]),
        "custody": WeightedTable([("detained person", 1)]),
        "incident": WeightedTable([("caller", 0.5), ("subject", 0.2), ("involved", 0.3)]),
    ]

    /// Writes both files into `directory`.
    func write(to directory: String, _ random: inout SeededGenerator) throws -> Outcome {
        let records = try CSVWriter(
            path: directory + "/person_records.csv",
            header: [
                "record_id", "source", "event_id", "event_date", "role", "forenames", "surname", "date_of_birth",
                "address_line", "town", "postcode", "uprn",
            ])
        let truth = try CSVWriter(path: directory + "/truth_person.csv", header: ["record_id", "employee_id"])
        var outcome = Outcome()
        let first = DayNumber.from(year: 2015, month: 1, day: 1)
        var event = 0
        while outcome.records < parameters.personRecords {
            event += 1
            let source = PersonRecordStream.sources.sample(&random)
            let day = random.int(in: first...Population.today)
            let eventID = source.prefix + DayNumber.pad(event, 8)
            var eventDate = DayNumber.iso(day)
            if random.chance(parameters.corruption.nonISODate) { eventDate = DayNumber.british(day) }
            let people = min(random.int(in: 1...source.maxPeople), parameters.personRecords - outcome.records)
            for _ in 0..<people {
                let (index, negative) = choosePerson(before: day, &random)
                let person = population[index]
                let isEmployee = person.employee >= 0
                let roles = (isEmployee ? PersonRecordStream.employeeRoles : PersonRecordStream.publicRoles)
                outcome.records += 1
                let recordID = "PR" + DayNumber.pad(outcome.records, 9)
                let fields: PersonFields
                if isEmployee {
                    fields = renderer.personFields(person, on: day, isPublic: false, &outcome.employeeTally, &random)
                    let employeeID = roster.employees[Int(person.employee)].id
                    truth.write(recordID)
                    truth.write(employeeID)
                    try truth.endRow()
                    outcome.employeeRecords += 1
                    outcome.employeesSeen.insert(person.employee)
                } else {
                    fields = renderer.personFields(person, on: day, isPublic: true, &outcome.tally, &random)
                }
                if let negative { outcome.hardNegativeRecords[negative] += 1 }
                for field in [recordID, source.name, eventID, eventDate, roles[source.name]!.sample(&random)] {
                    records.write(field)
                }
                for field in [fields.forenames, fields.surname, fields.dateOfBirth] { records.write(field) }
                let address = fields.address
                for field in [address.line, address.town, address.postcode, address.uprn] { records.write(field) }
                try records.endRow()
            }
        }
        try records.close()
        try truth.close()
        return outcome
    }

    /// An employee, a hard negative or a member of the public born before the event.
    private func choosePerson(before day: Int, _ random: inout SeededGenerator) -> (Int, negativeKind: Int?) {
        let employees = roster.employees
        let negatives = roster.hardNegatives
        for _ in 0..<20 {
            let draw = random.unit()
            var index: Int
            var kind: Int? = nil
            if draw < parameters.employeeRecordShare && !employees.isEmpty {
                // Skewed so that some employees appear repeatedly and many never.
                let u = random.unit()
                index = Int(employees[Int(Double(employees.count) * u * u)].person)
            } else if draw < parameters.employeeRecordShare + parameters.hardNegativeRecordShare && !negatives.isEmpty {
                let negative = random.pick(negatives)
                index = Int(negative.person)
                kind = HardNegative.Kind.allCases.firstIndex(of: negative.kind)
            } else {
                index = random.below(population.people.count)
                if population[index].employee >= 0 { continue }
            }
            if Int(population[index].dateOfBirth) < day - 365 { return (index, kind) }
        }
        // Fall back to any adult member of the public.
        while true {
            let index = random.below(population.people.count)
            let person = population[index]
            if person.employee < 0 && Int(person.dateOfBirth) < day - 365 { return (index, nil) }
        }
    }
}
