import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct QueueExportTests {
    @Test("the export is an attachment, neutralises formulas, and is recorded as a disclosure")
    func export() async throws {
        let world = try await TestWorld()
        try world.seedTriage(forenames: "=HYPERLINK(\"http://x\")")
        try world.store.write { db in
            try db.execute(sql: "UPDATE employee SET team = '@SUM(A1)' WHERE employee_id = 'E902'")
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let queue = try await reviewer.get("/alerts?source=crime").text
            #expect(queue.contains("action=\"/alerts/export\""))
            #expect(queue.contains("<input type=\"hidden\" name=\"source\" value=\"crime\">"))
            let missing = try await reviewer.post("/alerts/export", ["status": "open"])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("<a href=\"#recipient\">Name who will receive the export"))
            let response = try await reviewer.post("/alerts/export", ["status": "open", "recipient": "TRM meeting"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"vigil-queue-") == true)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = response.text.components(separatedBy: "\r\n")
            #expect(lines[0].hasPrefix("alert_id,new_since_meeting,status"))
            #expect(response.text.contains("\"'=HYPERLINK(\"\"http://x\"\") O'Brien\""))
            #expect(response.text.contains(",'@SUM(A1),"))
            #expect(lines.count == 5)
            let filtered = try await reviewer.post(
                "/alerts/export",
                ["status": "open", "source": "intelligence", "recipient": "TRM meeting"]
            )
            #expect(filtered.text.components(separatedBy: "\r\n").count == 3)
        }
        let disclosure = try world.auditEntries().first { $0.event.action == .disclosure }?.event
        #expect(disclosure?.actor == "rev")
        #expect(disclosure?.objectType == "alert")
        #expect(disclosure?.objectIDs == ["5", "4", "1"])
        #expect(disclosure?.detail.contains("recipient: TRM meeting") == true)
        #expect(disclosure?.detail.contains("employee E900") == true)
    }

    @Test("a cell starting with = + - @ tab or carriage return is prefixed with an apostrophe")
    func cells() {
        let alerts: [QueuedAlert] = []
        #expect(QueueExport.document(alerts).hasPrefix("alert_id,"))
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(AuditCSV.cell(start + "1").hasPrefix("'") || AuditCSV.cell(start + "1").hasPrefix("\"'"))
        }
    }
}
