import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// First sign-in with a temporary password: choose a password and set up the authenticator app.
///
/// The secret is generated once per session, shown as text and as a QR code drawn on the server,
/// and kept only with the session until a correct code confirms it.
enum EnrolmentPages {
    static let access = RouteAccess(audience: .signingIn(.enrolment))

    static func declare(into table: inout AccessTable) {
        table.add(.get, "/enrol", access: access) { _, context in
            .page(try await page(context, problem: nil, notice: SignInNotice(query: context.query)))
        }
        table.add(.post, "/enrol", access: access) { _, context in
            let flow = SignInFlow(services: context.services)
            let password = context.form["password"] ?? ""
            let confirmation = context.form["confirmation"] ?? ""
            // Checked here as well as in the flow, so that the problem is tied to the field at fault.
            if let problem = flow.passwordProblem(
                password,
                confirmation: confirmation,
                username: try await enrolling(context).username
            ) {
                let field = problem == SignInFlow.passwordsDiffer ? "confirmation" : "password"
                return .page(
                    try await page(context, problem: FormProblem(problem, field: field)),
                    status: .unprocessableContent
                )
            }
            let outcome = try await flow.enrol(
                password: password,
                confirmation: confirmation,
                code: context.form.trimmed("code"),
                session: context.session!,
                client: context.client
            )
            switch outcome {
            case .refused(let problem):
                let field: String? =
                    switch problem {
                    case SignInFlow.wrongEnrolmentCode: "code"
                    case SignInFlow.sameAsTemporary: "password"
                    default: nil
                    }
                return .page(
                    try await page(context, problem: FormProblem(problem, field: field)),
                    status: .unprocessableContent
                )
            case .accepted(let token, let next):
                return SignInPages.signedStep(token: token, next: next)
            case .busy:
                return SignInPages.busy(try await page(context, problem: FormProblem(SignInFlow.busy, field: nil)))
            }
        }
    }

    /// The user the session is enrolling.
    private static func enrolling(_ context: PageContext) async throws -> UserAccount {
        guard let userID = context.session?.userID,
            let user = try await context.store.asyncRead({ db in try UserDirectory.user(id: userID, in: db) }),
            user.isEnabled
        else { throw WebError.forbidden }
        return user
    }

    /// The enrolment page. Passwords and codes typed are never sent back: a refused form comes back empty,
    /// with the problem at the field at fault.
    private static func page(
        _ context: PageContext,
        problem: FormProblem?,
        notice: SignInNotice? = nil
    ) async throws
        -> Page
    {
        guard let session = context.session else { throw WebError.forbidden }
        let user = try await enrolling(context)
        let secret: String
        if let pending = session.pendingSecret {
            secret = pending
        } else {
            secret = SecondFactor.newSecret()
            try await context.store.asyncWrite { db in
                try SessionStore.offerSecret(secret, tokenHash: session.tokenHash, in: db)
            }
        }
        let factor = context.services.secondFactor
        let uri = factor.provisioningURI(secret: secret, account: user.username)
        let qr = try QRCode(encoding: uri).svg(label: "QR code to add Vigil to your authenticator app")
        let minimum = context.services.login.minimumPasswordLength
        return Page(
            title: "Set up your account",
            content: """
                \(notice?.html ?? "")
                <p>Welcome, \(user.displayName). Choose your own password and set up your second factor.</p>
                <h2>1. Add Vigil to your authenticator app</h2>
                <p>Scan this code with your authenticator app, or type in the key below.</p>
                \(qr)
                <p>Key: <span class="secret">\(Base32.grouped(factor.base32(secret)))</span></p>
                <form method="post" action="/enrol">
                \(Forms.csrfField(context.csrfToken))
                <h2>2. Choose a password</h2>
                <p>\(PasswordRules(minimumLength: minimum).summary)</p>
                \(Forms.field(
                    "New password",
                    name: "password",
                    type: "password",
                    autocomplete: "new-password",
                    problem: problem
                ))
                \(Forms.field(
                    "New password again",
                    name: "confirmation",
                    type: "password",
                    autocomplete: "new-password",
                    problem: problem
                ))
                <h2>3. Confirm</h2>
                \(Forms.field(
                    "The six-digit code your app shows now",
                    name: "code",
                    autocomplete: "one-time-code",
                    problem: problem
                ))
                <p><button type="submit">Finish and sign in</button></p>
                </form>
                """,
            problem: problem
        )
    }
}
