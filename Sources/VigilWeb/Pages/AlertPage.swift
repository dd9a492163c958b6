import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilStore

/// `GET /alerts/{id}`: a minimal view of one alert (its employee, kind, source and status), so the
/// object rules — no self-review, a reason outside the queue, auditors and administrators refused —
/// are enforced end to end. The triage views replace its body.
enum AlertPage {
    static let access = RouteAccess(
        roles: [.reviewer, .supervisor],
        underGrant: true,
        showsPersonalData: "alert",
        objects: .alert(parameter: "id")
    )

    private struct Summary: Sendable {
        var employeeID: String
        var kind: String
        var source: String
        var status: String
        var assignedTo: String?
    }

    static func declare(into table: inout AccessTable) {
        table.add(.get, "/alerts/{id}", access: access) { _, context in
            guard let object = context.object else { throw WebError.notFound }
            let id = object.object.id
            let found = try await context.store.asyncRead { db -> Summary? in
                try Row.fetchOne(
                    db,
                    sql: "SELECT employee_id, kind, source, status, assigned_to FROM alert WHERE id = ?",
                    arguments: [Int64(id)]
                ).map { row in
                    Summary(
                        employeeID: row["employee_id"],
                        kind: row["kind"],
                        source: row["source"],
                        status: row["status"],
                        assignedTo: row["assigned_to"]
                    )
                }
            }
            guard let alert = found else { throw WebError.notFound }
            let reason: HTML = object.reason.map { "<p class=\"notice\">Opened outside your queue: \($0)</p>" } ?? ""
            return .page(
                Page(
                    "Alert \(id)",
                    context,
                    content: """
                        \(reason)
                        <dl class="facts"><dt>Employee</dt><dd>\(alert.employeeID)</dd>\
                        <dt>Kind</dt><dd>\(alert.kind)</dd><dt>Source</dt><dd>\(alert.source)</dd>\
                        <dt>Status</dt><dd>\(alert.status)</dd><dt>Assigned to</dt>\
                        <dd>\(alert.assignedTo ?? "nobody")</dd></dl>
                        """
                ),
                consulted: [AuditObject(type: "alert", id: id), AuditObject(type: "employee", id: alert.employeeID)]
            )
        }
    }
}
