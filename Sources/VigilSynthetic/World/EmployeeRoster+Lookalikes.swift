extension EmployeeRoster {
    /// Gives employees with common names a stranger elsewhere with the same name and birth date.
    ///
    /// At least three are made whenever any employee has a common surname, so small worlds still test
    /// the "Muhammad Khan, born the same day, across the city" case.
    mutating func addNamesakes(_ share: Double, _ population: inout Population, _ random: inout SeededGenerator) {
        let names = population.names
        var eligible: [Int] = []
        for (number, employee) in employees.enumerated() {
            let person = population[Int(employee.person)]
            if names.commonSurnames.contains(person.surname) && person.surname2 < 0 { eligible.append(number) }
        }
        var chosen = eligible.filter { _ in random.chance(share) }
        if chosen.count < 3 {
            for number in eligible where chosen.count < 3 && !chosen.contains(number) { chosen.append(number) }
        }
        let addressCount = population.book.addresses.count
        for number in chosen {
            let original = population[Int(employees[number].person)]
            var elsewhere = random.below(addressCount)
            if population.book.addresses[elsewhere].unit == population.book.addresses[Int(original.address)].unit {
                elsewhere = (elsewhere + addressCount / 2) % addressCount
            }
            var namesake = original
            namesake.middle = random.chance(0.5) ? -1 : original.middle
            namesake.maiden = -1
            namesake.address = Int32(elsewhere)
            namesake.previousAddress = -1
            namesake.employee = -1
            let index = population.append(namesake)
            addHardNegative(HardNegative(person: Int32(index), employee: Int32(number), kind: .namesake))
        }
    }

    /// Puts a person with an employee's name at another house number in the employee's postcode
    /// (at least two such people, when the postcodes allow it).
    mutating func addSameNameNeighbours(
        _ share: Double,
        _ population: inout Population,
        _ random: inout SeededGenerator
    ) {
        let book = population.book
        var chosen = employees.indices.filter { _ in random.chance(share) }
        // At least two, so that small worlds still contain the case.
        for number in employees.indices where chosen.count < 2 && !chosen.contains(number) { chosen.append(number) }
        for number in chosen {
            let employee = employees[number]
            let original = population[Int(employee.person)]
            let home = Int(original.address)
            var found: Int?
            for _ in 0..<6 {
                if let candidate = book.neighbour(of: home, &random),
                    book.addresses[candidate].number != book.addresses[home].number
                {
                    found = candidate
                    break
                }
            }
            guard let neighbour = found else { continue }
            var lookalike = original
            lookalike.middle = -1
            lookalike.maiden = -1
            lookalike.address = Int32(neighbour)
            lookalike.previousAddress = -1
            lookalike.employee = -1
            let years = random.int(in: 3...30) * (random.chance(0.5) ? 1 : -1)
            lookalike.dateOfBirth = Int32(min(Int(original.dateOfBirth) + years * 365, Population.today - 20 * 365))
            if lookalike.dateOfBirth == original.dateOfBirth { lookalike.dateOfBirth -= 400 }
            let index = population.append(lookalike)
            addHardNegative(HardNegative(person: Int32(index), employee: Int32(number), kind: .sameNameNeighbour))
        }
    }
}
