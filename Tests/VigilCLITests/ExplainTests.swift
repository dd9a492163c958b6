import Foundation
import Testing

/// `vigil explain`: a stored match or the model, in plain words.
@Suite struct ExplainTests {
    @Test("explaining a stored person match prints each comparison and the total in plain words")
    func explainStoredMatch() async throws {
        let world = try await TrainedWorld.shared()
        let match = try #require(
            try CSVText(contentsOf: world.matches).records.first { $0["kind"] == "person" },
            "a person match"
        )
        let recordID = try #require(match["record_id"])
        let employeeID = try #require(match["employee_id"])

        let run = try await world.directory.vigil("explain", "--matches", world.matches, "--record-id", recordID)
        #expect(run.status == 0, "\(run)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "record \(recordID) and employee \(employeeID):")
        #expect(run.output.contains("starting point"))
        #expect(run.output.contains("date of birth"))
        #expect(run.output.contains("surname"))
        #expect(lines.last?.contains("total match weight") == true, "the waterfall ends at the total")
        #expect(!run.output.contains("{"), "plain words, not the stored JSON")
    }

    @Test("explaining an incident location says whose home it is")
    func explainHomeAddressMatch() async throws {
        let world = try await TrainedWorld.shared()
        let match = try #require(
            try CSVText(contentsOf: world.matches).records.first { $0["kind"] == "home_address" }
        )
        let incidentID = try #require(match["record_id"])
        let run = try await world.directory.vigil(
            "explain",
            "--matches",
            world.matches,
            "--record-id",
            incidentID
        )
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("incident \(incidentID) at the home of employee"))
        #expect(run.output.contains("total match weight"))
    }

    @Test("explaining the model prints its prior and the weight of each level")
    func explainModel() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.directory.vigil("explain", "--model", world.model)
        #expect(run.status == 0, "\(run)")
        #expect(run.output.hasPrefix("model m"))
        #expect(run.output.contains("person model: prior"))
        #expect(run.output.contains("home_address model: prior"))
        #expect(run.output.contains("date of birth"))
        #expect(run.output.contains("weight"))
    }

    @Test("explaining a record id that has no match exits 1 and names the id")
    func explainUnknownRecord() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.directory.vigil(
            "explain",
            "--matches",
            world.matches,
            "--record-id",
            "NO-SUCH-RECORD-42"
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("NO-SUCH-RECORD-42"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test("explaining a record afresh scores it against its best candidate")
    func explainAfresh() async throws {
        let world = try await TrainedWorld.shared()
        let match = try #require(
            try CSVText(contentsOf: world.matches).records.first { $0["kind"] == "person" }
        )
        let recordID = try #require(match["record_id"])
        let employeeID = try #require(match["employee_id"])
        let run = try await world.directory.vigil(
            "explain",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            world.records,
            "--record-id",
            recordID
        )
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("record \(recordID) and employee \(employeeID):"))
        #expect(run.output.contains("total match weight"))
    }

    @Test("a record whose row was rejected is named as rejected, with the reason, not as missing")
    func explainRejectedRecord() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let header =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
        let records = try directory.write(
            "records.csv",
            header + "BAD-1,crime,E1,2020-02-31,victim,Ann,Smith,1980-01-01,,,\n"
        )
        let run = try await directory.vigil(
            "explain",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            records,
            "--record-id",
            "BAD-1",
            "--rejects",
            directory.path("explain-rejects.csv")
        )
        #expect(run.status == 1, "\(run)")
        #expect(
            run.standardError.contains("record BAD-1 was rejected (\(records), line 2, field 'event_date'"),
            "\(run)"
        )
        #expect(!run.standardError.contains("not found"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("vigil-rejects.csv")))
    }

    @Test("a record no employee is blocked with says why, and --employee-id still compares it with one")
    func explainUnblocked() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let header =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
        let records = try directory.write(
            "records.csv",
            header + "LONER-1,crime,E1,2020-01-01,victim,Xanthippe,Qwerfeldt,1903-02-03,7 Nowhere Lane,Ludlow,SY8 9ZZ\n"
        )
        var arguments = [
            "explain", "--model", world.model, "--roster", world.roster, "--records", records, "--record-id", "LONER-1",
        ]
        let alone = try await directory.vigil(arguments: arguments)
        #expect(alone.status == 1, "\(alone)")
        #expect(alone.standardError.contains("no employee shares a blocking key with LONER-1"))
        #expect(alone.standardError.contains("give --employee-id"))

        let employeeID = try #require(try CSVText(contentsOf: world.roster).records.first?["employee_id"])
        arguments += ["--employee-id", employeeID]
        let paired = try await directory.vigil(arguments: arguments)
        #expect(paired.status == 0, "\(paired)")
        #expect(paired.output.contains("record LONER-1 and employee \(employeeID):"))
        #expect(paired.output.contains("(blocking would not have compared this pair)"))
    }
}

