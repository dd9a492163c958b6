import Foundation
import Testing
import VigilCore

@testable import VigilIngest

private let header =
    "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode,uprn\n"

private let forenames = ["Ann", "Mohammed", "Navjot", "Robert", "Bob", "\"Mary, Jane\"", "Zoë", "Md Imran", ""]
private let surnames = ["Lee", "Khan", "Kaur", "Smith", "O'Neill", "Begum", "", "Patel"]
private let streets = ["1 High St", "Flat 2, 14 Soho Road", "\"7 Canal Close\"", "", "22A Ladypool Avenue"]
private let postcodes = ["B1 1AA", "b21 9qt", "CV12AB", "", "NOT KNOWN", "WV10 0QP"]

/// An extract of varied rows: quoted fields, whole names in the forenames field, blanks, placeholders,
/// a bad date and a duplicate id every so often.
private func extract(rows: Int) -> String {
    var text = header
    for number in 1...rows {
        let id = number % 997 == 0 ? "R\(number - 1)" : "R\(number)"
        let dob = number % 89 == 0 ? "1990-02-31" : "19\(60 + number % 40)-0\(1 + number % 9)-1\(number % 10)"
        let surname = number % 13 == 0 ? "" : surnames[number % surnames.count]
        let forename = number % 13 == 0 ? "Harpreet Singh" : forenames[number % forenames.count]
        let street = streets[number % streets.count]
        let postcode = postcodes[number % postcodes.count]
        let uprn = number % 3 == 0 ? "1000\(number)" : ""
        text += "\(id),crime,C\(number),2024-01-02,victim,\(forename),\(surname),\(dob),\(street),Birmingham,"
        text += "\(postcode),\(uprn)\n"
    }
    return text
}

/// A field's bytes as text, to compare a row's fields with a record's.
private func texts(_ fields: PersonFields) -> [String] {
    [fields.forenames, fields.surname, fields.addressLine, fields.town, fields.postcode, fields.uprn].map {
        String(decoding: $0, as: UTF8.self)
    }
}

@Suite struct PersonRowSampleTests {
    @Test("a row sample holds the same records, rejects and counts as a record sample, field for field")
    func sameAsRecordSample() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", extract(rows: 6_000))
        for limit in [1_000, 10_000] {
            var recordReader = try ExtractReader<PersonRecord>(path: path)
            var recordStream: [RejectedRow] = []
            let records = try recordReader.sample(limit: limit, seed: 5, rejected: { recordStream += $0 })
            var rowReader = try ExtractReader<PersonRow>(path: path)
            var rowStream: [RejectedRow] = []
            let rows = try rowReader.personRowSample(limit: limit, seed: 5, rejected: { rowStream += $0 })

            #expect(rows.count == records.records.count)
            #expect(rows.rowsSeen == records.rowsSeen)
            #expect(rows.rejects.map(\.line) == records.rejects.map(\.line))
            #expect(rows.rejects.map(\.kind) == records.rejects.map(\.kind))
            #expect(rows.rejects.contains { $0.kind == .duplicateID } || limit < 6_000)
            #expect(rowStream.map(\.line) == recordStream.map(\.line))
            #expect(rowReader.summary.description == recordReader.summary.description)
            for position in 0..<rows.count {
                let row = rows.withFields(at: position) { (texts($0), $0.dateOfBirth) }
                let record = records.records.withFields(at: position) { (texts($0), $0.dateOfBirth) }
                #expect(row.0 == record.0, "fields of sampled record \(position)")
                #expect(row.1 == record.1, "date of birth of sampled record \(position)")
            }
        }
    }

    @Test("training on the rows gives the very model that training on the records gives")
    func sameModel() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", extract(rows: 4_000))
        var recordReader = try ExtractReader<PersonRecord>(path: path)
        let records = try recordReader.sample(limit: 3_000, seed: 9, rejected: { _ in })
        var rowReader = try ExtractReader<PersonRow>(path: path)
        let rows = try rowReader.personRowSample(limit: 3_000, seed: 9, rejected: { _ in })
        let roster = (0..<40).map { number in
            Employee(
                employeeID: "E\(number)",
                forenames: forenames[number % forenames.count].replacingOccurrences(of: "\"", with: ""),
                surname: surnames[number % surnames.count],
                dateOfBirth: CalendarDate(year: 1960 + number % 40, month: 1 + number % 9, day: 10 + number % 10),
                addressLine: "1 High St",
                town: "Birmingham",
                postcode: postcodes[number % postcodes.count]
            )
        }
        let trainer = ModelTrainer(randomPairs: 20_000, seed: 3)
        let fromRecords = trainer.train(roster: roster, records: records.records, trainedAt: "then")
        let fromRows = trainer.train(roster: roster, records: rows, trainedAt: "then")
        #expect(fromRows == fromRecords)
        #expect(fromRows.person.termFrequencies["surname"]?.frequency(of: "KHAN") ?? 0 > 0)
    }
}
