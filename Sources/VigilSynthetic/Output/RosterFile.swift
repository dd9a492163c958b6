/// Writes `roster.csv`: HR's clean view of each employee, with formal forenames and the current address.
struct RosterFile {
    let population: Population
    let roster: EmployeeRoster

    static let header = [
        "employee_id", "forenames", "surname", "date_of_birth", "address_line", "town", "postcode", "role", "team",
        "start_date", "previous_surnames", "uprn",
    ]

    /// Writes every employee, in roster order.
    func write(to path: String) throws {
        let writer = try CSVWriter(path: path, header: RosterFile.header)
        let names = population.names
        let book = population.book
        for employee in roster.employees {
            let person = population[Int(employee.person)]
            let home = Int(person.address)
            writer.write(employee.id)
            writer.write(person.formalForenames(names))
            writer.write(person.fullSurname(names))
            writer.write(DayNumber.iso(Int(person.dateOfBirth)))
            writer.write(book.line(home))
            writer.write(book.town(home))
            writer.write(book.unit(of: home).postcode)
            writer.write(employee.role)
            writer.write(employee.team)
            writer.write(DayNumber.iso(Int(employee.startDay)))
            let previous = employee.listsPreviousSurname && person.maiden >= 0 ? names.text(person.maiden) : ""
            writer.write(previous)
            writer.write(employee.uprnKnown ? String(book.addresses[home].uprn) : "")
            try writer.endRow()
        }
        try writer.close()
    }
}
