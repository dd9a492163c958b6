/// The HR roster: employees drawn from the population, with the hard negatives built around them.
///
/// Choosing employees mutates the population: some employees move house (older records keep the old
/// address), and twins, namesakes and same-name neighbours are added as members of the public.
struct EmployeeRoster: Sendable {
    /// One person on the roster.
    struct Employee: Sendable {
        var person: Int32
        var id: String
        var role: String
        var team: String
        var startDay: Int32
        /// HR knows the maiden name (not every HR record does).
        var listsPreviousSurname: Bool
        var uprnKnown: Bool
    }

    private(set) var employees: [Employee] = []
    private(set) var hardNegatives: [HardNegative] = []
    /// Current home address → employees living there (lookup only, never iterated).
    private(set) var homes: [Int32: [Int32]] = [:]
    /// Addresses employees have moved away from, in employee order.
    private(set) var formerHomes: [Int32] = []

    /// Draws `parameters.employees` adults aged 18–66 and builds their hard negatives.
    init(parameters: WorldParameters, population: inout Population, random: inout SeededGenerator) {
        let youngest = Population.today - 18 * 366
        let oldest = Population.today - 66 * 365
        let earliestStart = DayNumber.from(year: 1990, month: 1, day: 1)
        let earliestMove = DayNumber.from(year: 2016, month: 1, day: 1)
        let base = population.people.count
        var attempts = 0
        while employees.count < parameters.employees {
            attempts += 1
            precondition(attempts < parameters.employees * 1_000 + 100_000, "population too small for the roster")
            let index = random.below(base)
            let person = population[index]
            guard person.employee < 0, Int(person.dateOfBirth) <= youngest, Int(person.dateOfBirth) >= oldest
            else { continue }
            let number = Int32(employees.count)
            let role = EmployeeRoster.roles.sample(&random)
            let start = random.int(in: max(earliestStart, Int(person.dateOfBirth) + 18 * 366)...Population.today)
            employees.append(
                Employee(
                    person: Int32(index),
                    id: "E" + DayNumber.pad(100_001 + Int(number), 6),
                    role: role,
                    team: EmployeeRoster.team(for: role, &random),
                    startDay: Int32(start),
                    listsPreviousSurname: random.chance(0.85),
                    uprnKnown: random.chance(0.95)
                )
            )
            population[index].employee = number
            if random.chance(parameters.movedEmployeeShare) {
                var previous = random.below(population.book.addresses.count)
                if previous == Int(person.address) { previous = (previous + 1) % population.book.addresses.count }
                population[index].previousAddress = Int32(previous)
                population[index].moveDay = Int32(random.int(in: earliestMove...(Population.today - 30)))
                formerHomes.append(Int32(previous))
            }
            homes[person.address, default: []].append(number)
        }
        addRelatives(population)
        addTwins(parameters.twinShare, &population, &random)
        addNamesakes(parameters.namesakeShare, &population, &random)
        addSameNameNeighbours(parameters.sameNameNeighbourShare, &population, &random)
    }

    /// Number of hard-negative people of a kind.
    func count(_ kind: HardNegative.Kind) -> Int {
        hardNegatives.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) }
    }

    mutating func addHardNegative(_ negative: HardNegative) {
        hardNegatives.append(negative)
    }

    private mutating func addRelatives(_ population: Population) {
        for (number, employee) in employees.enumerated() {
            let home = Int(population[Int(employee.person)].address)
            for resident in population.household(at: home)
            where resident != Int(employee.person) && population[resident].employee < 0 {
                hardNegatives.append(HardNegative(person: Int32(resident), employee: Int32(number), kind: .relative))
            }
        }
    }

    private mutating func addTwins(_ share: Double, _ population: inout Population, _ random: inout SeededGenerator) {
        let names = population.names
        for (number, employee) in employees.enumerated() where random.chance(share) {
            let original = population[Int(employee.person)]
            guard original.maiden < 0 else { continue }
            let home = Int(original.address)
            let customary = [names.singh, names.kaur, names.begum, names.bibi].contains(original.surname)
            var twin = population.makePerson(
                original.heritage,
                female: customary || random.chance(0.6) ? original.female : !original.female,
                original.surname,
                original.surname2,
                Int(original.dateOfBirth),
                home,
                differingFrom: population.household(at: home),
                &random
            )
            twin.surname = original.surname
            twin.surname2 = original.surname2
            if twin.forename == original.forename { continue }
            let index = population.append(twin)
            hardNegatives.append(HardNegative(person: Int32(index), employee: Int32(number), kind: .twin))
        }
    }
}
