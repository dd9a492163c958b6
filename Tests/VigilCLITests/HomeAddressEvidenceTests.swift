import Foundation
import Testing

/// Home-address matches must rest on the whole address: the same number on another street, or in
/// another postcode, is not the employee's home, whatever training saw.
@Suite struct HomeAddressEvidenceTests {
    @Test("an incident at the employee's number on another street in their postcode is not their home")
    func sameNumberOtherStreet() async throws {
        let world = try await TrainedWorld.shared()
        let roster = try CSVText(contentsOf: world.roster)
        // An employee at a plain numbered house with a postcode: "12 Acacia Avenue".
        let home = try #require(
            roster.records.first { row in
                let line = row["address_line"] ?? ""
                return line.first?.isNumber == true && !line.contains(",") && !(row["postcode"] ?? "").isEmpty
                    && line.split(separator: " ").count >= 3
            },
            "the shared world has no employee at a numbered house"
        )
        let line = home["address_line"] ?? ""
        let number = line.split(separator: " ")[0]
        let town = home["town"] ?? ""
        let postcode = home["postcode"] ?? ""
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let locations = try directory.write(
            "locations.csv",
            """
            incident_id,event_date,incident_type,address_line,town,postcode
            AT-HOME,2024-01-01,Burglary,\(line),\(town),\(postcode)
            OTHER-STREET,2024-01-01,Burglary,\(number) Quixotic Parade,\(town),\(postcode)

            """
        )
        let out = directory.path("homes.csv")
        let run = try await directory.vigil(arguments: [
            "link", "--model", world.model, "--roster", world.roster, "--locations", locations, "--out", out,
        ])
        #expect(run.status == 0, "\(run)")
        let matches = try CSVText(contentsOf: out).records
        let atHome = matches.filter { $0["record_id"] == "AT-HOME" }
        #expect(atHome.contains { $0["employee_id"] == home["employee_id"] }, "\(matches)")
        #expect(!matches.contains { $0["record_id"] == "OTHER-STREET" }, "\(matches)")
    }
}
