/// The tag that marks an employee who has left the force, with the day they left, wherever a page lists
/// them: the queue's withdrawn alerts and the trends page's repeat victims and suspects.
///
/// Both read the day from the roster (`employee.left_on`, set when the employee drops off the HR extract), so
/// a leaver reads the same on every page.
///
/// ```swift
/// LeaverTag.left(on: "2026-01-20")                      // Left 2026-01-20
/// LeaverTag.evidenceWithdrawn(employeeLeftOn: nil)      // Evidence withdrawn
/// ```
enum LeaverTag {
    /// "Left 2026-01-20", for a person listed although they have left.
    static func left(on day: String) -> HTML {
        " <span class=\"tag-warn\">Left \(day)</span>"
    }

    /// The queue's tag for an alert none of whose evidence holds: why, when the employee has left
    /// (their matches are removed when they leave), or plainly "Evidence withdrawn".
    static func evidenceWithdrawn(employeeLeftOn day: String?) -> HTML {
        guard let day else { return " <span class=\"tag-warn\">Evidence withdrawn</span>" }
        return " <span class=\"tag-warn\">Evidence withdrawn: employee left \(day)</span>"
    }
}
