import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import VigilStore
import VigilTestSupport
import VigilWeb

/// A store with one user per role, alerts about other people and about the users themselves, and the
/// dashboard's application over it, with a hand-moved clock and cheap bcrypt.
struct TestWorld: Sendable {
    /// A fixture user: their name, password and TOTP secret.
    struct Person: Sendable {
        var username: String
        var role: UserRole
        var employeeID: String?
        var secret: String
    }

    static let password = "correct horse battery staple"

    let store: StoreDatabase
    let path: String
    /// The store's folder, removed when the last copy of the world goes.
    private let folder: ScratchFolder
    let clock: ManualClock
    let services: WebServices
    let people: [String: Person]

    /// The alert in the reviewer's own queue.
    static let ownQueueAlert = 1
    /// An alert assigned to someone else.
    static let othersAlert = 2
    /// An alert about the reviewer themselves (employee E100), assigned to someone else.
    static let reviewerSelfAlert = 3
    /// An alert about the supervisor themselves (employee E200).
    static let supervisorSelfAlert = 4

    init(login: LoginPolicy = LoginPolicy()) async throws {
        folder = try ScratchFolder(prefix: "vigil-web")
        path = folder.path("store.sqlite")
        store = try StoreDatabase(path: path)
        clock = ManualClock()
        let hasher = PasswordHasher(cost: 4)
        services = try await WebServices(store: store, clock: clock.webClock, hasher: hasher, login: login)
        let administration = AccountAdministration(store: store, hasher: hasher, policy: login)
        var people: [String: Person] = [:]
        let accounts: [(String, UserRole, String?)] = [
            ("rev", .reviewer, "E100"), ("rev2", .reviewer, nil), ("sup", .supervisor, "E200"),
            ("aud", .auditor, nil), ("adm", .admin, nil), ("dev", .none, nil), ("devgrant", .none, nil),
        ]
        for (username, role, employee) in accounts {
            let secret = try await administration.addEnrolled(
                username: username,
                displayName: "Test \(username)",
                role: role,
                employeeID: employee,
                password: Self.password,
                by: "test",
                at: clock.now
            )
            people[username] = Person(username: username, role: role, employeeID: employee, secret: secret)
        }
        self.people = people
        let now = clock.now
        try await store.asyncWrite { db in
            try Self.insertAlert(1, employee: "E900", assignedTo: "rev", in: db)
            try Self.insertAlert(2, employee: "E901", assignedTo: "rev2", in: db)
            try Self.insertAlert(3, employee: "E100", assignedTo: "rev2", in: db)
            try Self.insertAlert(4, employee: "E200", assignedTo: "rev", in: db)
            try AccessGrants.grant(
                to: "devgrant",
                reason: "investigate a broken alert page",
                ticket: "INC-42",
                approver: "sup",
                hours: 8,
                by: "test",
                at: now,
                in: db
            )
        }
    }

    /// Inserts an alert row with the fields the security layer reads.
    static func insertAlert(
        _ id: Int,
        employee: String,
        assignedTo: String?,
        kind: String = "person",
        in db: Database
    )
        throws
    {
        try db.execute(
            sql: """
                INSERT INTO alert (id, alert_key, kind, employee_id, source, event_id, event_date, roles, status,
                    probability, band, predates_start, assigned_to, raised_run, updated_run, raised_at, updated_at)
                VALUES (?, ?, ?, ?, 'crime', ?, '2026-01-02', 'suspect', 'NEW', 0.99, 'high', 0, ?, 1, 1,
                    '2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z')
                """,
            arguments: [id, "key-\(id)", kind, employee, "EV\(id)", assignedTo]
        )
    }

    /// The dashboard over this world, with the standard access table (or another).
    func application(table: AccessTable = VigilWebApplication.accessTable()) -> some ApplicationProtocol {
        Application(router: VigilWebApplication.router(services: services, table: table))
    }

    /// The number of audit entries.
    func auditCount() throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event") ?? 0 }
    }

    /// Audit entries after sequence `after`.
    func auditEntries(after: Int = 0) throws -> [AuditEntry] {
        try store.read { db in
            try AccessReview.entries(
                from: Date(timeIntervalSince1970: 0),
                to: Date(timeIntervalSince1970: 4_000_000_000),
                in: db
            )
        }.filter { $0.sequence > after }
    }
}
