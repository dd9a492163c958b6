/// What was wrong with a form a person sent, in words they understand, and the fields it concerns.
///
/// A page that carries one (``Page/problem``) comes back with the status of the refusal (422 for input
/// that cannot be accepted, 409 for a change the data no longer allows), a title beginning "Error:", and
/// an error summary under its heading (``Forms/summary(_:)``, `role="alert"`) whose message links to the
/// first field at fault. That field is followed by the same message (``Forms/message(_:field:)``), and
/// every field at fault is marked `aria-invalid="true"` and described by it (``Forms/invalid(_:field:)``).
/// A form with several fields wrong carries the others as ``further`` problems, listed and shown the same
/// way,
/// as WCAG 2.2's 3.3.1 and 3.3.3 ask. The page keeps what the person typed, escaped like everything
/// interpolated into ``HTML``, except passwords and one-time codes, which are never sent back.
///
/// ```swift
/// let problem = FormProblem("Give a reason for the decision.", field: "reason")
/// Forms.field("Reason", name: "reason", value: typed, problem: problem)
/// ```
///
/// It is also an `Error`, so a parser such as ``ReviewPeriod/parse(from:to:now:fields:)`` can throw it to
/// the handler that re-renders the form.
public struct FormProblem: Error, Sendable, Hashable {
    /// What to tell the person.
    public var message: String
    /// The ids of the fields at fault, the one the summary links to first; empty when the problem is the
    /// form's as a whole and there is nothing to go to.
    public var fields: [String]

    /// Further problems found on the same form, so that one round trip can put every field right: each
    /// is listed in the summary after this one and shown at its own field.
    public var further: [FormProblem] = []

    /// A problem with the field whose id is `field` (and `others`, marked invalid too).
    public init(_ message: String, field: String?, also others: [String] = []) {
        self.message = message
        self.fields = (field.map { [$0] } ?? []) + others
    }

    /// Every problem in `problems` at once, the first leading; `nil` when there are none.
    ///
    /// ```swift
    /// FormProblem(all: [reasonProblem, dateProblem].compactMap { $0 })
    /// ```
    public init?(all problems: [FormProblem]) {
        let each = problems.flatMap(\.each)
        guard let first = each.first else { return nil }
        self = first
        further = Array(each.dropFirst())
    }

    /// This problem and the further ones, each on its own, in the order the summary lists them.
    public var each: [FormProblem] {
        var lead = self
        lead.further = []
        return [lead] + further.flatMap(\.each)
    }

    /// The id of the message written after the first field, which every field at fault points at.
    public var messageID: String { "\(fields.first ?? "form")-error" }

    /// Whether the field with this id is at fault (in this problem or a further one).
    public func concerns(_ id: String) -> Bool { each.contains { $0.fields.contains(id) } }
}
