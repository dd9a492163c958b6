import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// Administrators' pages: the users, the lockouts, and unlocking. Accounts themselves are created,
/// reset and disabled from the command line (`vigil user`).
enum AdminPages {
    static let admins = RouteAccess(roles: [.admin])

    static func declare(into table: inout AccessTable) {
        table.add(.get, "/admin/users", access: admins) { _, context in
            let users = try await context.store.asyncRead { db in
                try UserDirectory.all(in: db).map { user in
                    (user, try SessionStore.liveCount(userID: user.id, in: db))
                }
            }
            let rows: [HTML] = users.map { user, sessions in
                let status = user.isEnabled ? (user.isEnrolled ? "active" : "enrolment pending") : "disabled"
                return """
                    <tr><td>\(user.username)</td><td>\(user.displayName)</td><td>\(user.role.title)</td>\
                    <td>\(user.employeeID ?? "–")</td><td>\(status)</td><td>\(sessions)</td></tr>
                    """
            }
            return .page(
                Page(
                    "Users",
                    context,
                    content: """
                        <p>Add, reset, disable and change the role of users with <code>vigil user</code>.</p>
                        <table><thead><tr><th scope="col">User name</th><th scope="col">Name</th>\
                        <th scope="col">Role</th><th scope="col">Employee id</th><th scope="col">Status</th>\
                        <th scope="col">Live sessions</th></tr></thead><tbody>\(rows)</tbody></table>
                        """
                )
            )
        }
        table.add(.get, "/admin/lockouts", access: admins) { _, context in
            .page(try await lockoutsPage(context, notice: nil))
        }
        table.add(.post, "/admin/lockouts/unlock", access: admins) { _, context in
            let user = try context.requireUser()
            let account = context.form.trimmed("account")
            let now = context.now
            let unlocked = try await context.store.asyncWrite { db in
                try LoginThrottle.unlock(account, by: user.username, at: now, in: db)
            }
            let notice = unlocked ? "\(account) is unlocked." : "\(account) was not locked."
            return .page(try await lockoutsPage(context, notice: notice))
        }
    }

    private static func lockoutsPage(_ context: PageContext, notice: String?) async throws -> Page {
        let failures = try await context.store.asyncRead { db in try LoginThrottle.all(in: db) }
        let rows: [HTML] = failures.map { failure in
            let unlock: HTML =
                failure.isLocked
                ? """
                <form method="post" action="/admin/lockouts/unlock">\(Forms.csrfField(context.csrfToken))\
                <input type="hidden" name="account" value="\(failure.account)">\
                <button type="submit">Unlock \(failure.account)</button></form>
                """
                : "–"
            return """
                <tr><td>\(failure.account)</td><td>\(failure.failures)</td>\
                <td>\(StoreTime.text(failure.lastFailedAt))</td><td>\(failure.lastClient)</td>\
                <td>\(failure.lockedAt.map(StoreTime.text) ?? "not locked")</td><td>\(unlock)</td></tr>
                """
        }
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" role=\"status\">\($0)</p>" } ?? ""
        return Page(
            "Failed sign-ins and lockouts",
            context,
            content: """
                \(noticeHTML)
                <p>Accounts lock after \(context.services.login.lockAfter) failed attempts and stay locked until \
                unlocked here. Names that match no account are shown as <code>unknown:</code> labels.</p>
                <table><thead><tr><th scope="col">Account</th><th scope="col">Failures</th>\
                <th scope="col">Last failure</th><th scope="col">From</th><th scope="col">Locked</th>\
                <th scope="col">Action</th></tr></thead><tbody>\(rows)</tbody></table>
                """
        )
    }
}
