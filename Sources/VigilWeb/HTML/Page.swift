import Hummingbird
import VigilStore

/// A whole HTML page in Vigil's layout: a header with the signed-in user's navigation and a sign-out
/// form, the content, and nothing inline that the content security policy would refuse.
public struct Page: Sendable {
    /// The page's title (also its first heading).
    public var title: String
    /// The main content.
    public var content: HTML
    /// The signed-in user, for the navigation.
    public var user: UserAccount?
    /// The session's CSRF token, for the sign-out form.
    public var csrfToken: String
    /// What was wrong with the form the page comes back with, if anything: the title then begins
    /// "Error:" and the error summary comes first, under the heading (``Forms/summary(_:)``).
    public var problem: FormProblem?

    /// A page for the visitor in `context`.
    public init(_ title: String, _ context: PageContext, content: HTML, problem: FormProblem? = nil) {
        self.title = title
        self.content = content
        self.user = context.user
        self.csrfToken = context.csrfToken
        self.problem = problem
    }

    /// A page with no signed-in user (errors, sign-in).
    public init(
        title: String,
        content: HTML,
        user: UserAccount? = nil,
        csrfToken: String = "",
        problem: FormProblem? = nil
    ) {
        self.title = title
        self.content = content
        self.user = user
        self.csrfToken = csrfToken
        self.problem = problem
    }

    /// The page as markup.
    public var html: HTML {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(problem == nil ? "" : "Error: ")\(title) – Vigil</title>
        <link rel="stylesheet" href="/static/vigil.css">
        </head>
        <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header class="site"><a class="brand" href="/">Vigil</a>\(navigation)</header>
        <main id="main">
        <h1>\(title)</h1>
        \(Forms.summary(problem))
        \(content)
        </main>
        <footer class="site">Official – Sensitive. Every page you open is recorded.</footer>
        </body>
        </html>
        """
    }

    /// The response carrying the page.
    public func response(status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html.markup))
        )
    }

    private var navigation: HTML {
        guard let user else { return "" }
        var links: [HTML] = ["<li><a href=\"/\">Home</a></li>"]
        if user.role.seesAlertContent {
            links.append("<li><a href=\"/alerts\">Morning queue</a></li>")
            links.append("<li><a href=\"/suppressions\">Suppressions</a></li>")
        }
        if user.role == .supervisor || user.role == .reviewer {
            links.append("<li><a href=\"/trends\">Trends</a></li>")
        }
        if [.supervisor, .reviewer, .admin].contains(user.role) { links.append("<li><a href=\"/runs\">Runs</a></li>") }
        if user.role == .supervisor || user.role == .auditor {
            links.append("<li><a href=\"/grants\">Access grants</a></li>")
            links.append("<li><a href=\"/access-review\">Access review</a></li>")
        }
        if user.role == .admin {
            links.append("<li><a href=\"/admin/users\">Users</a></li>")
            links.append("<li><a href=\"/admin/lockouts\">Lockouts</a></li>")
        }
        return """
            <nav aria-label="Main"><ul>\(links)</ul></nav>
            <form class="signout" method="post" action="/logout">\(Forms.csrfField(csrfToken))\
            <span>\(user.displayName) (\(user.role.title))</span> <button type="submit">Sign out</button></form>
            """
    }
}
