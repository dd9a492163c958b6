import Foundation
import Testing

/// What training learns for the partial-agreement levels (nicknames, spelling variants, swapped names) on
/// the shared small world, checked against the world's ground truth.
///
/// Training once learned the names' m only from matches away from the employee's house, one in eight of
/// them; the nickname, spelling and swap levels saw none, fell to the 1e-6 floor and weighed about −10, so
/// "Mohamed IQBAL" with the same birthday and address scored 4% against employee "Mohammed IQBAL".
@Suite struct TrainedLevelsTests {
    /// One row of `evaluate --check-m --json`.
    struct LevelShare {
        let comparison: String
        let level: String
        let m: Double
        let observedShare: Double
        let observedPairs: Int
    }

    @Test("every name agreement level seen on five or more true pairs has m within a factor of two of its share")
    func nameLevelsNearTruth() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.evaluatePeople(
            "--check-m",
            "--json"
        )
        #expect(run.status == 0, "\(run)")
        let shares = try levelShares(run.standardOutput)
        let disagreements: Set<String> = ["other", "not_swapped"]
        let checked = shares.filter {
            ["forename", "surname", "name_swap"].contains($0.comparison) && !disagreements.contains($0.level)
                && $0.observedPairs >= 5
        }
        #expect(
            checked.contains { $0.comparison == "forename" && $0.level == "variant" },
            "the nickname level is checked"
        )
        for share in checked {
            #expect(
                share.m <= 2 * share.observedShare && share.m >= share.observedShare / 2,
                "\(share.comparison) \(share.level): m \(share.m), observed \(share.observedShare)"
            )
        }
    }

    @Test("no person level is left at the probability floor")
    func noLevelAtTheFloor() async throws {
        let world = try await TrainedWorld.shared()
        let model = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: world.model)))
        let person = try #require((model as? [String: Any])?["person"] as? [String: Any])
        let comparisons = try #require(person["comparisons"] as? [[String: Any]])
        for comparison in comparisons {
            let levels = try #require(comparison["levels"] as? [[String: Any]])
            for level in levels {
                let m = try #require(level["m"] as? Double)
                #expect(m > 1e-5, "\(comparison["name"] ?? "") \(level["name"] ?? ""): m \(m)")
            }
        }
    }

    @Test("a Muhammad spelling with the same date of birth and address links above 0.9")
    func muhammadSpellingLinks() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let roster = try directory.write(
            "roster.csv",
            """
            employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date
            E200,Mohammed,Iqbal,1990-11-03,7 Coventry Street,Coventry,CV1 2AB,Staff,Contact Centre,2021-03-15

            """
        )
        let records = try directory.write(
            "records.csv",
            """
            record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode
            I1,intelligence,IR-9,2025-01-20,subject,Mohamed,Iqbal,1990-11-03,7 Coventry St,Coventry,CV12AB

            """
        )
        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            roster,
            "--records",
            records,
            "--threshold",
            "0.01"
        )
        #expect(run.status == 0, "\(run)")
        let match = try #require(CSVText(run.output).records.first, "the record is linked")
        #expect(match["employee_id"] == "E200")
        let probability = try #require(match["match_probability"].flatMap(Double.init))
        #expect(probability > 0.9, "match probability \(probability)")
    }

    private func levelShares(_ data: Data) throws -> [LevelShare] {
        let reports = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let person = try #require(reports.first { $0["kind"] as? String == "person" })
        let rows = try #require(person["trueLevelShares"] as? [[String: Any]], "--check-m adds the rows")
        return try rows.map { row in
            LevelShare(
                comparison: try #require(row["comparison"] as? String),
                level: try #require(row["level"] as? String),
                m: try #require(row["m"] as? Double),
                observedShare: try #require(row["observedShare"] as? Double),
                observedPairs: try #require(row["observedPairs"] as? Int)
            )
        }
    }
}
