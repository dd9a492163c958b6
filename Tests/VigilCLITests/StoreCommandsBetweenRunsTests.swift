import Foundation
import Testing

/// Commands that read only the store work from the configuration file while the extracts it names are
/// absent, as they are between runs once they have been archived; `vigil run` still refuses.
@Suite struct StoreCommandsBetweenRunsTests {
    @Test("status and the account commands read the store's path even when no extract is there yet")
    func extractsAbsent() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try directory.write(
            "vigil.yaml",
            """
            store: vigil.sqlite
            model: model.json
            roster: extracts/roster.csv
            sources:
              - {name: crime, kind: person_records, path: extracts/crime-*.csv}

            """
        )
        let added = try await directory.vigil(
            "user",
            "add",
            "--config",
            "vigil.yaml",
            "--username",
            "sam",
            "--name",
            "Sam",
            "--role",
            "supervisor"
        )
        #expect(added.status == 0, "the accounts are set up before the first run: \(added)")
        let users = try await directory.vigil("user", "list", "--config", "vigil.yaml")
        #expect(users.status == 0, "\(users)")
        #expect(users.output.hasPrefix("username\trole"), "\(users)")
        #expect(users.output.contains("\nsam\tsupervisor\t"), "\(users)")

        let status = try await directory.vigil("status", "--config", "vigil.yaml")
        #expect(!status.standardError.contains("no file matches"), "\(status)")
        #expect(status.output.contains("last run: none"), "status reads the store: \(status)")

        let run = try await directory.vigil("run", "--config", "vigil.yaml")
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("no file matches"), "\(run)")
    }

    @Test("a store path that names nothing is an error for every command but 'user add', never a new empty store")
    func mistypedStore() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let typo = directory.path("vigil.sqlte")
        for arguments in [
            ["user", "list"], ["access", "list"], ["audit", "verify"], ["user", "unlock", "--username", "sam"],
        ] {
            let result = try await directory.vigil(arguments: arguments + ["--store", typo])
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.standardError.contains("no store at \(typo)"), "\(arguments): \(result)")
            #expect(!FileManager.default.fileExists(atPath: typo), "\(arguments) made a store")
        }
    }
}
