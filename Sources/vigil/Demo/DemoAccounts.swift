import Foundation
import VigilStore
import VigilWeb

/// The demo's three dashboard users — a supervisor, a reviewer and an auditor — already enrolled, with
/// random passwords and TOTP secrets that are shown once and kept nowhere but in their hashes.
struct DemoAccounts: Sendable {
    /// One account as handed to the person running the demo.
    struct Credential: Sendable {
        var username: String
        var role: UserRole
        var password: String
        /// The authenticator key as apps take it (base32 of the secret's bytes).
        var key: String
        /// The `otpauth://` URI an authenticator app can import.
        var uri: String
    }

    /// The scripted reviewer's user name.
    static let reviewer = "demo-reviewer"
    /// The scripted supervisor's user name.
    static let supervisor = "demo-supervisor"
    /// The auditor's user name.
    static let auditor = "demo-auditor"

    /// Whether a user name is one the demo makes.
    static func isDemoUser(_ username: String) -> Bool {
        [reviewer, supervisor, auditor].contains(username)
    }

    /// Creates the three accounts at `time` and returns their credentials.
    static func create(in store: StoreDatabase, at time: Date) async throws -> [Credential] {
        let administration = AccountAdministration(store: store)
        let factor = SecondFactor()
        var credentials: [Credential] = []
        let people: [(String, String, UserRole)] = [
            (supervisor, "Demo Supervisor", .supervisor), (reviewer, "Demo Reviewer", .reviewer),
            (auditor, "Demo Auditor", .auditor),
        ]
        for (username, name, role) in people {
            let password = AccountAdministration.temporaryPassword()
            let secret = try await administration.addEnrolled(
                username: username,
                displayName: name,
                role: role,
                employeeID: nil,
                password: password,
                by: "vigil demo",
                at: time
            )
            credentials.append(
                Credential(
                    username: username,
                    role: role,
                    password: password,
                    key: factor.base32(secret),
                    uri: factor.provisioningURI(secret: secret, account: username)
                )
            )
        }
        return credentials
    }

    /// The credentials as the terminal shows them, once.
    static func text(_ credentials: [Credential], address: String) -> String {
        var lines = [
            "Sign in at \(address)/login with a user name, its password, and the six-digit code an",
            "authenticator app makes from its key (add the key by hand, or import the otpauth:// address).",
            "These are shown once: the store keeps only a hash of each password.",
            "",
        ]
        for credential in credentials {
            lines.append("  \(credential.role.title): \(credential.username)")
            lines.append("    password: \(credential.password)")
            lines.append("    authenticator key: \(credential.key)")
            lines.append("    \(credential.uri)")
        }
        return lines.joined(separator: "\n")
    }
}
