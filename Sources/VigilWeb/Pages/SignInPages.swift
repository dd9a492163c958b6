import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// Signing in: the password form, then the code form.
///
/// The password form is served with an anonymous session so that even signing in carries a CSRF
/// token tied to a session (a forged sign-in cannot log a victim into an attacker's account).
enum SignInPages {
    static func declare(into table: inout AccessTable) {
        table.add(.get, "/login", access: .anyone) { _, context in
            if context.user != nil { return .redirect(to: "/") }
            var csrfToken = context.csrfToken
            var cookie: String?
            if context.session?.stage != .anonymous {
                let (token, csrf) = try await startAnonymousSession(context)
                cookie = SessionCookie.setting(token)
                csrfToken = csrf
            }
            let notice = SignInNotice(query: context.query)
            var result = PageResult.page(passwordPage(csrfToken: csrfToken, problem: nil, notice: notice))
            if let cookie { result.response.headers[.setCookie] = cookie }
            return result
        }
        table.add(.post, "/login", access: .anyone) { _, context in
            let flow = SignInFlow(services: context.services)
            let username = context.form.trimmed("username")
            let outcome = try await flow.password(
                username: username,
                password: context.form["password"] ?? "",
                client: context.client,
                session: context.session
            )
            // The user name comes back as typed (never the password), so only the password is typed again.
            let kept = String(username.prefix(200))
            switch outcome {
            case .refused(let message):
                let problem = FormProblem(message, field: "username", also: ["password"])
                return .page(
                    passwordPage(csrfToken: context.csrfToken, problem: problem, username: kept),
                    status: .unauthorized
                )
            case .accepted(let token, let next):
                return signedStep(token: token, next: next)
            case .busy:
                let problem = FormProblem(SignInFlow.busy, field: nil)
                return busy(passwordPage(csrfToken: context.csrfToken, problem: problem, username: kept))
            }
        }
        table.add(.get, "/login/code", access: RouteAccess(audience: .signingIn(.secondFactor))) { _, context in
            .page(codePage(csrfToken: context.csrfToken, problem: nil, notice: SignInNotice(query: context.query)))
        }
        table.add(.post, "/login/code", access: RouteAccess(audience: .signingIn(.secondFactor))) { _, context in
            let flow = SignInFlow(services: context.services)
            switch try await flow.code(context.form.trimmed("code"), session: context.session!, client: context.client)
            {
            case .refused(let message):
                let problem = FormProblem(message, field: "code")
                return .page(codePage(csrfToken: context.csrfToken, problem: problem), status: .unauthorized)
            case .accepted(let token, let next):
                return signedStep(token: token, next: next)
            case .busy:
                return busy(codePage(csrfToken: context.csrfToken, problem: FormProblem(SignInFlow.busy, field: nil)))
            }
        }
    }

    /// A 503 page asking to try again in a few seconds (`Retry-After`), for a sign-in not tried because
    /// too many were running at once.
    static func busy(_ page: Page) -> PageResult {
        var result = PageResult.page(page, status: .serviceUnavailable)
        result.response.headers[.retryAfter] = "5"
        return result
    }

    /// A redirect that also hands the browser its new session id.
    static func signedStep(token: String, next: String) -> PageResult {
        var result = PageResult.redirect(to: next)
        result.response.headers[.setCookie] = SessionCookie.setting(token)
        return result
    }

    /// Creates an anonymous session (clearing out stale ones); returns its id and CSRF token.
    static func startAnonymousSession(_ context: PageContext) async throws -> (token: String, csrf: String) {
        let token = SessionToken.generate()
        let csrf = SessionToken.generate()
        let now = context.now
        let policy = context.services.sessions
        let client = context.client
        let old = context.session
        try await context.store.asyncWrite { db in
            if let old { try SessionStore.end(tokenHash: old.tokenHash, reason: "sign-in restarted", at: now, in: db) }
            try SessionStore.purge(
                anonymousIdleBefore: now.addingTimeInterval(-policy.anonymousTimeout),
                endedBefore: now.addingTimeInterval(-policy.absoluteTimeout),
                in: db
            )
            try SessionStore.create(
                tokenHash: SessionToken.hash(token),
                userID: nil,
                stage: .anonymous,
                csrfToken: csrf,
                client: client,
                at: now,
                in: db
            )
        }
        return (token, csrf)
    }

    /// The password form; after a refusal, with the problem and the user name as typed (the password
    /// never comes back).
    static func passwordPage(
        csrfToken: String,
        problem: FormProblem?,
        username: String = "",
        notice: SignInNotice? = nil
    ) -> Page {
        Page(
            title: "Sign in",
            content: """
                \(notice?.html ?? "")
                <form method="post" action="/login">
                \(Forms.csrfField(csrfToken))
                \(Forms.field(
                    "User name",
                    name: "username",
                    value: username,
                    autocomplete: "username",
                    problem: problem
                ))
                \(Forms.field(
                    "Password",
                    name: "password",
                    type: "password",
                    autocomplete: "current-password",
                    problem: problem
                ))
                <p><button type="submit">Continue</button></p>
                </form>
                <p>Vigil is for authorised Professional Standards staff. Every sign-in and every page opened is recorded.</p>
                """,
            problem: problem
        )
    }

    /// The code form; a refused code is not sent back.
    static func codePage(csrfToken: String, problem: FormProblem?, notice: SignInNotice? = nil) -> Page {
        Page(
            title: "Enter your code",
            content: """
                \(notice?.html ?? "")
                <form method="post" action="/login/code">
                \(Forms.csrfField(csrfToken))
                <p><label for="code">The six-digit code from your authenticator app</label>\
                \(Forms.message(problem, field: "code"))
                <input id="code" name="code" type="text" inputmode="numeric" pattern="[0-9 ]*" maxlength="7" \
                autocomplete="one-time-code" required\(Forms.invalid(problem, field: "code"))></p>
                <p><button type="submit">Sign in</button></p>
                </form>
                <p><a href="/login">Start again</a></p>
                """,
            problem: problem
        )
    }
}