/// `explain` scores an incident location against the employees' homes afresh, as it does a record.
@Suite struct ExplainIncidentTests {
    @Test("an incident at an employee's home is explained afresh, and one at no home says why")
    func incidentAfresh() async throws {
        let world = try await TrainedWorld.shared()
        let match = try #require(
            try CSVText(contentsOf: world.matches).records.first { $0["kind"] == "home_address" },
            "the shared run found no home addresses"
        )
        let incidentID = try #require(match["record_id"])
        let run = try await world.directory.vigil(
            "explain",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--locations",
            world.locations,
            "--record-id",
            incidentID
        )
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("incident \(incidentID) at the home of employee \(match["employee_id"] ?? "")"))
        #expect(run.output.contains("total match weight"), "\(run)")

        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let nowhere = try directory.write(
            "nowhere.csv",
            "incident_id,event_date,incident_type,address_line,town,postcode\nNOWHERE-1,2024-01-01,Theft,"
                + "7 Quixotic Parade,Ludlow,SY8 9ZZ\n"
        )
        let lonely = try await directory.vigil(
            "explain",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--locations",
            nowhere,
            "--record-id",
            "NOWHERE-1"
        )
        #expect(lonely.status == 1, "\(lonely)")
        #expect(lonely.standardError.contains("no employee's home shares a block with NOWHERE-1"), "\(lonely)")
        #expect(!run.output.contains("blocking would not have compared"), "\(run)")

        // Paired with an employee anyway, it says the pair is not one linking would score.
        let employeeID = try #require(try CSVText(contentsOf: world.roster).records.first?["employee_id"])
        let paired = try await directory.vigil(
            "explain",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--locations",
            nowhere,
            "--record-id",
            "NOWHERE-1",
            "--employee-id",
            employeeID
        )
        #expect(paired.status == 0, "\(paired)")
        #expect(paired.output.contains("(blocking would not have compared this pair"), "\(paired)")
    }
}

/// `explain --employee-id` names an employee whose roster row was rejected, with the reason.
@Suite struct ExplainRejectedEmployeeTests {
    @Test("an employee whose roster row was rejected is named as rejected, with the reason")
    func rejectedEmployee() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let roster = try LocationsBesideRecords.extract(
            world.roster,
            firstRows: 30,
            badRow: "E-BAD,Ann,Smith,1980-02-31,1 High Street,Dudley,DY1 1AA,PC,Response,2010-01-01",
            as: "roster.csv",
            in: directory
        )
        let record = try #require(try CSVText(contentsOf: world.records).records.first?["record_id"])
        let run = try await directory.vigil(
            "explain",
            "--model",
            world.model,
            "--roster",
            roster,
            "--records",
            world.records,
            "--record-id",
            record,
            "--employee-id",
            "E-BAD",
            "--rejects",
            directory.path("rejects.csv")
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("employee E-BAD was rejected (\(roster), line 32"), "\(run)")
    }
}
