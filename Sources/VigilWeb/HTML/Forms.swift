/// Small pieces of form markup shared by the pages.
public enum Forms {
    /// The name of the form field that carries the CSRF token.
    public static let csrfFieldName = "csrf_token"

    /// The hidden field every state-changing form must carry.
    public static func csrfField(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"\(csrfFieldName)\" value=\"\(token)\">"
    }

    /// A labelled text input. Its `id` is its name unless another is given (two forms on one page must
    /// not share ids); with a `problem`, it is marked invalid and described by ``problem(_:)``'s message.
    public static func field(
        _ label: String,
        name: String,
        id: String? = nil,
        type: String = "text",
        value: String = "",
        autocomplete: String = "off",
        required: Bool = true,
        problem: String? = nil
    ) -> HTML {
        let id = id ?? name
        return """
            <p><label for="\(id)">\(label)</label>
            <input id="\(id)" name="\(name)" type="\(type)" value="\(value)" autocomplete="\(autocomplete)"\
            \(required ? HTML(" required") : "")\(invalid(problem))></p>
            """
    }

    /// The id of the paragraph ``problem(_:)`` writes, which the fields it concerns point at.
    public static let problemID = "form-problem"

    /// A paragraph announcing a problem with the form (one a page), named by ``problemID``.
    public static func problem(_ message: String?) -> HTML {
        guard let message else { return "" }
        return "<p id=\"\(problemID)\" class=\"problem\" role=\"alert\">\(message)</p>"
    }

    /// The attributes that tie a field to the page's problem (WCAG 3.3.1): ` aria-invalid="true"
    /// aria-describedby="form-problem"` when there is a problem, nothing otherwise.
    public static func invalid(_ problem: String?) -> HTML {
        guard problem != nil else { return "" }
        return " aria-invalid=\"true\" aria-describedby=\"\(problemID)\""
    }
}
