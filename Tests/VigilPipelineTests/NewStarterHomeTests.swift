import Foundation
import GRDB
import Testing
import VigilPipeline
import VigilStore

/// A new starter is checked against the stored incident locations by every key the home-address linker
/// blocks on — postcode and house, UPRN, and street, house and town — so an incident recorded at their
/// home without a postcode is found as it would be had they been there from the first day.
@Suite struct NewStarterHomeTests {
    static let noPostcode = "INC-3,2025-02-04,domestic,14 Elm Road,Birmingham,"

    func homeMatches(_ scenario: Scenario) throws -> [String] {
        try scenario.store().read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT l.incident_id || ' ' || m.employee_id FROM address_match m
                    JOIN incident_location l ON l.id = m.location_row ORDER BY 1
                    """
            )
        }
    }

    @Test("an employee who joins after an incident without a postcode at their home gets the same home match")
    func newStarterWithoutPostcode() async throws {
        let locations = [Scenario.ameliaHomeIncident, Scenario.elsewhereIncident, Self.noPostcode]
        var reference = try await Scenario(locations: locations)
        defer { reference.remove() }
        try reference.run()
        let expected = try homeMatches(reference)
        try #require(expected.contains("INC-3 E100"), "the linker matches the location without a postcode: \(expected)")

        var starter = try await Scenario(locations: locations)
        defer { starter.remove() }
        starter.roster.removeAll { $0.hasPrefix("E100,") }
        try starter.run()
        #expect(!(try homeMatches(starter)).contains { $0.hasSuffix(" E100") })
        starter.roster.append(Scenario.amelia)
        try starter.run()
        #expect(try homeMatches(starter) == expected)
    }

    @Test("locations stored before their street keys were kept are given them, and then found")
    func keysFiledForOlderLocations() async throws {
        let locations = [Scenario.ameliaHomeIncident, Scenario.elsewhereIncident, Self.noPostcode]
        var starter = try await Scenario(locations: locations)
        defer { starter.remove() }
        starter.roster.removeAll { $0.hasPrefix("E100,") }
        try starter.run()
        // As a store written by an older vigil holds them: the postcode key only.
        try starter.store().write { db in
            try db.execute(sql: "UPDATE incident_location SET uprn_key = NULL, street_key = NULL, keys_filed = 0")
        }
        starter.roster.append(Scenario.amelia)
        let joined = try starter.run()
        #expect(joined.counts["location keys filed"] == 3, "\(joined.counts)")
        #expect(try homeMatches(starter).contains("INC-3 E100"))
    }
}
