/// Streams `person_records.csv` and `truth_person.csv`: events across 2015–2026, each naming one to
/// three people, written row by row so that millions of records need no memory.
struct PersonRecordStream {
    let parameters: WorldParameters
    let population: Population
    let roster: EmployeeRoster
    let renderer: RecordRenderer
    /// Hard negatives grouped by kind, in `HardNegative.Kind.allCases` order.
    private let negativesByKind: [[HardNegative]]
    /// Relatives are plentiful; the rarer kinds get a fair share of records so every kind is tested.
    // Relatives dominate, as in real records (domestic incidents); twins and same-day namesakes are rare.
    private static let negativeKinds = WeightedTable<Int>([(0, 0.6), (1, 0.1), (2, 0.1), (3, 0.2)])

    init(parameters: WorldParameters, population: Population, roster: EmployeeRoster, renderer: RecordRenderer) {
        self.parameters = parameters
        self.population = population
        self.roster = roster
        self.renderer = renderer
        negativesByKind = HardNegative.Kind.allCases.map { kind in roster.hardNegatives.filter { $0.kind == kind } }
    }

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

    /// Writes both files into `directory`; `progress` hears the records written so far, now and then.
    func write(
        to directory: String,
        _ random: inout SeededGenerator,
        progress: (Int) -> Void = { _ in }
    ) throws -> Outcome {
        let records = try CSVWriter(
            path: directory + "/person_records.csv",
            header: [
                "record_id", "source", "event_id", "event_date", "role", "forenames", "surname", "date_of_birth",
                "address_line", "town", "postcode", "uprn",
            ]
        )
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
                if outcome.records & 0xFFFF == 0 { progress(outcome.records) }
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

    /// An employee, a hard negative or a member of the public aged ten or more on the event day.
    ///
    /// The kind of person is drawn once, then retried within that kind, so the requested shares hold.
    private func choosePerson(before day: Int, _ random: inout SeededGenerator) -> (Int, negativeKind: Int?) {
        let employees = roster.employees
        let bornBy = day - 10 * 365
        let draw = random.unit()
        if draw < parameters.employeeRecordShare && !employees.isEmpty {
            for _ in 0..<8 {
                // Skewed so that some employees appear repeatedly and many never.
                let u = random.unit()
                let index = Int(employees[Int(Double(employees.count) * u * u)].person)
                if Int(population[index].dateOfBirth) <= bornBy { return (index, nil) }
            }
        } else if draw < parameters.employeeRecordShare + parameters.hardNegativeRecordShare
            && !roster.hardNegatives.isEmpty
        {
            var kind = PersonRecordStream.negativeKinds.sample(&random)
            while negativesByKind[kind].isEmpty { kind = (kind + 1) % negativesByKind.count }
            for _ in 0..<8 {
                let index = Int(random.pick(negativesByKind[kind]).person)
                if Int(population[index].dateOfBirth) <= bornBy { return (index, kind) }
            }
        }
        while true {
            let index = random.below(population.people.count)
            let person = population[index]
            if person.employee < 0 && Int(person.dateOfBirth) <= bornBy { return (index, nil) }
        }
    }
}
