import Foundation
import Testing

/// `vigil access`: break-glass grants from the command line, with the rules that guard them.
@Suite struct AccessCommandTests {
    @Test("a supervisor's grant to a user with no standing access is listed in force, then revoked")
    func grantListRevoke() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = directory.path("vigil.sqlite")
        for (username, role) in [("sam.super", "supervisor"), ("ann.none", "none"), ("rita.rev", "reviewer")] {
            let added = try await directory.vigil(
                "user",
                "add",
                "--store",
                store,
                "--username",
                username,
                "--name",
                username,
                "--role",
                role
            )
            #expect(added.status == 0, "\(added)")
        }
        let grant = try await directory.vigil(
            "access",
            "grant",
            "--store",
            store,
            "--user",
            "ann.none",
            "--reason",
            "cover for the vetting team",
            "--ticket",
            "CHG-1234",
            "--approver",
            "sam.super",
            "--hours",
            "2"
        )
        #expect(grant.status == 0, "\(grant)")
        #expect(grant.output.hasPrefix("grant 1: ann.none until "), "\(grant)")

        let listed = try await directory.vigil("access", "list", "--store", store)
        let row = listed.output.split(separator: "\n").dropFirst().first.map { $0.split(separator: "\t") }
        #expect(row.map { Array($0.prefix(3)) } == ["1", "ann.none", "in force"], "\(listed)")
        #expect(row.map { Array($0.suffix(3)) } == ["CHG-1234", "sam.super", "0"], "\(listed)")

        let revoked = try await directory.vigil("access", "revoke", "--store", store, "--id", "1")
        #expect(revoked.status == 0, "\(revoked)")
        #expect(revoked.output == "revoked grant 1\n")
        let after = try await directory.vigil("access", "list", "--store", store)
        #expect(after.output.contains("1\tann.none\trevoked\t"), "\(after)")

        let byReviewer = try await directory.vigil(
            "access",
            "grant",
            "--store",
            store,
            "--user",
            "ann.none",
            "--reason",
            "cover for the vetting team",
            "--ticket",
            "CHG-1235",
            "--approver",
            "rita.rev",
            "--hours",
            "2"
        )
        #expect(byReviewer.status == 1, "only a supervisor approves: \(byReviewer)")
        #expect(!byReviewer.standardError.isEmpty)
    }

    @Test("more than eight hours, or a user approving their own access, is refused before the store is touched")
    func refusedOnTheCommandLine() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = directory.path("vigil.sqlite")
        let long = try await directory.vigil(
            "access",
            "grant",
            "--store",
            store,
            "--user",
            "ann",
            "--reason",
            "cover for the vetting team",
            "--ticket",
            "T",
            "--approver",
            "sam",
            "--hours",
            "9"
        )
        #expect(long.status == 64, "\(long)")
        #expect(long.standardError.contains("at most 8"))
        let own = try await directory.vigil(
            "access",
            "grant",
            "--store",
            store,
            "--user",
            "ann",
            "--reason",
            "cover for the vetting team",
            "--ticket",
            "T",
            "--approver",
            "ANN",
            "--hours",
            "1"
        )
        #expect(own.status == 64, "\(own)")
        #expect(own.standardError.contains("someone other than --user"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}
