import Foundation
import Testing

/// Inputs `vigil` cannot work with: it exits 1 and says which file and what is wrong.
@Suite struct FailureExitTests {
    @Test("a roster without a date_of_birth column fails and names the column")
    func rosterMissingColumn() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let roster = try CSVText(contentsOf: world.roster)
        let dropped = try #require(roster.header.firstIndex(of: "date_of_birth"))
        let lines = ([roster.header] + roster.rows).map { row in
            CSVText.line(row.enumerated().filter { $0.offset != dropped }.map(\.element))
        }
        let path = try directory.write("roster.csv", lines.joined(separator: "\n") + "\n")

        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            path,
            "--records",
            world.records
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("date_of_birth"))
        #expect(run.standardError.contains("roster.csv"))
    }

    @Test("an empty records file fails with a message saying it is empty")
    func emptyRecords() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("records.csv", "")

        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            path
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("records.csv"))
        #expect(run.standardError.contains("empty"))
    }

    @Test("a model file that is not JSON fails and names the file")
    func modelNotJSON() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let model = try directory.write("not-a-model.json", "roster,records\nthis is not json\n")

        for arguments in [
            ["link", "--model", model, "--roster", world.roster, "--records", world.records],
            ["explain", "--model", model],
        ] {
            let run = try await directory.vigil(arguments: arguments)
            #expect(run.status == 1, "\(run)")
            #expect(run.standardError.contains("not-a-model.json"), "\(run)")
            #expect(run.standardError.contains("not a Vigil model file"), "\(run)")
        }
    }

    @Test("a missing model file fails and names the file")
    func modelMissing() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try await directory.vigil(
            "link",
            "--model",
            directory.path("absent.json"),
            "--roster",
            world.roster,
            "--records",
            world.records
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("absent.json"))
    }

    @Test("a missing records file fails and names the file")
    func recordsMissing() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            directory.path("absent.csv")
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("absent.csv"))
    }

    @Test("a roster with a header but no employees fails rather than linking nobody")
    func rosterWithoutEmployees() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let roster = try directory.writeHeaderOnly("roster.csv", from: world.roster)

        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            roster,
            "--records",
            world.records
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("roster.csv"))
        #expect(run.standardError.contains("no employees"))
    }

    @Test("training on a records file with a header but no rows fails rather than writing an empty model")
    func trainWithoutRecords() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let records = try directory.writeHeaderOnly("records.csv", from: world.records)

        let run = try await Self.train(records, roster: world.roster, in: directory)
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("records.csv"))
        #expect(run.standardError.contains("no person records"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("model.json")))
    }

    @Test("training on records that are all rejected fails with the reason rather than training on nothing")
    func trainOnOnlyBadRecords() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let records = try directory.write(
            "records.csv",
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
                + "R1,crime,C1,2024-02-30,victim,Ann,Lee,,,,\nR2,unknown-source,C2,2024-01-02,victim,Bob,Lee,,,,\n"
        )
        let run = try await Self.train(records, roster: world.roster, in: directory)
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("no valid person records in the sample to train on"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("model.json")))
        let rejects = try CSVText(contentsOf: directory.path("rejects.csv"))
        #expect(rejects.column("line") == ["2", "3"], "both rows are written with their reasons")
    }

    @Test(
        "training on records without dates of birth fails and says what to train on, rather than writing a model that never matches"
    )
    func trainWithoutDatesOfBirth() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = try String(contentsOfFile: world.records, encoding: .utf8)
        let lines = text.split(separator: "\n").enumerated().map { number, line in
            guard number > 0 else { return String(line) }
            // date_of_birth is the eighth column; the ones before it never hold a comma.
            var fields = line.split(separator: ",", maxSplits: 8, omittingEmptySubsequences: false).map(String.init)
            fields[7] = ""
            return fields.joined(separator: ",")
        }
        let records = try directory.write("records.csv", lines.joined(separator: "\n") + "\n")
        let run = try await Self.train(records, roster: world.roster, in: directory)
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("cannot train: only 0 pairs"), "\(run)")
        #expect(run.standardError.contains("no model was written"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("model.json")))
    }

    /// `vigil train` on `records`, writing `model.json` and `rejects.csv` in `directory`.
    private static func train(
        _ records: String,
        roster: String,
        in directory: TemporaryDirectory
    ) async throws
        -> VigilRun
    {
        try await directory.vigil(
            "train",
            "--roster",
            roster,
            "--records",
            records,
            "--random-pairs",
            "1000",
            "--rejects",
            directory.path("rejects.csv"),
            "--out",
            directory.path("model.json")
        )
    }

    @Test("a roster mapping given for the person records fails, naming the mapping, instead of crashing")
    func mappingOfAnotherKind() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let mapping = try directory.write("hr.yaml", "kind: roster\ncolumns:\n  forenames: forenames\n")
        for command in ["link", "evaluate", "explain"] {
            var arguments = [command, "--model", world.model, "--roster", world.roster, "--records", world.records]
            arguments += ["--records-mapping", mapping]
            if command == "evaluate" { arguments += ["--truth", world.personTruth] }
            if command == "explain" { arguments += ["--record-id", "PR000000001"] }
            let run = try await directory.vigil(arguments: arguments)
            #expect(run.status == 1, "\(command): \(run)")
            #expect(run.standardError.contains("hr.yaml: this mapping is for roster"), "\(command): \(run)")
        }
    }

    #if os(Linux)
    @Test("matches, rejects or a model that cannot be written fail the command with the reason, never lost")
    func fullDisk() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let link = ["link", "--model", world.model, "--roster", world.roster, "--records", world.records]
        let matches = try await directory.vigil(arguments: link + ["--out", "/dev/full"])
        #expect(matches.status == 1, "\(matches)")
        #expect(matches.standardError.contains("vigil: cannot write /dev/full: No space left on device"))
        #expect(!matches.standardError.contains(" matches (model"), "no count of matches that were lost")

        let header =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode"
        let records = try directory.write("records.csv", header + "\nR1,crime\n")
        let rejects = try await directory.vigil(
            arguments: [
                "link", "--model", world.model, "--roster", world.roster, "--records", records, "--rejects",
                "/dev/full",
            ]
        )
        #expect(rejects.status == 1, "\(rejects)")
        #expect(rejects.standardError.contains("cannot write the rejects file: No space left on device"))

        let train = try await directory.vigil(
            "train",
            "--roster",
            world.roster,
            "--records",
            world.records,
            "--sample",
            "2000",
            "--out",
            "/dev/full"
        )
        #expect(train.status == 1, "\(train)")
        #expect(train.standardError.contains("/dev/full: cannot write the model (No space left on device)"))
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial, "still a device")
    }

    @Test("a printed report that cannot be written to standard output fails the command")
    func fullStandardOutput() async throws {
        let world = try await TrainedWorld.shared()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try VigilBinary.require())
        process.arguments = ["explain", "--model", world.model]
        process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(said)")
        #expect(said == "vigil: cannot write standard output: No space left on device\n")
    }
    #endif
}
