import Foundation
import Testing

/// `vigil access`: break-glass grants from the command line, with the rules that guard them.
@Suite struct AccessCommandTests {
    /// `vigil access grant` for `user`, approved by `approver`, for `hours`.
    private func grant(
        _ user: String,
        approver: String,
        hours: String,
        ticket: String = "CHG-1234",
        store: String,
        in directory: TemporaryDirectory
    ) async throws -> VigilRun {
        try await directory.vigil(
            arguments: [
                "access", "grant", "--store", store, "--user", user, "--reason", "cover for the vetting team",
                "--ticket", ticket, "--approver", approver, "--hours", hours,
            ]
        )
    }

    @Test("a supervisor's grant to a user with no standing access is listed in force, then revoked")
    func grantListRevoke() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = directory.path("vigil.sqlite")
        for (username, role) in [("sam.super", "supervisor"), ("ann.none", "none"), ("rita.rev", "reviewer")] {
            let added = try await directory.vigil(
                arguments: [
                    "user", "add", "--store", store, "--username", username, "--name", username, "--role", role,
                ]
            )
            #expect(added.status == 0, "\(added)")
        }
        let granted = try await grant("ann.none", approver: "sam.super", hours: "2", store: store, in: directory)
        #expect(granted.status == 0, "\(granted)")
        #expect(granted.output.hasPrefix("grant 1: ann.none until "), "\(granted)")

        let listed = try await directory.vigil("access", "list", "--store", store)
        let row = listed.output.split(separator: "\n").dropFirst().first.map { $0.split(separator: "\t") }
        #expect(row.map { Array($0.prefix(3)) } == ["1", "ann.none", "in force"], "\(listed)")
        #expect(row.map { Array($0.suffix(3)) } == ["CHG-1234", "sam.super", "0"], "\(listed)")

        let revoked = try await directory.vigil("access", "revoke", "--store", store, "--id", "1")
        #expect(revoked.status == 0, "\(revoked)")
        #expect(revoked.output == "revoked grant 1\n")
        let after = try await directory.vigil("access", "list", "--store", store)
        #expect(after.output.contains("1\tann.none\trevoked\t"), "\(after)")

        let byReviewer = try await grant(
            "ann.none",
            approver: "rita.rev",
            hours: "2",
            ticket: "CHG-1235",
            store: store,
            in: directory
        )
        #expect(byReviewer.status == 1, "only a supervisor approves: \(byReviewer)")
        #expect(!byReviewer.standardError.isEmpty)
    }

    @Test("more than eight hours, or a user approving their own access, is refused before the store is touched")
    func refusedOnTheCommandLine() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = directory.path("vigil.sqlite")
        let long = try await grant("ann", approver: "sam", hours: "9", store: store, in: directory)
        #expect(long.status == 64, "\(long)")
        #expect(long.standardError.contains("at most 8"))
        let own = try await grant("ann", approver: "ANN", hours: "1", store: store, in: directory)
        #expect(own.status == 64, "\(own)")
        #expect(own.standardError.contains("someone other than --user"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}
