import GRDB
import VigilCore

extension AlertLedger {
    /// Keeps an alert's summary in step with the evidence that holds: its roles, best probability and
    /// band, the event's date (the earliest its records give) and whether that predates the employee's
    /// start.
    ///
    /// A record corrected in place (a new event date, a new role) changes the summary with it, and
    /// withdrawn evidence no longer counts. An alert none of whose evidence holds keeps the summary of
    /// what it last held, flagged as withdrawn, so the team still sees what was seen. Where the store no
    /// longer knows the employee's start date (their data was erased), `predates_start` stays as it was.
    static func refreshSummary(alertID: Int64, in db: Database) throws {
        let evidence = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT e.role, e.probability, COALESCE(p.event_date, l.event_date) AS event_date
                    FROM alert_evidence e
                    LEFT JOIN person_record p ON e.match_kind = 'person' AND p.id = e.row_id
                    LEFT JOIN incident_location l ON e.match_kind = 'home_address' AND l.id = e.row_id
                    WHERE e.alert_id = ? AND e.withdrawn = 0 ORDER BY e.row_id
                    """
            ),
            arguments: [alertID]
        )
        guard !evidence.isEmpty else { return }
        var roles: [String] = []
        for row in evidence {
            let role: String = row["role"]
            if !role.isEmpty, !roles.contains(role) { roles.append(role) }
        }
        let best = evidence.map { $0["probability"] as Double }.max() ?? 0
        let eventDate = evidence.compactMap { CalendarDate(storeText: $0["event_date"] as String?) }.min()
        let start = try String.fetchOne(
            db.cachedStatement(
                sql: "SELECT m.start_date FROM alert a JOIN employee m ON m.employee_id = a.employee_id WHERE a.id = ?"
            ),
            arguments: [alertID]
        )
        .flatMap { CalendarDate(storeText: $0) }
        let predates: Bool? = start.map { start in eventDate.map { $0 < start } ?? false }
        try db.cachedStatement(
            sql: """
                UPDATE alert SET roles = ?, probability = ?, band = ?, event_date = ?,
                    predates_start = COALESCE(?, predates_start)
                WHERE id = ?
                """
        ).execute(
            arguments: [
                roles.joined(separator: ", "), best, LinkResult.Band(probability: best).rawValue,
                eventDate?.description, predates, alertID,
            ]
        )
    }
}
