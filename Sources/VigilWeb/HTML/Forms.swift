/// Small pieces of form markup shared by the pages.
public enum Forms {
    /// The name of the form field that carries the CSRF token.
    public static let csrfFieldName = "csrf_token"

    /// The hidden field every state-changing form must carry.
    public static func csrfField(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"\(csrfFieldName)\" value=\"\(token)\">"
    }

    /// A labelled text input.
    public static func field(
        _ label: String,
        name: String,
        type: String = "text",
        value: String = "",
        autocomplete: String = "off",
        required: Bool = true
    ) -> HTML {
        """
        <p><label for="\(name)">\(label)</label>
        <input id="\(name)" name="\(name)" type="\(type)" value="\(value)" autocomplete="\(autocomplete)"\
        \(required ? HTML(" required") : "")></p>
        """
    }

    /// A paragraph announcing a problem with the form.
    public static func problem(_ message: String?) -> HTML {
        guard let message else { return "" }
        return "<p class=\"problem\" role=\"alert\">\(message)</p>"
    }
}
