/// What a person typed into a form that can no longer be offered, shown read-only so they can copy it.
///
/// A refused form normally comes back with what was typed in its fields. When the change it asked for
/// is no longer possible (another user closed the alert or lifted the suppression first), the page has
/// no form to put the words back into; this block keeps them on screen instead, escaped like everything
/// interpolated into ``HTML``, under a heading that says they were not saved.
///
/// ```swift
/// UnsavedInput([("Reason", typedReason)]).html   // "What you typed (not saved)" and the reason
/// ```
struct UnsavedInput: Sendable, Hashable {
    /// A labelled value the person typed or chose.
    struct Entry: Sendable, Hashable {
        /// What the field was called on the form.
        var label: String
        /// What the person typed or chose, as they sent it.
        var value: String
    }

    /// The values worth showing, in the order of the form; empty ones are left out.
    let entries: [Entry]

    /// The block for these labelled values (those that are empty or only spaces are left out).
    init(_ pairs: [(label: String, value: String)]) {
        entries = pairs.compactMap { pair in
            pair.value.allSatisfy(\.isWhitespace) ? nil : Entry(label: pair.label, value: pair.value)
        }
    }

    /// The id of the block's heading.
    static let headingID = "unsaved"

    /// The block, or nothing when nothing was typed.
    var html: HTML {
        guard !entries.isEmpty else { return "" }
        let rows: [HTML] = entries.map { "<dt>\($0.label)</dt><dd class=\"typed\">\($0.value)</dd>" }
        return """
            <div class="unsaved"><h3 id="\(Self.headingID)">What you typed (not saved)</h3>\
            <p>Nothing was saved. Copy anything you still need, for example into a note.</p>\
            <dl class="facts">\(rows)</dl></div>
            """
    }
}
