/// The roster and person records of a generated world, keyed by id, with forenames cut to the first.
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

/// The person records of a generated world, keyed by record id.
struct RecordIndex {
    struct Record {
        var id: String
        var forename: String
        var surname: String
        var dateOfBirth: String
        var addressLine: String
        var postcode: String
    }

    let byID: [String: Record]

    init(directory: String) throws {
        let table = try CSVTable(path: directory + "/person_records.csv")
        var byID: [String: Record] = [:]
        for row in table.rows {
            byID[row[0]] = Record(
                id: row[0],
                forename: String(row[5].split(separator: " ").first ?? ""),
                surname: row[6],
                dateOfBirth: row[7],
                addressLine: row[8],
                postcode: row[10]
            )
        }
        self.byID = byID
    }
}
