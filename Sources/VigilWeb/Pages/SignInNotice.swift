import VigilStore

/// Why a visitor was sent back to a step of signing in, said in plain words on the page they land on.
///
/// A page reached part-way through signing in (password accepted, code not yet given) sends the
/// visitor back to the step they are at, and a form sent after their sign-in or session ended sends them
/// to the sign-in page: each with one of these words rather than a bare "no access" page. Only the
/// name travels in the address (`?notice=code`); the words are the server's own.
enum SignInNotice: String, Sendable, CaseIterable {
    /// A page was asked for before the code was given.
    case codeFirst = "code"
    /// A page was asked for before a new account was set up.
    case enrolmentFirst = "enrol"
    /// A form came from a visitor not signed in: their sign-in or session had ended, say.
    case ended

    /// The words shown.
    var message: String {
        switch self {
        case .codeFirst:
            "You have not finished signing in. Enter the code from your authenticator app to go on."
        case .enrolmentFirst:
            "You have not finished setting up your account. Choose your password and confirm a code to go on."
        case .ended:
            "You are not signed in (your sign-in may have ended), so nothing you sent was saved. Sign in to go on."
        }
    }

    /// The notice named in a page's address, if any.
    init?(query: FormFields) {
        guard let name = query["notice"] else { return nil }
        self.init(rawValue: name)
    }

    /// The notice as a paragraph for the top of the page.
    var html: HTML { "<p class=\"notice\" role=\"status\">\(message)</p>" }

    /// Where a visitor whose session is not at a route's stage (or not signed in) is sent instead.
    ///
    /// A session part-way through signing in goes back to its own step, with a notice; a signed-in one
    /// (at a step of signing in it has passed) to the sign-in page, which sends it home; anyone else to
    /// the sign-in page, with ``ended`` for a form (a GET, such as a bookmark opened after a timeout,
    /// goes to the bare sign-in page).
    static func redirect(for session: UserSession?, sendingForm: Bool) -> String {
        switch (session?.stage, session?.userID != nil) {
        case (.secondFactor, true): "/login/code?notice=\(Self.codeFirst.rawValue)"
        case (.enrolment, true): "/enrol?notice=\(Self.enrolmentFirst.rawValue)"
        case (.signedIn, true): "/login"
        default: sendingForm ? "/login?notice=\(Self.ended.rawValue)" : "/login"
        }
    }
}
