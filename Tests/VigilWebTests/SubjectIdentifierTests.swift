import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// An alert number, employee id or user name is read the same way on every page: what the home page's
/// alert box or an alert's path refuses, the access review refuses too (422, the form as typed, nothing
/// read from the trail and nothing recorded as reviewed).
@Suite struct SubjectIdentifierTests {
    @Test("an alert number is a whole number above zero in figures only")
    func alertNumbers() {
        #expect(SubjectIdentifier.alertNumber("42") == 42)
        #expect(SubjectIdentifier.alertNumber("007") == 7)
        for bad in ["", "0", "-5", "+5", "12abc", "abc", " 4", "4.0", "99999999999999999999", "٤٢"] {
            #expect(SubjectIdentifier.alertNumber(bad) == nil, "\(bad)")
        }
    }

    @Test("an employee id is letters, figures and - _ . / only, at most 64 characters")
    func employeeIDs() {
        for good in ["E100248", "PC-4471", "e900", "A/12.3_x"] {
            #expect(SubjectIdentifier.isEmployeeID(good), "\(good)")
        }
        let long = String(repeating: "E", count: 65)
        for bad in ["", "E100248\"><script>", "E1 00", "E100'", long, "É100"] {
            #expect(!SubjectIdentifier.isEmployeeID(bad), "\(bad)")
        }
    }

    @Test("an access review of an id that names nothing comes back as typed with 422, reading and recording nothing")
    func accessReviewRefusesBadSubjects() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let before = try world.auditCount()
            let cases: [(String, String, String)] = [
                ("alert", "abc", "Enter an alert number"),
                ("alert", "-5", "Enter an alert number"),
                ("alert", "12abc", "Enter an alert number"),
                ("employee", "E100248%22%3E%3Cscript%3E", "Enter an employee id"),
                ("user", "Not%20A%20User", "Enter a user name"),
            ]
            for (kind, id, words) in cases {
                let page = try await auditor.get("/access-review?subject=\(kind)&id=\(id)&from=2026-01-01")
                #expect(page.status == .unprocessableContent, "\(kind) \(id)")
                #expect(RefusedFormTests.summary(page.text).contains("<a href=\"#id\">\(words)"), "\(kind) \(id)")
                #expect(RefusedFormTests.marked("id", in: page.text))
                #expect(page.text.contains("<option value=\"\(kind)\" selected>"))
                #expect(!page.text.contains("<table>"))
            }
            let script = try await auditor.get("/access-review?subject=employee&id=E1%22%3E%3Cb%3E")
            #expect(RefusedFormTests.field("id", in: script.text).contains("value=\"E1&quot;&gt;&lt;b&gt;\""))
            #expect(try world.auditCount() == before)
            // A number with leading zeros is the alert every other page records: alert 7.
            let seven = try await auditor.get("/access-review?subject=alert&id=007")
            #expect(seven.status == .ok)
            let written = try world.auditEntries(after: before).map(\.event)
            #expect(written.count == 1)
            #expect(written.first?.detail.contains("alert 7") == true)
            #expect(written.first?.detail.contains("alert 007") == false)
        }
    }

    @Test("a review and an export with several fields wrong list and mark every one of them")
    func everyProblemListed() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let review = try await auditor.get("/access-review?subject=alert&id=x&from=2026-02-30&to=bad")
            #expect(review.status == .unprocessableContent)
            let listed = RefusedFormTests.summary(review.text)
            for (id, words) in [("from", "From must be"), ("to", "To must be"), ("id", "Enter an alert number")] {
                #expect(listed.contains("<li><a href=\"#\(id)\">\(words)"), "\(id)")
                #expect(RefusedFormTests.marked(id, in: review.text), "\(id)")
            }
            try await auditor.get("/access-review")
            let export = try await auditor.post("/access-review/export", ["from": "bad", "to": "bad", "recipient": ""])
            #expect(export.status == .unprocessableContent)
            #expect(export.headers[.contentDisposition] == nil)
            let exportListed = RefusedFormTests.summary(export.text)
            for id in ["export-from", "export-to", "recipient"] {
                #expect(exportListed.contains("<li><a href=\"#\(id)\">"), "\(id)")
                #expect(RefusedFormTests.marked(id, in: export.text), "\(id)")
            }
            #expect(!RefusedFormTests.marked("from", in: export.text))
        }
    }
}
