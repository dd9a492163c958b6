import Foundation
import Testing

/// `vigil serve --tls-cert --tls-key`: a file that cannot be used stops the server before it listens
/// or touches the store, and the message names the file.
@Suite struct ServeTLSOptionTests {
    @Test("an unreadable or non-PEM certificate or key exits 1 naming the file, before the store is opened")
    func unusableFilesNamed() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let garbage = try directory.write("garbage.pem", "not PEM at all\n")
        let missing = directory.path("missing.pem")
        let store = directory.path("store.sqlite")
        let cases: [(cert: String, key: String, named: String, says: String)] = [
            (missing, garbage, missing, "cannot read the certificate file"),
            (garbage, missing, garbage, "not a valid PEM certificate"),
        ]
        for (cert, key, named, says) in cases {
            let run = try await directory.vigil(
                arguments: ["serve", "--store", store, "--port", "1", "--tls-cert", cert, "--tls-key", key]
            )
            #expect(run.status == 1, "\(run)")
            #expect(run.standardError.contains("\(named): \(says)"), "\(run)")
            #expect(!FileManager.default.fileExists(atPath: store), "the store was not created")
        }
    }
}
