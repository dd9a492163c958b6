import Foundation
import GRDB

/// The web server's configuration as the audit trail knows it: a change is logged when the server
/// starts with settings different from the last ones recorded.
public enum ServerSettings {
    /// The settings last recorded, if any.
    public static func current(in db: Database) throws -> String? {
        try String.fetchOne(
            db,
            sql: "SELECT detail FROM audit_event WHERE action = ? ORDER BY seq DESC LIMIT 1",
            arguments: [AuditEvent.Action.configuration.rawValue]
        )
    }

    /// Logs `settings` as a configuration change unless they are the ones last recorded; returns
    /// whether they were new.
    @discardableResult
    public static func record(
        _ settings: String,
        by actor: String = "vigil serve",
        at now: Date = Date(),
        in db: Database
    ) throws -> Bool {
        guard try current(in: db) != settings else { return false }
        try AuditIndex.record(
            AuditEvent(at: now, actor: actor, action: .configuration, objectType: "server", detail: settings),
            in: db
        )
        return true
    }
}
