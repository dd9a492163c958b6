import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// A non-breaking space (U+00A0), as Excel and web forms leave after a value, is trimmed like a space
/// or a tab, in values and in header names, whether the extract is UTF-8 or Windows-1252.
@Suite struct NonBreakingSpaceTests {
    private static let nbsp: [UInt8] = [0xC2, 0xA0]

    @Test("a date of birth padded with non-breaking spaces is read as the date, in UTF-8 and in Windows-1252")
    func paddedDate() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let header = Array(
            "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date\n".utf8
        )
        for (name, space, yaml) in [
            ("utf8.csv", Self.nbsp, "kind: roster\n"), ("cp1252.csv", [0xA0], "kind: roster\nencoding: windows-1252\n"),
        ] {
            let row =
                Array("E1,Ann,Lee,".utf8) + space + Array("15/01/2001".utf8) + space + space
                + Array(",1 High St,Dudley,DY1 1AA,PC,Response,".utf8) + space + Array("\n".utf8)
            let path = try dir.write(name, bytes: header + row)
            var reader = try ExtractReader<Employee>(
                path: path,
                mapping: try ColumnMapping.parse(yaml: yaml, file: "m")
            )
            let batch = try #require(try reader.nextBatch())
            #expect(batch.rejects.isEmpty, "\(name): \(batch.rejects.map(\.reason))")
            let employee = try #require(batch.records.first)
            #expect(employee.dateOfBirth == CalendarDate(year: 2001, month: 1, day: 15))
            #expect(employee.startDate == nil && employee.forenames == "Ann")
        }
    }

    @Test("a header name ending in a non-breaking space is found under its name")
    func paddedHeaderName() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let header =
            Array("employee_id,forenames,surname,date_of_birth".utf8) + Self.nbsp
            + Array(",address_line,town,postcode,role,team,start_date\n".utf8)
        let path = try dir.write("roster.csv", bytes: header + Array("E1,Ann,Lee,15/01/2001,,,,,,\n".utf8))
        var reader = try ExtractReader<Employee>(path: path)
        let batch = try #require(try reader.nextBatch())
        #expect(batch.records.first?.dateOfBirth == CalendarDate(year: 2001, month: 1, day: 15))
    }

    @Test("a non-breaking space inside a value stays, and one alone is an empty value")
    func insideAndAlone() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let header =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
        let row =
            Array("R1,crime,,,,Mary".utf8) + Self.nbsp + Array("Ann,Lee,".utf8) + Self.nbsp
            + Array(",,,\n".utf8)
        var reader = try ExtractReader<PersonRecord>(path: try dir.write("r.csv", bytes: Array(header.utf8) + row))
        let record = try #require(try reader.nextBatch()?.records.first)
        #expect(record.forenames == "Mary\u{00A0}Ann" && record.dateOfBirth == nil)
    }
}
