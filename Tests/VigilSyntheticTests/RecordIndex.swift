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
