import Foundation
import Testing
import VigilCore

@testable import VigilIngest

private let rosterHeader =
    "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date\n"
private let recordsHeader =
    "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"

/// Reads every batch of an extract.
private func readAll<Record>(_ reader: inout ExtractReader<Record>) throws -> ExtractBatch<Record> {
    var all = ExtractBatch<Record>()
    while let batch = try reader.nextBatch(maxRows: 2) {
        all.records += batch.records
        all.lines += batch.lines
        all.rejects += batch.rejects
    }
    return all
}

@Suite struct ExtractReaderTests {
    @Test("a canonical roster becomes employees with trimmed text, dates and previous surnames")
    func roster() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(
            "roster.csv",
            "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date,"
                + "previous_surnames\nE1, Ann ,Lee,07/03/1984,1 High St,Dudley,DY1 1AA,PC,Response,2010-09-01,"
                + "Smith; Jones\n"
        )
        var reader = try ExtractReader<Employee>(path: path)
        let all = try readAll(&reader)
        let employee = try #require(all.records.first)
        #expect(employee.forenames == "Ann")
        #expect(employee.dateOfBirth == CalendarDate(year: 1984, month: 3, day: 7))
        #expect(employee.startDate == CalendarDate(year: 2010, month: 9, day: 1))
        #expect(employee.previousSurnames == ["Smith", "Jones"])
        #expect(reader.summary.rowsAccepted == 1)
    }

    @Test("a missing required column is a file error that names the column")
    func missingColumn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("roster.csv", "employee_id,forenames,surname\nE1,Ann,Lee\n")
        let error = try #require(throws: IngestError.self) { _ = try ExtractReader<Employee>(path: path) }
        #expect(error.code == .missingColumn)
        #expect(error.field == "date_of_birth")
        let mapping = ColumnMapping(kind: .roster, columns: ["date_of_birth": .column("DOB")])
        let mapped = try #require(throws: IngestError.self) {
            _ = try ExtractReader<Employee>(path: path, mapping: mapping)
        }
        #expect(
            mapped.description
                == "roster.csv: missing 7 columns: 'date_of_birth' (mapped from 'DOB'), 'address_line', 'town', "
                + "'postcode', 'role', 'team', 'start_date'; map each in the column mapping, or map it to null if "
                + "the extract has no such column"
        )
    }

    @Test("a header lacking several columns is reported once, naming all of them")
    func severalMissingColumns() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("roster.csv", "employee_id,forenames,surname,role\nE1,Ann,Lee,PC\n")
        let error = try #require(throws: IngestError.self) { _ = try ExtractReader<Employee>(path: path) }
        #expect(error.code == .missingColumn)
        #expect(error.field == "date_of_birth")
        #expect(
            error.description
                == "roster.csv: missing 6 columns: 'date_of_birth', 'address_line', 'town', 'postcode', 'team', "
                + "'start_date'; map each in the column mapping, or map it to null if the extract has no such column"
        )
    }

    @Test("a header column differing only in case, spaces or punctuation is named, not used")
    func nearlyNamedColumns() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let header = "employee_id,forenames,surname,Date Of Birth,address_line,TOWN,postcode,role,team,start-date\n"
        let path = try dir.write(
            "roster.csv",
            header + "E1,Ann,Lee,1984-03-07,1 High St,Dudley,DY1 1AA,PC,R,2010-09-01\n"
        )
        let error = try #require(throws: IngestError.self) { _ = try ExtractReader<Employee>(path: path) }
        #expect(
            error.description
                == "roster.csv: missing 3 columns: 'date_of_birth' (the header has 'Date Of Birth'), 'town' (the header "
                + "has 'TOWN'), 'start_date' (the header has 'start-date'); map each in the column mapping, or map it "
                + "to null if the extract has no such column"
        )
        // Alone, a mapped column's message says where it is mapped from and what the header has instead.
        let mapping = ColumnMapping(
            kind: .roster,
            columns: ["date_of_birth": .column("DOB"), "town": .column("TOWN"), "start_date": .column("start-date")]
        )
        let single = try dir.write("single.csv", header.replacingOccurrences(of: "Date Of Birth", with: "D.O.B."))
        let mapped = try #require(throws: IngestError.self) {
            _ = try ExtractReader<Employee>(path: single, mapping: mapping)
        }
        #expect(mapped.field == "DOB")
        #expect(
            mapped.description
                == "single.csv: missing column 'date_of_birth' (mapped from 'DOB'; the header has 'D.O.B.')"
        )
    }

    @Test("a column read by its name but named twice in the header is an error; an unread repeat is not")
    func repeatedColumnNames() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let header = "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date"
        let row = "E1,Ann,Lee,1984-03-07,1 High St,Dudley,DY1 1AA,PC,R,2010-09-01"
        let twice = try dir.write("twice.csv", header + ",surname\n" + row + ",Smith\n")
        let error = try #require(throws: IngestError.self) { _ = try ExtractReader<Employee>(path: twice) }
        #expect(error.line == 1 && error.field == "surname")
        #expect(
            error.description
                == "twice.csv:1: the header names the column 'surname' more than once (columns 3 and 11), so which "
                + "one to read is unclear: rename the others"
        )
        let unread = try dir.write("unread.csv", header + ",notes,notes\n" + row + ",a,b\n")
        var reader = try ExtractReader<Employee>(path: unread)
        #expect(try readAll(&reader).records.map(\.surname) == ["Lee"])
    }

    @Test("a date of birth after the event is kept as missing and counted; one on the event day stays")
    func bornAfterTheEvent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rows =
            "R1,crime,,2020-03-04,,Ann,Lee,2021-06-07,,,\nR2,crime,,2020-03-04,,Baby,Lee,2020-03-04,,,\n"
            + "R3,crime,,,,Cy,Oh,2021-06-07,,,\nR4,crime,,2020-03-04,,Di,Ray,1980-01-02,,,\n"
        let path = try dir.write("records.csv", recordsHeader + rows)
        var records = try ExtractReader<PersonRecord>(path: path)
        let read = try readAll(&records)
        #expect(read.rejects.isEmpty)
        #expect(
            read.records.map(\.dateOfBirth) == [
                nil, CalendarDate(year: 2020, month: 3, day: 4), CalendarDate(year: 2021, month: 6, day: 7),
                CalendarDate(year: 1980, month: 1, day: 2),
            ]
        )
        #expect(records.summary.invalidDatesKeptAsMissing == 1)
        // Rows, as `vigil link` reads them, are checked the same way.
        var rowReader = try ExtractReader<PersonRow>(path: path)
        var births: [CalendarDate?] = []
        while let batch = try rowReader.nextBatch(maxRows: 3) { births += batch.records.map(\.dateOfBirth) }
        #expect(births == read.records.map(\.dateOfBirth))
        #expect(rowReader.summary.invalidDatesKeptAsMissing == 1)
    }

    @Test("a duplicate id is rejected with its line while the rows around it are kept")
    func duplicateIDs() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rows =
            "R1,crime,,,,Ann,Lee,,,,\nR2,crime,,,,Bob,Ray,,,,\nR1,crime,,,,Ann,Lee,,,,\nR3,crime,,,,Cy,Oh,,,,\n"
        let path = try dir.write("records.csv", recordsHeader + rows)
        var reader = try ExtractReader<PersonRecord>(path: path)
        let all = try readAll(&reader)
        #expect(all.records.map(\.recordID) == ["R1", "R2", "R3"])
        #expect(all.lines == [2, 3, 5])
        let reject = try #require(all.rejects.first)
        #expect(reject.line == 4 && reject.field == "record_id" && reject.kind == .duplicateID)
        #expect(reject.reason == "duplicate record_id 'R1' for source crime (already seen in this file)")
        #expect(reader.summary.rejectsByKind == [.duplicateID: 1] && reader.summary.rowsRead == 4)
    }

    @Test("an impossible date, required or optional, rejects the row and names the field")
    func impossibleDates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rows =
            "R1,crime,E1,2024-01-05,suspect,Ann,Lee,01/02/1980,,,\nR2,crime,E2,2024-01-05,victim,Bob,Ray,31/02/1980,,,\n"
            + "R3,intelligence,E3,2023-02-29,subject,Cy,Oh,,,,\nR4,custody,E4,,detained person,Di,Ng,UNKNOWN,,,\n"
        let path = try dir.write("records.csv", recordsHeader + rows)
        var reader = try ExtractReader<PersonRecord>(path: path)
        let all = try readAll(&reader)
        #expect(all.records.map(\.recordID) == ["R1", "R4"])
        #expect(all.records.last?.dateOfBirth == nil)
        #expect(all.rejects.map(\.line) == [3, 4])
        #expect(all.rejects.map(\.field) == ["date_of_birth", "event_date"])
        #expect(all.rejects[0].reason == "invalid date_of_birth '31/02/1980': 31 February does not exist")
        #expect(all.rejects[1].reason.contains("2023 is not a leap year"))
    }

    @Test("an unknown source or an empty id is rejected while good rows come through")
    func sourceAndID() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rows = "R1,crime,,,,Ann,Lee,,,,\nR2,traffic,,,,Bob,Ray,,,,\n,crime,,,,Cy,Oh,,,,\nR4,Custody,,,,Di,Ng,,,,\n"
        let path = try dir.write("records.csv", recordsHeader + rows)
        var reader = try ExtractReader<PersonRecord>(path: path)
        let all = try readAll(&reader)
        #expect(all.records.map(\.recordID) == ["R1", "R4"])
        #expect(all.records.last?.source == .custody)
        #expect(all.rejects.map(\.kind) == [.unknownSource, .missingID])
        #expect(all.rejects.map(\.field) == ["source", "record_id"])
        #expect(all.rejects.map(\.line) == [3, 4])
    }

    @Test("CSV-level rejects and validation rejects arrive together in line order")
    func mixedRejects() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let rows = "R1,crime,,,,Ann,Lee,,,,\nR2,crime,,,,Bob\nR1,crime,,,,Ann,Lee,,,,\nR3,crime,,,,Cy,Oh,,,,\n"
        let path = try dir.write("records.csv", recordsHeader + rows)
        var reader = try ExtractReader<PersonRecord>(path: path)
        let batch = try #require(try reader.nextBatch(maxRows: 10))
        #expect(batch.rejects.map(\.line) == [3, 4])
        #expect(batch.rejects.map(\.kind) == [.wrongFieldCount, .duplicateID])
        #expect(batch.records.map(\.recordID) == ["R1", "R3"])
    }

    @Test("an incident location without any address is rejected")
    func incidentWithoutAddress() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text =
            "incident_id,event_date,incident_type,address_line,town,postcode\n"
            + "I1,2024-03-01,burglary,1 High St,Dudley,DY1 1AA\nI2,2024-03-02,assault,,Dudley,\nI3,,noise,,,B1 1AA\n"
        let path = try dir.write("incidents.csv", text)
        var reader = try ExtractReader<IncidentLocation>(path: path)
        let all = try readAll(&reader)
        #expect(all.records.map(\.incidentID) == ["I1", "I3"])
        #expect(all.rejects.map(\.line) == [3])
        #expect(all.rejects.first?.kind == .missingAddress)
    }
}
