import Foundation
import Testing

/// `vigil evaluate` refuses a truth file with no pairs, and never reports an empty result as perfect.
@Suite struct EvaluateEmptyTruthTests {
    @Test("a header-only truth file, for people or for homes, is refused with exit 1, naming the file")
    func headerOnlyRefused() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let people = try directory.write("truth_h.csv", "record_id,employee_id\n")
        let run = try await directory.vigil(
            "evaluate",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            world.records,
            "--truth",
            people
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("truth_h.csv: the truth file lists no pairs"), "\(run)")
        #expect(run.output.isEmpty, "no figures: \(run.output)")

        let homes = try directory.write("homes_h.csv", "incident_id,employee_id\n")
        let address = try await directory.vigil(
            "evaluate",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--locations",
            world.locations,
            "--address-truth",
            homes
        )
        #expect(address.status == 1, "\(address)")
        #expect(address.standardError.contains("homes_h.csv: the truth file lists no pairs"), "\(address)")
    }

    @Test("true pairs that nothing matches give precision 0 and F1 0 at every threshold, and the text says why")
    func noTruePairMatched() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // Real records, each paired with an employee it is not matched to: every match is a false positive.
        let matches = try CSVText(contentsOf: world.matches).records.filter { $0["kind"] == "person" }
        let employees = Set(matches.compactMap { $0["employee_id"] })
        let lines = try matches.prefix(3).map { match in
            let wrong = try #require(employees.sorted().first { $0 != match["employee_id"] })
            return "\(match["record_id"] ?? ""),\(wrong)"
        }
        let truth = try directory.write("truth.csv", (["record_id,employee_id"] + lines).joined(separator: "\n") + "\n")
        let run = try await directory.vigil(
            "evaluate",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            world.records,
            "--truth",
            truth
        )
        #expect(run.status == 0, "\(run)")
        let best = try #require(run.output.split(separator: "\n").first { $0.contains("best threshold") })
        #expect(best.contains("F1 0.0000") && best.contains("(no threshold matches a true pair)"), "\(best)")
        #expect(!run.output.contains("precision 1.0000"), "\(run.output)")
        let at = try #require(run.output.split(separator: "\n").first { $0.contains("at threshold") })
        #expect(
            String(best.drop { $0 != "(" }).hasPrefix(String(at.drop { $0 != "(" })),
            "the best threshold repeats the figures at the threshold: \(run.output)"
        )
    }

    @Test("true pairs with no match at all give precision 0, not 1, and the text says it is 0 by rule")
    func nothingMatched() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let header =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
        let records = try directory.write(
            "records.csv",
            header + "LONER-1,crime,E1,2020-01-01,victim,Xanthippe,Qwerfeldt,1903-02-03,7 Nowhere Lane,Ludlow,SY8 9ZZ\n"
        )
        let employeeID = try #require(try CSVText(contentsOf: world.roster).records.first?["employee_id"])
        let truth = try directory.write("truth.csv", "record_id,employee_id\nLONER-1,\(employeeID)\n")
        let run = try await directory.vigil(
            "evaluate",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            records,
            "--truth",
            truth
        )
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("person matches: 1 true pair\n"), "\(run.output)")
        #expect(!run.output.contains("precision 1.0000") && !run.output.contains("F1 1.0000"), "\(run.output)")
        #expect(
            run.output.contains("best threshold 0.9000: precision 0.0000, recall 0.0000, F1 0.0000 (TP 0, FP 0, FN 1)"),
            "\(run.output)"
        )
        #expect(run.output.contains("precision is 0 where nothing is matched"), "\(run.output)")
    }
}
