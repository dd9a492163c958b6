/// The roster of a generated world, keyed by employee id, with forenames cut to the first.
struct RosterIndex {
    struct Employee {
        var forename: String
        var surname: String
        var previousSurname: String
        var dateOfBirth: String
        var addressLine: String
        var postcode: String
    }

    let byID: [String: Employee]

    init(directory: String) throws {
        let table = try CSVTable(path: directory + "/roster.csv")
        var byID: [String: Employee] = [:]
        for row in table.rows {
            byID[row[0]] = Employee(
                forename: String(row[1].split(separator: " ").first ?? ""),
                surname: row[2],
                previousSurname: row[10],
                dateOfBirth: row[3],
                addressLine: row[4],
                postcode: row[6]
            )
        }
        self.byID = byID
    }
}
