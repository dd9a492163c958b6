import Hummingbird
import VigilStore

/// The page that asks why a user is opening an employee or an alert outside their queue.
///
/// It names the object by id only and shows nothing about it. The reason is posted to
/// `POST /reason`, kept for the session, and recorded in every consultation event for that object.
enum ReasonPrompt {
    /// The shortest reason accepted.
    static let minimumLength = 10

    static func page(
        for object: AuditObject,
        returnPath: String,
        user: UserAccount,
        csrfToken: String,
        problem: String?
    ) -> Page {
        let noun = object.type == "alert" ? "alert \(object.id)" : "employee \(object.id)"
        return Page(
            title: "Reason for access",
            content: """
                <p>You are opening \(noun), which is not in your queue. Say why you need to see it. \
                Your reason is recorded with every page you open about it (Data Protection Act 2018, s62).</p>
                \(Forms.problem(problem))
                <form method="post" action="/reason">
                \(Forms.csrfField(csrfToken))
                <input type="hidden" name="object_type" value="\(object.type)">
                <input type="hidden" name="object_id" value="\(object.id)">
                <input type="hidden" name="return" value="\(returnPath)">
                <p><label for="reason">Reason for access</label>
                <textarea id="reason" name="reason" rows="3" minlength="\(minimumLength)" required\
                \(Forms.invalid(problem))></textarea></p>
                <p><button type="submit">Continue</button> <a href="/">Cancel</a></p>
                </form>
                """,
            user: user,
            csrfToken: csrfToken
        )
    }

    /// Whether `path` is a plain path on this site, safe to redirect to: it starts with one `/` and holds
    /// only printable ASCII, with no space, backslash or control character. Browsers drop tabs and
    /// newlines from a `Location` and read a backslash as `/`, so `/\t/evil.example` would become
    /// `//evil.example`, another site.
    static func isLocalPath(_ path: String) -> Bool {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), path.utf8.count <= 512 else { return false }
        return path.utf8.allSatisfy { (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "\\") }
    }
}
