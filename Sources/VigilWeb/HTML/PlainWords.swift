import VigilStore

/// Words for people in place of the codes the store keeps: `incident_location` as "incident location",
/// `NOT_A_MATCH` as "not a match", "status NEW → UNDER_REVIEW" as "status new → under review".
///
/// Pages use these wherever a stored code would otherwise reach the reader; the CSV and JSON exports
/// keep the codes, which other tools read.
enum PlainWords {
    /// A code name with its underscores as spaces: "incident location", "home address · incident location".
    static func code(_ name: String) -> String {
        MorningQueuePage.spaced(name)
    }

    /// An alert status code as its label ("not a match"); any other name (such as "open") as ``code(_:)``.
    static func outcome(_ name: String) -> String {
        AlertStatus(rawValue: name)?.label ?? code(name)
    }

    /// An audit entry's detail with the status codes of a decision ("status NEW → UNDER_REVIEW") as their
    /// labels; other details as they are.
    static func auditDetail(_ detail: String) -> String {
        guard detail.hasPrefix("status ") else { return detail }
        return detail.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let trimmed = word.hasSuffix(";") ? word.dropLast() : word[...]
            guard let status = AlertStatus(rawValue: String(trimmed)) else { return String(word) }
            return status.label + (word.hasSuffix(";") ? ";" : "")
        }.joined(separator: " ")
    }
}
