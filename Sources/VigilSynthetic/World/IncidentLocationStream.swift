/// Streams `incident_locations.csv` and `truth_address.csv`: incidents across the area, some at
/// employees' current homes (truth), some next door or at a home an employee has left (hard negatives).
struct IncidentLocationStream {
    let parameters: WorldParameters
    let population: Population
    let roster: EmployeeRoster
    let renderer: RecordRenderer

    /// What the stream wrote.
    struct Outcome {
        var incidents = 0
        var truthLinks = 0
        var neighbourIncidents = 0
        var formerHomeIncidents = 0
        var tally = CorruptionTally()
    }

    private static let types = WeightedTable<String>([
        ("Domestic incident", 0.16), ("Anti-social behaviour", 0.15), ("Concern for safety", 0.12),
        ("Burglary", 0.08), ("Suspicious circumstances", 0.08), ("Criminal damage", 0.07), ("Noise", 0.06),
        ("Theft", 0.06), ("Assault", 0.06), ("Road traffic collision", 0.05), ("Missing person", 0.04),
        ("Harassment", 0.04), ("Drugs", 0.03),
    ])

    /// Writes both files into `directory`; `progress` hears the incidents written so far, now and then.
    func write(
        to directory: String,
        _ random: inout SeededGenerator,
        progress: (Int) -> Void = { _ in }
    ) throws -> Outcome {
        let incidents = try CSVWriter(
            path: directory + "/incident_locations.csv",
            header: ["incident_id", "event_date", "incident_type", "address_line", "town", "postcode", "uprn"]
        )
        let truth = try CSVWriter(path: directory + "/truth_address.csv", header: ["incident_id", "employee_id"])
        var outcome = Outcome()
        let book = population.book
        let first = DayNumber.from(year: 2015, month: 1, day: 1)
        let employees = roster.employees
        let homeShare = parameters.employeeHomeIncidentShare
        let neighbourShare = homeShare + parameters.neighbourIncidentShare
        let formerShare = neighbourShare + parameters.formerHomeIncidentShare
        for number in stride(from: 1, through: parameters.incidentLocations, by: 1) {
            if number & 0xFFFF == 0 { progress(number) }
            let draw = random.unit()
            var address = random.below(book.addresses.count)
            var kind = 0
            if !employees.isEmpty && draw < homeShare {
                address = Int(population[Int(random.pick(employees).person)].address)
            } else if !employees.isEmpty && draw < neighbourShare {
                let home = Int(population[Int(random.pick(employees).person)].address)
                if let neighbour = book.neighbour(of: home, &random) {
                    address = neighbour
                    kind = 1
                }
            } else if !roster.formerHomes.isEmpty && draw < formerShare {
                address = Int(random.pick(roster.formerHomes))
                kind = 2
            }
            let incidentID = "CW-" + DayNumber.pad(number, 8)
            let residents = roster.homes[Int32(address)] ?? []
            if residents.isEmpty && kind == 1 { outcome.neighbourIncidents += 1 }
            if residents.isEmpty && kind == 2 { outcome.formerHomeIncidents += 1 }
            for employee in residents {
                truth.write(incidentID)
                truth.write(employees[Int(employee)].id)
                try truth.endRow()
                outcome.truthLinks += 1
            }
            let day = random.int(in: first...Population.today)
            incidents.write(incidentID)
            incidents.write(
                random.chance(parameters.corruption.nonISODate) ? DayNumber.british(day) : DayNumber.iso(day)
            )
            incidents.write(IncidentLocationStream.types.sample(&random))
            let uppercase = random.chance(parameters.corruption.uppercase)
            if uppercase { outcome.tally.add(.uppercase) }
            let fields = renderer.addressFields(
                address,
                uppercase: uppercase,
                allowBlank: false,
                &outcome.tally,
                &random
            )
            for field in [fields.line, fields.town, fields.postcode, fields.uprn] { incidents.write(field) }
            try incidents.endRow()
            outcome.incidents += 1
        }
        try incidents.close()
        try truth.close()
        return outcome
    }
}
