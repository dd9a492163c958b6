import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilStore

/// `POST /alerts/export`: the queue, with the filters on screen, as CSV for the 08:00 meeting.
///
/// Every cell a spreadsheet would run as a formula is neutralised (``AuditCSV/cell(_:)``), the file is
/// sent as an attachment, and the framework records the export as a disclosure to the named recipient,
/// naming every alert and employee in it. Without a recipient, the queue comes back with its filters and
/// the problem at the recipient field (422), recorded as the consultation it is.
enum QueueExport {
    static let header = [
        "alert_id", "new_since_meeting", "status", "kind", "source", "event_id", "event_date", "roles", "employee_id",
        "employee_name", "team", "probability", "band", "predates_start", "evidence_withdrawn", "assigned_to",
        "raised_at", "updated_at",
    ]

    static func respond(_ context: PageContext, schedule: MeetingSchedule) async throws -> PageResult {
        let user = try context.requireUser()
        guard DeclaredResponder.recipient(form: context.form, query: FormFields()) != nil else {
            // Back to the queue with these filters and what was typed: a consultation, nothing exported.
            let problem = FormProblem(
                "Name who will receive the export (at most 200 characters): it is recorded with the export.",
                field: "recipient"
            )
            return try await TriageRoutes.queue(
                context,
                filters: context.form,
                schedule: schedule,
                entered: context.form,
                problem: problem,
                status: .unprocessableContent
            )
        }
        let filter = QueueFilter(context.form)
        let since = filter.sinceDate(now: context.now, schedule: schedule)
        let query = filter.query(since: since.date)
        let viewer = TriageRoutes.viewer(user)
        let alerts = try await context.store.asyncRead { db in try AlertQueue.all(query, viewer: viewer, in: db) }
        let day = String(StoreTime.text(context.now).prefix(10))
        let response = Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"vigil-queue-\(day).csv\"",
                .cacheControl: "no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: document(alerts)))
        )
        var consulted = alerts.map { AuditObject(type: "alert", id: String($0.id)) }
        consulted += Set(alerts.map(\.employeeID)).sorted().map { AuditObject(type: "employee", id: $0) }
        return PageResult(response: response, consulted: consulted)
    }

    /// The CSV document: a header row, then one row per alert, CRLF line ends.
    static func document(_ alerts: [QueuedAlert]) -> String {
        var lines = [header.map(AuditCSV.cell).joined(separator: ",")]
        for alert in alerts {
            let cells = [
                String(alert.id), alert.isNewSinceMeeting ? "yes" : "no", alert.status.rawValue, alert.kind,
                alert.source, alert.eventID, alert.eventDate ?? "", alert.roles, alert.employeeID, alert.employeeName,
                alert.team, String(format: "%.4f", alert.probability), alert.band, alert.predatesStart ? "yes" : "no",
                alert.evidenceWithdrawn ? "yes" : "no", alert.assignedTo ?? "", alert.raisedAt, alert.updatedAt,
            ]
            lines.append(cells.map(AuditCSV.cell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
