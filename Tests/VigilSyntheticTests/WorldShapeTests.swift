import Foundation
import Testing
import VigilSynthetic

/// Sizes, columns and formats of the files a world is written as.
@Suite struct WorldShapeTests {
    @Test("the requested numbers of employees, records and incident locations are written")
    func requestedCountsHonoured() throws {
        let parameters = WorldParameters(employees: 150, personRecords: 3_001, incidentLocations: 123, seed: 5)
        let world = try WorldFixture.generate(parameters)
        defer { WorldFixture.remove(world.directory) }
        #expect(try CSVTable(path: world.directory + "/roster.csv").rows.count == 150)
        #expect(try CSVTable(path: world.directory + "/person_records.csv").rows.count == 3_001)
        #expect(try CSVTable(path: world.directory + "/incident_locations.csv").rows.count == 123)
        #expect(world.summary.employees == 150)
        #expect(world.summary.personRecords == 3_001)
        #expect(world.summary.incidentLocations == 123)
    }

    @Test("incident locations default to a tenth of the person records")
    func incidentDefault() {
        #expect(WorldParameters(employees: 10, personRecords: 5_000, seed: 1).incidentLocations == 500)
    }

    @Test("an empty world still writes every file with its header")
    func emptyWorld() throws {
        let world = try WorldFixture.generate(WorldParameters(employees: 0, personRecords: 0, seed: 3))
        defer { WorldFixture.remove(world.directory) }
        let records = try CSVTable(path: world.directory + "/person_records.csv")
        #expect(records.rows.isEmpty)
        #expect(records.header.first == "record_id")
        #expect(try CSVTable(path: world.directory + "/truth_address.csv").header == ["incident_id", "employee_id"])
    }

    @Test("the files carry the canonical columns in order")
    func canonicalColumns() throws {
        let world = try WorldFixture.generate(WorldParameters(employees: 20, personRecords: 200, seed: 9))
        defer { WorldFixture.remove(world.directory) }
        let expected: [String: [String]] = [
            "roster.csv": [
                "employee_id", "forenames", "surname", "date_of_birth", "address_line", "town", "postcode", "role",
                "team", "start_date", "previous_surnames", "uprn",
            ],
            "person_records.csv": [
                "record_id", "source", "event_id", "event_date", "role", "forenames", "surname", "date_of_birth",
                "address_line", "town", "postcode", "uprn",
            ],
            "incident_locations.csv": [
                "incident_id", "event_date", "incident_type", "address_line", "town", "postcode", "uprn",
            ],
            "truth_person.csv": ["record_id", "employee_id"],
        ]
        for (file, columns) in expected {
            let table = try CSVTable(path: world.directory + "/" + file)
            #expect(table.header == columns, "\(file)")
            #expect(table.rows.allSatisfy { $0.count == columns.count }, "\(file) has a ragged row")
        }
    }

    @Test("every postcode is a valid UK format once spacing and case are normalised")
    func postcodesAreValid() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let format = try Regex("^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}$")
        var normalForm = 0
        for file in ["roster.csv", "person_records.csv", "incident_locations.csv"] {
            for postcode in try CSVTable(path: world.directory + "/" + file).column("postcode") where !postcode.isEmpty
            {
                let compact = postcode.uppercased().filter { $0 != " " }
                let normalised = compact.dropLast(3) + " " + compact.suffix(3)
                #expect(normalised.wholeMatch(of: format) != nil, "\(file): \(postcode)")
                if postcode == normalised { normalForm += 1 }
            }
        }
        #expect(normalForm > 4_000)
    }

    @Test("roster dates are ISO and employees start work after eighteen")
    func rosterDates() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let roster = try CSVTable(path: world.directory + "/roster.csv")
        let iso = try Regex("^(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]$")
        for row in roster.rows {
            #expect(row[3].wholeMatch(of: iso) != nil && row[9].wholeMatch(of: iso) != nil, "\(row)")
            let born = Int(row[3].prefix(4))!
            let started = Int(row[9].prefix(4))!
            #expect(started >= max(1990, born + 18) && started <= 2026, "\(row)")
        }
        let roles = Set(roster.column("role"))
        #expect(roles.isSuperset(of: ["police officer", "police staff"]))
        #expect(roster.column("uprn").filter { !$0.isEmpty }.allSatisfy { $0.count == 12 })
    }
}
