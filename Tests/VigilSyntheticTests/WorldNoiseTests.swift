import Foundation
import Testing
import VigilSynthetic

/// Corruptions and hard negatives appear at roughly the requested rates.
@Suite struct WorldNoiseTests {
    @Test("about 2% of person records concern employees, and some employees appear more than once")
    func employeeShare() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let truth = try CSVTable(path: world.directory + "/truth_person.csv")
        let share = Double(truth.rows.count) / 5_000
        #expect(share > 0.012 && share < 0.03, "employee share \(share)")
        let employees = truth.column("employee_id")
        #expect(Set(employees).count < employees.count)
    }

    @Test("about a fifth of person records have no date of birth, and placeholders occur")
    func datesOfBirth() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let dates = try CSVTable(path: world.directory + "/person_records.csv").column("date_of_birth")
        let missing = Double(dates.filter(\.isEmpty).count) / Double(dates.count)
        #expect(missing > 0.17 && missing < 0.23, "missing DOB share \(missing)")
        #expect(dates.contains("1900-01-01"))
        #expect(dates.contains { $0.contains("/") })
        #expect(world.summary.count(.missingDateOfBirth) == dates.filter(\.isEmpty).count)
    }

    @Test("each corruption is applied at about its configured rate")
    func corruptionRates() throws {
        var parameters = WorldParameters(employees: 400, personRecords: 20_000, seed: 31)
        parameters.employeeRecordShare = 0.05
        let world = try WorldFixture.generate(parameters)
        defer { WorldFixture.remove(world.directory) }
        let records = Double(world.summary.personRecords)
        let rates = parameters.corruption
        let unconditional: [(Corruption, Double)] = [
            (.forenameTypo, rates.forenameTypo), (.surnameTypo, rates.surnameTypo),
            (.namesSwapped, rates.namesSwapped), (.uppercase, rates.uppercase),
            (.missingDateOfBirth, rates.missingDateOfBirth), (.blankAddress, rates.blankAddress),
            (.titleInForenames, rates.titleInForenames),
        ]
        for (corruption, rate) in unconditional {
            let observed = Double(world.summary.count(corruption)) / records
            #expect(abs(observed - rate) < max(0.01, rate * 0.25), "\(corruption): \(observed) vs \(rate)")
        }
        let conditional: [Corruption] = [
            .nickname, .muhammadSpelling, .muhammadDropped, .maidenBeforeMarriage, .maidenAfterMarriage,
            .hyphenHalf, .diacriticsStripped, .abbreviation, .flatOmitted, .missingPostcode, .postcodeFormat,
            .placeholderName, .placeholderDateOfBirth, .dateOfBirthError, .formerAddress,
        ]
        for corruption in conditional {
            #expect(world.summary.count(corruption) > 0, "\(corruption) never applied")
        }
        #expect(world.summary.employeeRecordCorruptions["placeholderName"] == 0)
    }

    @Test("hard negatives exist around employees in the expected numbers")
    func hardNegativePeople() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let people = world.summary.hardNegativePeople
        #expect(people["relative", default: 0] > 100)
        #expect(people["namesake", default: 0] >= 3)
        #expect(people["sameNameNeighbour", default: 0] >= 2)
        #expect(people["twin", default: 0] >= 1)
        let records = world.summary.hardNegativeRecords.values.reduce(0, +)
        // 0.4% of 5,000 records by default: about 20.
        #expect(records > 8 && records < 40, "hard-negative records \(records)")
        #expect(world.summary.employeesWhoMoved > 15 && world.summary.employeesWhoMoved < 50)
        #expect(world.summary.employeesWithPreviousSurname > 0)
    }

    @Test("the name mix is West-Midlands-like: Khan, Singh, Kaur and Smith are among the commonest")
    func nameMix() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let table = try CSVTable(path: world.directory + "/person_records.csv")
        var counts: [String: Int] = [:]
        for surname in table.column("surname") { counts[surname.uppercased(), default: 0] += 1 }
        let top = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(12)
        for name in ["KHAN", "SINGH", "KAUR", "SMITH"] {
            #expect(top.contains { $0.key == name }, "\(name) not among \(top.map(\.key))")
        }
        let forenames = table.column("forenames").map { $0.uppercased() }
        let muhammads = forenames.filter {
            ["MUHAMMAD", "MOHAMMED", "MOHAMMAD", "MOHAMED"].contains($0.split(separator: " ").first ?? "")
        }
        #expect(muhammads.count > 50)
        #expect(forenames.contains { $0.split(separator: " ").count == 2 })
    }
}
