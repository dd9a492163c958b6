import Hummingbird
import VigilStore

/// The page that asks why a user is opening an alert not assigned to them (an unassigned one included,
/// and whatever the role: a supervisor's queue lists every alert), an employee no open alert about whom
/// is assigned to them, or anything under a break-glass grant.
///
/// It names the object by id only and shows nothing about it. The reason is posted to
/// `POST /reason`, kept for the session, and recorded in every consultation event for that object; a
/// reason too short or too long comes back in the box as typed, with the problem.
enum ReasonPrompt {
    /// The shortest reason accepted.
    static let minimumLength = 10

    static func page(
        for object: AuditObject,
        returnPath: String,
        user: UserAccount,
        csrfToken: String,
        problem: FormProblem?,
        reason: String = "",
        underGrant: Bool = false
    ) -> Page {
        Page(
            title: "Reason for access",
            content: """
                <p>\(why(object, underGrant: underGrant)) Say why you need to see it. \
                Your reason is recorded with every page you open about it (Data Protection Act 2018, s62).</p>
                <form method="post" action="/reason">
                \(Forms.csrfField(csrfToken))
                <input type="hidden" name="object_type" value="\(object.type)">
                <input type="hidden" name="object_id" value="\(object.id)">
                <input type="hidden" name="return" value="\(returnPath)">
                <p><label for="reason">Reason for access</label>\(Forms.message(problem, field: "reason"))
                <textarea id="reason" name="reason" rows="3" minlength="\(minimumLength)" required\
                \(Forms.invalid(problem, field: "reason"))>\(reason)</textarea></p>
                <p><button type="submit">Continue</button> <a href="/">Cancel</a></p>
                </form>
                """,
            user: user,
            csrfToken: csrfToken,
            problem: problem
        )
    }

    /// Why a reason is asked for, as the rule has it.
    static func why(_ object: AuditObject, underGrant: Bool) -> String {
        if underGrant {
            let noun = object.type == "alert" ? "alert \(object.id)" : "employee \(object.id)'s records"
            return "You are opening \(noun) under an access grant, which needs a reason for each alert or employee."
        }
        if object.type == "alert" {
            return "You are opening alert \(object.id), which is not assigned to you. Any alert not assigned to you, "
                + "an unassigned one included, needs a reason before it opens."
        }
        return "You are opening employee \(object.id)'s records. No open alert about them is assigned to you, so "
            + "a reason is needed before they open."
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
