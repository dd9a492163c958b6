import Foundation
import Testing
import VigilCore

@testable import VigilIngest

private let rosterHeader =
    "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date\n"

/// Reads a canonical roster whose rows differ only in their date of birth, under a mapping's YAML.
private func readDatesOfBirth(
    _ values: [String],
    yaml: String
) throws -> (employees: [Employee], rejects: [RejectedRow], summary: IngestSummary) {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let rows = values.enumerated().map { "E\($0.offset),Ann,Lee,\($0.element),,,,,,\n" }.joined()
    let path = try dir.write("roster.csv", rosterHeader + rows)
    var reader = try ExtractReader<Employee>(path: path, mapping: ColumnMapping.parse(yaml: yaml, file: "m.yaml"))
    var employees: [Employee] = []
    var rejects: [RejectedRow] = []
    while let batch = try reader.nextBatch(maxRows: 3) {
        employees += batch.records
        rejects += batch.rejects
    }
    return (employees, rejects, reader.summary)
}

@Suite struct DateFormatMappingTests {
    static let march7 = CalendarDate(year: 1984, month: 3, day: 7)!

    @Test(
        "every date format name that docs/mapping.md documents loads, in any case",
        arguments: [
            ("ISO", DateFormat.iso), ("iso", .iso), ("YYYY-MM-DD", .iso), ("DD/MM/YYYY", .dayMonthYear),
            ("dd-mmm-yyyy", .dayMonthNameYear), ("DD-MMM-YYYY", .dayMonthNameYear), ("YYYYMMDD", .compact),
            ("auto", .automatic), ("AUTO", .automatic),
        ]
    )
    func mappingNames(name: String, format: DateFormat) throws {
        #expect(DateFormat(mappingName: name) == format)
        let mapping = try ColumnMapping.parse(yaml: "kind: roster\ndates:\n  date_of_birth: \(name)\n", file: "m.yaml")
        #expect(mapping.dateFormat(of: "date_of_birth") == format)
    }

    @Test("an unmapped date field is recognised automatically")
    func automaticByDefault() {
        #expect(ColumnMapping.canonical(.roster).dateFormat(of: "start_date") == .automatic)
    }

