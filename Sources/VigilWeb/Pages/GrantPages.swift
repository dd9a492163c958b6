import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// `GET /grants`: break-glass grants of the last three months and everything opened under each,
/// for supervisors and auditors. Viewing it is logged. Uses that concern the viewer's own employee
/// record, or alerts about it, are left out.
enum GrantPages {
    static func declare(into table: inout AccessTable) {
        let access = RouteAccess(roles: [.supervisor, .auditor], showsPersonalData: "grant")
        table.add(.get, "/grants", access: access) { _, context in
            let since = ReviewPeriod.defaultStart(before: context.now)
            let own = try context.requireUser().employeeID
            let grants = try await context.store.asyncRead { db in
                try AccessGrants.all(since: since, in: db).map { grant in
                    // Uses that concern the viewer's own record or alerts about them are left out.
                    let uses = try AccessGrants.uses(ofGrant: grant.id, in: db).filter { use in
                        guard let own else { return true }
                        return try !AccessReview.concerns(sequence: use.auditSequence, employee: own, in: db)
                    }
                    return (grant, uses)
                }
            }
            let sections: [HTML] = grants.map { grant, uses in section(grant, uses: uses, now: context.now) }
            let content: HTML =
                grants.isEmpty
                ? "<p>No grants were in force in the last three months.</p>"
                : sections.joined()
            return .page(
                Page(
                    "Access grants",
                    context,
                    content: """
                        <p>Grants are made with <code>vigil access grant</code>, last at most \
                        \(Int(AccessGrants.maximumHours)) hours, and end by themselves.</p>\(content)
                        """
                ),
                consulted: grants.map { AuditObject(type: "grant", id: String($0.0.id)) }
            )
        }
    }

    private static func section(_ grant: AccessGrant, uses: [AccessGrant.Use], now: Date) -> HTML {
        let state =
            grant.revokedAt.map { "revoked \(StoreTime.text($0)) by \(grant.revokedBy ?? "")" }
            ?? (grant.isActive(at: now) ? "in force" : "expired")
        let rows: [HTML] = uses.map { use in
            """
            <tr><td>\(StoreTime.text(use.at))</td><td>\(use.route)</td><td>\(use.objectType)</td>\
            <td>\(use.objectIDs.joined(separator: ", "))</td><td>\(use.auditSequence)</td></tr>
            """
        }
        let table: HTML =
            uses.isEmpty
            ? "<p>Not used.</p>"
            : """
            <table><thead><tr><th scope="col">When</th><th scope="col">Page</th><th scope="col">Objects</th>\
            <th scope="col">Ids</th><th scope="col">Audit entry</th></tr></thead><tbody>\(rows)</tbody></table>
            """
        return """
            <h2>Grant \(grant.id) to \(grant.username) – \(state)</h2>
            <dl class="facts"><dt>Reason</dt><dd>\(grant.reason)</dd><dt>Ticket</dt><dd>\(grant.ticket)</dd>\
            <dt>Approved by</dt><dd>\(grant.approver)</dd><dt>Entered by</dt><dd>\(grant.grantedBy)</dd>\
            <dt>From</dt><dd>\(MeetingSchedule().text(grant.grantedAt)) UK time</dd><dt>Until</dt>\
            <dd>\(MeetingSchedule().text(grant.expiresAt)) UK time</dd></dl>
            \(table)
            """
    }
}
