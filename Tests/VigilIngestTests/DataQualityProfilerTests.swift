import Foundation
import Testing
import VigilCore

@testable import VigilIngest

private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
    CalendarDate(year: year, month: month, day: day)
}

private func employee(
    _ id: String,
    forenames: String = "Ann",
    surname: String = "Lee",
    dateOfBirth: CalendarDate? = CalendarDate(year: 1984, month: 3, day: 7),
    addressLine: String = "1 High St",
    postcode: String = "DY1 1AA"
) -> Employee {
    Employee(
        employeeID: id,
        forenames: forenames,
        surname: surname,
        dateOfBirth: dateOfBirth,
        addressLine: addressLine,
        town: "Dudley",
        postcode: postcode,
        role: "PC",
        team: "Response",
        startDate: CalendarDate(year: 2010, month: 9, day: 1),
        uprn: "100071234567"
    )
}

private func reject(_ kind: RejectedRow.Kind, line: Int = 2) -> RejectedRow {
    RejectedRow(file: "roster.csv", line: line, field: nil, kind: kind, reason: "test", raw: "")
}

@Suite struct DataQualityProfilerTests {
    @Test("rows read, rows accepted and rejects by reason come from the records and rejects fed")
    func rowsAndRejects() {
        var batch = ExtractBatch<Employee>()
        batch.records = [employee("E1"), employee("E2"), employee("E3")]
        batch.rejects = [reject(.duplicateID), reject(.duplicateID, line: 5), reject(.invalidDate)]
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster)
        profiler.add(batch)
        let report = profiler.report()
        #expect(report.rowsRead == 6 && report.rowsAccepted == 3 && report.rowsProfiled == 3)
        #expect(report.rejectsByReason == ["duplicate id": 2, "invalid date": 1])
        #expect(report.duplicateIDs == 2)
        #expect(report.rowsRejected == 3 && report.rejectRate == 0.5)
    }

    @Test("reader summaries replace the counted rows and rejects, and several add up")
    func summariesTakePrecedence() {
        var profiler = DataQualityProfiler(source: "crime", file: "crime.csv", kind: .personRecords)
        profiler.add(reject(.missingID))
        var first = IngestSummary(file: "crime-1.csv")
        first.rowsRead = 10
        first.rowsAccepted = 9
        first.rejectsByKind = [.duplicateID: 1]
        first.invalidDatesKeptAsMissing = 2
        var second = IngestSummary(file: "crime-2.csv")
        second.rowsRead = 5
        second.rowsAccepted = 4
        second.rejectsByKind = [.duplicateID: 1]
        profiler.add(first)
        profiler.add(second)
        let report = profiler.report()
        #expect(report.rowsRead == 15 && report.rowsAccepted == 13)
        #expect(report.rejectsByReason == ["duplicate id": 2])
        #expect(report.invalidDatesKeptAsMissing == 2)
    }

    @Test("empty and placeholder names both count as missing, placeholders apart, with their text")
    func placeholderNames() throws {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster)
        profiler.add(employee("E1", forenames: "", surname: "Lee"))
        profiler.add(employee("E2", forenames: "UNKNOWN", surname: "Not Known"))
        profiler.add(employee("E3", forenames: "Mr", surname: "unknown"))
        profiler.add(employee("E4", forenames: "Mary Jane", surname: "  "))
        let report = profiler.report()
        let forenames = try #require(report.field("forenames"))
        #expect(forenames.empty == 1 && forenames.placeholder == 2 && forenames.missing == 3)
        #expect(forenames.missingRate == 0.75)
        let surname = try #require(report.field("surname"))
        #expect(surname.empty == 1 && surname.placeholder == 2)
        #expect(report.topPlaceholderNames.first == .init(value: "UNKNOWN", count: 2))
        #expect(report.topPlaceholderNames.contains(.init(value: "NOT KNOWN", count: 1)))
        #expect(report.topForenames == [.init(value: "MARY", count: 1)])
    }

    @Test("a missing date is empty and a date in 1901 or earlier is a placeholder; both are missing")
    func placeholderDates() throws {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster)
        profiler.add(employee("E1", dateOfBirth: nil))
        profiler.add(employee("E2", dateOfBirth: date(1900, 1, 1)))
        profiler.add(employee("E3", dateOfBirth: date(1901, 6, 2)))
        profiler.add(employee("E4", dateOfBirth: date(1902, 6, 2)))
        let dob = try #require(profiler.report().field("date_of_birth"))
        #expect(dob.empty == 1 && dob.placeholder == 2 && dob.missing == 3 && dob.rows == 4)
    }

    @Test("dates of birth on 1 January, in 1900/1901 and bunched on one day are measured as spikes")
    func dateOfBirthSpikes() throws {
        var profiler = DataQualityProfiler(source: "crime", file: "crime.csv", kind: .personRecords)
        var dates: [CalendarDate?] = []
        // 1980: one date of birth on each of the first 100 days (1 January among them).
        dates += (0..<100).map { date(1980, 1 + $0 / 28, 1 + $0 % 28) }
        dates += Array(repeating: date(1975, 6, 15), count: 12)  // a default someone typed
        dates += (1...8).map { date(1975, 3, $0) }
        dates += Array(repeating: date(1900, 1, 1), count: 6)
        dates += Array(repeating: date(1901, 1, 1), count: 4)
        for (index, dob) in dates.enumerated() {
            profiler.add(
                PersonRecord(recordID: "R\(index)", source: .crime, forenames: "A", surname: "B", dateOfBirth: dob)
            )
        }
        let quality = try #require(profiler.report().dateOfBirth)
        #expect(quality.present == 130)
        #expect(quality.januaryFirst == 11 && quality.placeholderYear == 10)
        #expect(quality.suspect == 11 + 12)
        // Four on 1901-01-01 are too few to be a spike, though they count as placeholders.
        #expect(quality.spikes.map(\.date) == ["1975-06-15", "1900-01-01"])
        let spike = try #require(quality.spikes.first)
        #expect(spike.count == 12 && abs(spike.expectedCount - 20.0 / 365) < 1e-9)
        #expect(abs(quality.januaryFirstRate - 11.0 / 130) < 1e-12)
    }

    @Test("event dates and dates of birth after the day read are counted, with the latest, and printed")
    func datesAfterTheDayRead() throws {
        let readDay = try #require(date(2026, 12, 1))
        var profiler = DataQualityProfiler(source: "crime", file: "crime.csv", kind: .personRecords, readDay: readDay)
        let rows: [(CalendarDate?, CalendarDate?)] = [
            (date(2026, 12, 1), date(1980, 5, 2)),  // the day read itself is not later
            (date(2062, 11, 30), date(1980, 5, 2)),  // a year typed 2062 for 2026
            (date(2027, 1, 3), date(2031, 4, 4)),  // a birth not yet due
            (date(2019, 3, 3), nil),
        ]
        for (index, row) in rows.enumerated() {
            profiler.add(
                PersonRecord(
                    recordID: "R\(index)",
                    source: .crime,
                    eventDate: row.0,
                    forenames: "A",
                    surname: "B",
                    dateOfBirth: row.1
                )
            )
        }
        let report = profiler.report()
        let events = try #require(report.eventDate)
        #expect(events.afterReadDay == 2 && events.latestAfterReadDay == "2062-11-30")
        let births = try #require(report.dateOfBirth)
        #expect(births.afterReadDay == 1 && births.latestAfterReadDay == "2031-04-04")
        #expect(report.text().contains("later than the day read: 2 (latest 2062-11-30)"))

        var undated = DataQualityProfiler(source: "crime", file: "crime.csv", kind: .personRecords)
        undated.add(
            PersonRecord(
                recordID: "R1",
                source: .crime,
                eventDate: date(2062, 11, 30),
                forenames: "A",
                surname: "B",
                dateOfBirth: nil
            )
        )
        #expect(undated.report().eventDate?.afterReadDay == 0)
        #expect(!undated.report().text().contains("later than the day read"))
    }

    @Test("a date report stored before dates after the day read were counted still decodes, with none")
    func olderDateReportDecodes() throws {
        let json = #"{"field":"event_date","present":3,"januaryFirst":0,"placeholderYear":0,"suspect":0,"spikes":[]}"#
        let quality = try JSONDecoder().decode(DataQualityReport.DateQuality.self, from: Data(json.utf8))
        #expect(quality.present == 3 && quality.afterReadDay == 0 && quality.latestAfterReadDay == nil)
    }

    @Test("an even spread of dates of birth has no spike")
    func noSpikeWhenEven() throws {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster)
        for day in 0..<3_650 {
            let dob = CalendarDate(year: 1970 + day / 365, month: 1 + (day % 365) / 31, day: 1 + day % 28)
            profiler.add(employee("E\(day)", dateOfBirth: dob))
        }
        let quality = try #require(profiler.report().dateOfBirth)
        #expect(quality.spikes.isEmpty)
        #expect(quality.suspect == quality.januaryFirst)
    }

    @Test("a postcode is empty, a placeholder, invalid or valid; valid ones are counted normalised")
    func postcodes() throws {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster)
        for (index, postcode) in ["b11aa", "B1 1AA", "", "N/K", "ZZ99 3VZ", "XYZ 123", "WV10 0QP"].enumerated() {
            profiler.add(employee("E\(index)", postcode: postcode))
        }
        let report = profiler.report()
        let field = try #require(report.field("postcode"))
        #expect(field.empty == 1 && field.placeholder == 2 && field.invalid == 1 && field.missing == 3)
        #expect(report.invalidPostcodes == 1)
        #expect(report.topPostcodes == [.init(value: "B1 1AA", count: 2), .init(value: "WV10 0QP", count: 1)])
    }

    @Test("the most frequent names and address lines are normalised and ranked")
    func topNames() {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster, topCount: 2)
        let people = [
            ("Mary Jane", "Smith", "12 high street"), ("MARY", "smith ", "12 High Street."), ("Zoë", "O'Neil", "NFA"),
            ("zoe", "Smith", "3 Low Rd"), ("Mrs Mary", "Jones", "12, High Street"),
        ]
        for (index, person) in people.enumerated() {
            profiler.add(employee("E\(index)", forenames: person.0, surname: person.1, addressLine: person.2))
        }
        let report = profiler.report()
        #expect(report.topForenames == [.init(value: "MARY", count: 3), .init(value: "ZOE", count: 2)])
        #expect(report.topSurnames == [.init(value: "SMITH", count: 3), .init(value: "JONES", count: 1)])
        #expect(report.topAddressLines.first == .init(value: "12 HIGH STREET", count: 3))
        #expect(report.field("address_line")?.placeholder == 1)
        #expect(report.topAddressLines.count == 2)
    }

    @Test("the profiler's name, postcode and address counters stay at their cap on a stream of distinct values")
    func boundedSketches() {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster, sketchCapacity: 64)
        for index in 0..<5_000 {
            let letters = String(index, radix: 26).map { Character(UnicodeScalar(UInt8($0.hexDigitValue ?? 0) + 65)) }
            let name = "BQ" + String(letters)
            profiler.add(employee("E\(index)", forenames: name, surname: name, addressLine: "\(index) High St"))
        }
        #expect(profiler.forenames.counterCount == 64 && profiler.surnames.counterCount == 64)
        #expect(profiler.addressLines.counterCount == 64 && profiler.surnames.total == 5_000)
        #expect(profiler.report().topSurnames.count == 10)
    }

    @Test("placeholder text, towns and addresses are told from real values that look a little like them")
    func placeholderText() {
        var profiler = DataQualityProfiler(source: "crime", file: "crime.csv", kind: .personRecords)
        let rows = [
            ("N/A", "NFA, Birmingham", "Unknown"), ("not known", "No Fixed Abode", "B'ham"),
            ("-", "12 Nfa Road", "N/K"),
            ("suspect", "Rose Cottage", "Dudley"),
        ]
        for (index, row) in rows.enumerated() {
            profiler.add(
                PersonRecord(
                    recordID: "R\(index)",
                    source: .crime,
                    role: row.0,
                    forenames: "Ann",
                    surname: "Lee",
                    dateOfBirth: nil,
                    addressLine: row.1,
                    town: row.2
                )
            )
        }
        let report = profiler.report()
        #expect(report.field("role")?.placeholder == 3)
        #expect(report.field("address_line")?.placeholder == 2)
        #expect(report.field("town")?.placeholder == 2)
        #expect(report.topAddressLines.map(\.value) == ["12 NFA ROAD", "ROSE COTTAGE"])
    }

    @Test("incident locations are measured on their own fields, with event dates but no date of birth")
    func incidentLocations() throws {
        var profiler = DataQualityProfiler(source: "incident-locations", file: "inc.csv", kind: .incidentLocations)
        var batch = ExtractBatch<IncidentLocation>()
        batch.records = [
            IncidentLocation(incidentID: "I1", eventDate: date(2024, 5, 1), addressLine: "NFA", postcode: "B1 1AA"),
            IncidentLocation(incidentID: "I2", eventDate: nil, incidentType: "N/A", addressLine: "", postcode: "B11"),
            IncidentLocation(incidentID: "I3", eventDate: date(1900, 1, 1), addressLine: "2 Soho Rd"),
        ]
        batch.rejects = [reject(.missingAddress)]
        profiler.add(batch)
        let report = profiler.report()
        #expect(
            report.fields.map(\.field) == ["event_date", "incident_type", "address_line", "town", "postcode", "uprn"]
        )
        #expect(report.dateOfBirth == nil)
        let events = try #require(report.eventDate)
        #expect(events.present == 2 && events.placeholderYear == 1)
        #expect(report.field("event_date")?.missing == 2)
        #expect(report.field("incident_type")?.placeholder == 1)
        #expect(report.field("address_line")?.empty == 1 && report.field("address_line")?.placeholder == 1)
        // "B11" is an outward code alone: half a postcode, not an invalid one.
        #expect(report.invalidPostcodes == 0 && report.outwardCodeOnlyPostcodes == 1)
        #expect(report.topPostcodes.map(\.value) == ["B1 1AA"])
        #expect(report.rejectsByReason == ["missing address": 1] && report.rowsRead == 4)
        #expect(report.topForenames.isEmpty && report.topSurnames.isEmpty)
    }

    @Test("a roster read from a CSV file is profiled batch by batch, duplicate ids counted from the summary")
    func fromExtractReader() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(
            "roster.csv",
            "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date\n"
                + "E1,Ann,Lee,01/01/1900,1 High St,Dudley,DY1 1AA,PC,Response,2010-09-01\n"
                + "E1,Ann,Lee,07/03/1984,1 High St,Dudley,DY1 1AA,PC,Response,2010-09-01\n"
                + "E2,UNKNOWN,Ray,,2 Low Rd,Dudley,N/K,PC,,2011-09-01\n"
        )
        var reader = try ExtractReader<Employee>(path: path)
        var profiler = DataQualityProfiler(source: "roster", file: path, kind: .roster)
        while let batch = try reader.nextBatch(maxRows: 1) {
            profiler.add(batch)
        }
        profiler.add(reader.summary)
        let report = profiler.report()
        #expect(report.rowsRead == 3 && report.rowsAccepted == 2 && report.duplicateIDs == 1)
        #expect(report.field("date_of_birth")?.missing == 2)
        #expect(report.field("forenames")?.placeholder == 1 && report.field("team")?.empty == 1)
        #expect(report.field("postcode")?.placeholder == 1)
    }
}