    @Test("an unknown date format name is an error that lists the names a mapping accepts")
    func unknownName() throws {
        #expect(DateFormat(mappingName: "MM/DD/YYYY") == nil)
        let error = try #require(throws: IngestError.self) {
            _ = try ColumnMapping.parse(yaml: "kind: roster\ndates:\n  date_of_birth: MM/DD/YYYY\n", file: "m.yaml")
        }
        #expect(
            error.message
                == "unknown date format 'MM/DD/YYYY' (expected one of ISO, YYYY-MM-DD, DD/MM/YYYY, DD-MMM-YYYY, "
                + "YYYYMMDD, auto)"
        )
    }

    @Test(
        "each named format reads its dates, and ISO ignores a time part after T or a space",
        arguments: [
            ("ISO", "1984-03-07"), ("ISO", "1984-03-07T09:30:00"), ("ISO", "1984-03-07 09:30:00.000"),
            ("ISO", "1984-03-07T09:30:00Z"), ("ISO", "1984-03-07T09:30:00+01:00"), ("ISO", "1984-03-07T09:30-0500"),
            ("YYYY-MM-DD", "1984-03-07"), ("DD/MM/YYYY", "07/03/1984"), ("DD/MM/YYYY", "7/3/1984"),
            ("DD-MMM-YYYY", "07-MAR-1984"), ("DD-MMM-YYYY", "07-Mar-1984"), ("YYYYMMDD", "19840307"),
            ("auto", "1984-03-07T00:00:00"), ("auto", "07/03/1984"), ("auto", "07-MAR-1984"), ("auto", "19840307"),
        ]
    )
    func namedFormats(name: String, value: String) throws {
        let read = try readDatesOfBirth([value], yaml: "kind: roster\ndates:\n  date_of_birth: \(name)\n")
        #expect(read.rejects.isEmpty, "\(read.rejects)")
        #expect(read.employees.first?.dateOfBirth == Self.march7)
    }

    @Test(
        "placeholder dates are missing, not rejected, in every format",
        arguments: ["ISO", "DD/MM/YYYY", "DD-MMM-YYYY", "YYYYMMDD", "auto"]
    )
    func placeholders(name: String) throws {
        let values = [
            "", "UNKNOWN", "Unknown", "N/K", "NK", "N/A", "NA", "NULL", "00/00/0000", "0000-00-00", "00000000",
        ]
        let read = try readDatesOfBirth(values, yaml: "kind: roster\ndates:\n  date_of_birth: \(name)\n")
        #expect(read.rejects.isEmpty, "\(read.rejects.map(\.reason))")
        #expect(read.employees.count == values.count)
        #expect(read.employees.allSatisfy { $0.dateOfBirth == nil })
        #expect(read.summary.invalidDatesKeptAsMissing == 0)
    }

    @Test("1 January 1900 is a real date, passed on for the engine to judge")
    func newYear1900() throws {
        let read = try readDatesOfBirth(["01/01/1900"], yaml: "kind: roster\n")
        #expect(read.employees.first?.dateOfBirth == CalendarDate(year: 1900, month: 1, day: 1))
    }

    @Test("an invalid date under a renamed column names the extract's column and quotes the value")
    func rejectReasons() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let yaml = "kind: roster\ncolumns:\n  date_of_birth: DOB\ndates:\n  date_of_birth: DD/MM/YYYY\n"
        let csv =
            "employee_id,forenames,surname,DOB,address_line,town,postcode,role,team,start_date\n"
            + "E1,Ann,Lee,31/02/1980,,,,,,\nE2,Bob,Ray,07/03/84,,,,,,\nE3,Cy,Oh,1984-03-07,,,,,,\n"
        let path = try dir.write("roster.csv", csv)
        var reader = try ExtractReader<Employee>(path: path, mapping: ColumnMapping.parse(yaml: yaml, file: "m.yaml"))
        let batch = try #require(try reader.nextBatch())
        #expect(batch.records.isEmpty)
        #expect(batch.rejects.map(\.field) == ["DOB", "DOB", "DOB"])
        #expect(batch.rejects.map(\.kind) == [.invalidDate, .invalidDate, .invalidDate])
        #expect(
            batch.rejects.map(\.reason) == [
                "invalid date_of_birth '31/02/1980': 31 February does not exist",
                "invalid date_of_birth '07/03/84': the year has 2 digits; two-digit years are ambiguous",
                "invalid date_of_birth '1984-03-07': \"1984-03-07\" is not a date in DD/MM/YYYY form",
            ]
        )
    }

    @Test("on_invalid_date: missing keeps rows with impossible dates and counts them")
    func invalidKeptAsMissing() throws {
        let yaml = "kind: roster\ndates:\n  date_of_birth: YYYYMMDD\non_invalid_date: missing\n"
        let read = try readDatesOfBirth(["19450493", "19840307", "1984-03-07", "UNKNOWN"], yaml: yaml)
        #expect(read.rejects.isEmpty)
        #expect(read.employees.map(\.dateOfBirth) == [nil, Self.march7, nil, nil])
        #expect(read.summary.invalidDatesKeptAsMissing == 2)
    }

    @Test("a partial date of birth keeps its row with the date missing, counted, even where invalid dates are rejected")
    func partialDatesKept() throws {
        let yaml = "kind: roster\ndates:\n  date_of_birth: DD/MM/YYYY\n"
        let read = try readDatesOfBirth(["1990", "03/1990", "07/03/1984", "31/02/1980"], yaml: yaml)
        #expect(read.employees.map(\.dateOfBirth) == [nil, nil, Self.march7])
        #expect(read.summary.invalidDatesKeptAsMissing == 2)
        #expect(read.rejects.map(\.reason) == ["invalid date_of_birth '31/02/1980': 31 February does not exist"])
    }
}
