import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// The signed-in home page and signing out.
enum HomePages {
    static func declare(into table: inout AccessTable) {
        table.add(.get, "/", access: .signedIn) { _, context in
            let user = try context.requireUser()
            return .page(Page("Signed in as \(user.displayName)", context, content: content(user, context)))
        }
        let readers = RouteAccess(roles: [.reviewer, .supervisor], underGrant: true)
        table.add(.get, "/find-alert", access: readers) { _, context in
            let typed = context.query.trimmed("id")
            guard let id = SubjectIdentifier.alertNumber(typed) else {
                // Back to the home page with the number as typed, rather than a home page that forgot it.
                let user = try context.requireUser()
                let problem = FormProblem("Enter an alert number, such as 42, in figures.", field: "alert")
                let content = content(user, context, typed: String(typed.prefix(100)), problem: problem)
                return .page(
                    Page("Signed in as \(user.displayName)", context, content: content, problem: problem),
                    status: .unprocessableContent
                )
            }
            return .redirect(to: "/alerts/\(id)")
        }
        table.add(.post, "/logout", access: .signedIn) { _, context in
            let user = try context.requireUser()
            let now = context.now
            try await context.store.asyncWrite { db in
                let ended = try SessionStore.endAll(userID: user.id, reason: "signed out", at: now, in: db)
                try AuditIndex.record(
                    AuditEvent(
                        at: now,
                        actor: user.username,
                        action: .signOut,
                        objectType: "user",
                        objectIDs: [user.username],
                        detail: "signed out; \(ended) session(s) ended"
                    ),
                    in: db
                )
            }
            var result = PageResult.redirect(to: "/login")
            result.response.headers[.setCookie] = SessionCookie.clearing
            return result
        }
    }

    private static func content(
        _ user: UserAccount,
        _ context: PageContext,
        typed: String = "",
        problem: FormProblem? = nil
    ) -> HTML {
        let alertForm = alertForm(typed: typed, problem: problem)
        var sections: [HTML] = [
            """
            <dl class="facts"><dt>User name</dt><dd>\(user.username)</dd><dt>Role</dt><dd>\(user.role.title)</dd></dl>
            """
        ]
        switch user.role {
        case .reviewer, .supervisor:
            sections.append(
                "<p><a class=\"start\" href=\"/alerts\">Open the morning queue</a></p>"
                    + "<p>Or open an alert by its number:</p>" + alertForm
            )
        case .auditor:
            sections.append("<p>Review who accessed what in the <a href=\"/access-review\">access review</a>.</p>")
        case .admin:
            sections.append(
                "<p>Manage <a href=\"/admin/users\">users</a> and <a href=\"/admin/lockouts\">lockouts</a>. "
                    + "Administrators never see alert content.</p>"
            )
        case .none:
            if let grant = context.grantInForce {
                sections.append(
                    """
                    <p class="notice">Break-glass access is in force until \(MeetingSchedule().text(grant.expiresAt)) UK time \
                    (grant \(grant.id), ticket \(grant.ticket)). Every page you open is recorded against it.</p>
                    """ + alertForm
                )
            } else {
                sections.append(
                    "<p>You have no standing access to data. Access needs a time-limited grant approved by a "
                        + "supervisor.</p>"
                )
            }
        }
        return sections.joined()
    }

    /// The form that opens an alert by its number, with the number typed and the problem, if any.
    private static func alertForm(typed: String, problem: FormProblem?) -> HTML {
        """
        <form method="get" action="/find-alert"><p><label for="alert">Alert number</label>\
        \(Forms.message(problem, field: "alert"))
        <input id="alert" name="id" type="text" inputmode="numeric" value="\(typed)" required\
        \(Forms.invalid(problem, field: "alert"))> <button type="submit">Open</button></p></form>
        """
    }
}
