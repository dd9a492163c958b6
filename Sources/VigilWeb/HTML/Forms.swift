/// Small pieces of form markup shared by the pages, and the way a refused form shows its problem
/// (``FormProblem``).
public enum Forms {
    /// The name of the form field that carries the CSRF token.
    public static let csrfFieldName = "csrf_token"

    /// The hidden field every state-changing form must carry.
    public static func csrfField(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"\(csrfFieldName)\" value=\"\(token)\">"
    }

    /// A labelled text input. Its `id` is its name unless another is given (two forms on one page must
    /// not share ids); `value` is what to show in it (what the person typed, when the form comes back).
    /// When `problem` concerns it, the problem's message follows the label and the input is marked invalid.
    public static func field(
        _ label: String,
        name: String,
        id: String? = nil,
        type: String = "text",
        value: String = "",
        autocomplete: String = "off",
        required: Bool = true,
        problem: FormProblem? = nil
    ) -> HTML {
        let id = id ?? name
        return """
            <p><label for="\(id)">\(label)</label>\(message(problem, field: id))
            <input id="\(id)" name="\(name)" type="\(type)" value="\(value)" autocomplete="\(autocomplete)"\
            \(required ? HTML(" required") : "")\(invalid(problem, field: id))></p>
            """
    }

    /// The id of the error summary's heading.
    public static let summaryHeadingID = "error-summary-title"

    /// The error summary a page with a problem begins with: announced at once (`role="alert"`), each
    /// message (the problem's and its ``FormProblem/further`` ones) a link to the first field at fault.
    public static func summary(_ problem: FormProblem?) -> HTML {
        guard let problem else { return "" }
        let items: [HTML] = problem.each.map { one in
            let item: HTML = one.fields.first.map { "<a href=\"#\($0)\">\(one.message)</a>" } ?? "\(one.message)"
            return "<li>\(item)</li>"
        }
        return """
            <div class="error-summary" role="alert" aria-labelledby="\(summaryHeadingID)">\
            <h2 id="\(summaryHeadingID)">There is a problem</h2><ul>\(items)</ul></div>
            """
    }

    /// The message of the problem whose first field this is (put it between the field's label and the
    /// field), or nothing for any other field.
    public static func message(_ problem: FormProblem?, field id: String) -> HTML {
        guard let one = problem?.each.first(where: { $0.fields.first == id }) else { return "" }
        return """
             <span class="field-error" id="\(one.messageID)"><span class="visually-hidden">Error: </span>\
            \(one.message)</span>
            """
    }

    /// The attributes that tie a field at fault to its message (WCAG 3.3.1): ` aria-invalid="true"
    /// aria-describedby="reason-error"`; nothing for a field no problem concerns.
    public static func invalid(_ problem: FormProblem?, field id: String) -> HTML {
        guard let one = problem?.each.first(where: { $0.fields.contains(id) }) else { return "" }
        return " aria-invalid=\"true\" aria-describedby=\"\(one.messageID)\""
    }
}
