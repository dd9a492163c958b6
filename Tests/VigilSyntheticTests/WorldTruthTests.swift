import Foundation
import Testing
import VigilSynthetic

/// Truth checked field by field in a world without corruption, where every difference is explainable.
@Suite struct WorldTruthTests {
    static func cleanWorld() throws -> (directory: String, summary: WorldSummary) {
        var parameters = WorldFixture.parameters(seed: 77)
        parameters.corruption = .none
        parameters.hardNegativeRecordShare = 0.03
        return try WorldFixture.generate(parameters)
    }

    @Test("every truth id names a row that exists in the roster and the records")
    func truthIdsExist() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let roster = Set(try CSVTable(path: world.directory + "/roster.csv").column("employee_id"))
        let records = Set(try CSVTable(path: world.directory + "/person_records.csv").column("record_id"))
        let incidents = Set(try CSVTable(path: world.directory + "/incident_locations.csv").column("incident_id"))
        let truthPerson = try CSVTable(path: world.directory + "/truth_person.csv")
        let truthAddress = try CSVTable(path: world.directory + "/truth_address.csv")
        #expect(truthPerson.rows.count == world.summary.employeePersonRecords)
        #expect(truthAddress.rows.count == world.summary.truthAddressLinks)
        #expect(!truthPerson.rows.isEmpty && !truthAddress.rows.isEmpty)
        #expect(truthPerson.column("record_id").allSatisfy(records.contains))
        #expect(truthPerson.column("employee_id").allSatisfy(roster.contains))
        #expect(truthAddress.column("incident_id").allSatisfy(incidents.contains))
        #expect(truthAddress.column("employee_id").allSatisfy(roster.contains))
        #expect(Set(truthPerson.column("record_id")).count == truthPerson.rows.count)
    }

    @Test("a true link agrees with HR on forename and birth date, and on surname and address or their past")
    func truthAgreesWithRoster() throws {
        let world = try Self.cleanWorld()
        defer { WorldFixture.remove(world.directory) }
        let roster = try RosterIndex(directory: world.directory)
        let records = try RecordIndex(directory: world.directory)
        var former = 0
        var maiden = 0
        for row in try CSVTable(path: world.directory + "/truth_person.csv").rows {
            let employee = try #require(roster.byID[row[1]])
            let record = try #require(records.byID[row[0]])
            #expect(record.forename == employee.forename, "\(row)")
            #expect(record.dateOfBirth == employee.dateOfBirth, "\(row)")
            #expect(record.surname == employee.surname || record.surname == employee.previousSurname, "\(row)")
            if record.surname != employee.surname { maiden += 1 }
            if record.addressLine != employee.addressLine { former += 1 }
        }
        #expect(former == world.summary.employeeRecordCorruptions["formerAddress"])
        #expect(maiden <= world.summary.employeeRecordCorruptions["maidenBeforeMarriage"] ?? 0)
    }

    @Test("twins, relatives, namesakes and same-name neighbours appear in records but never in truth")
    func hardNegativesAreNotTruth() throws {
        let world = try Self.cleanWorld()
        defer { WorldFixture.remove(world.directory) }
        let roster = try RosterIndex(directory: world.directory)
        let records = try RecordIndex(directory: world.directory)
        let truth = Set(try CSVTable(path: world.directory + "/truth_person.csv").column("record_id"))
        var twins = 0
        var relatives = 0
        var namesakes = 0
        for record in records.byID.values where !truth.contains(record.id) {
            for employee in roster.byID.values where record.surname == employee.surname {
                let sameHome = record.addressLine == employee.addressLine && record.postcode == employee.postcode
                let sameForename = record.forename == employee.forename
                let sameBirth = record.dateOfBirth == employee.dateOfBirth
                if sameHome && !sameForename && sameBirth { twins += 1 }
                if sameHome && !sameForename && !sameBirth { relatives += 1 }
                if !sameHome && sameForename && sameBirth { namesakes += 1 }
            }
        }
        for kind in ["relative", "twin", "namesake", "sameNameNeighbour"] {
            #expect(world.summary.hardNegativeRecordCount(kind) > 0, "no records of kind \(kind)")
        }
        #expect(twins > 0)
        #expect(relatives > 0)
        #expect(namesakes > 0)
        // Every record that agrees with an employee on everything is truth.
        for record in records.byID.values where !truth.contains(record.id) {
            let lookalike = roster.byID.values.contains {
                $0.forename == record.forename && $0.surname == record.surname
                    && $0.dateOfBirth == record.dateOfBirth && $0.addressLine == record.addressLine
            }
            #expect(!lookalike, "\(record.id) matches an employee exactly but is not truth")
        }
    }

    @Test("an incident at an employee's home is truth and carries that home's address")
    func addressTruthMatchesHome() throws {
        let world = try Self.cleanWorld()
        defer { WorldFixture.remove(world.directory) }
        let roster = try RosterIndex(directory: world.directory)
        let incidents = try CSVTable(path: world.directory + "/incident_locations.csv")
        let byID = Dictionary(uniqueKeysWithValues: incidents.rows.map { ($0[0], $0) })
        let truth = try CSVTable(path: world.directory + "/truth_address.csv")
        for row in truth.rows {
            let incident = try #require(byID[row[0]])
            let employee = try #require(roster.byID[row[1]])
            #expect(incident[3] == employee.addressLine && incident[5] == employee.postcode, "\(row)")
        }
        let truthIDs = Set(truth.column("incident_id"))
        let homes = Set(roster.byID.values.map { $0.addressLine + "|" + $0.postcode })
        for incident in incidents.rows where !truthIDs.contains(incident[0]) {
            #expect(!homes.contains(incident[3] + "|" + incident[5]), "\(incident[0]) is at a home but not truth")
        }
        #expect(world.summary.hardNegativeIncidents["neighbour", default: 0] > 0)
    }
}
