import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import VigilWeb

/// Where a form may send the browser back to: only plain paths on this site.
@Suite struct LocalPathTests {
    @Test(
        "a return path with whitespace, a control character, a backslash or another host is refused",
        arguments: [
            "//evil.example", "/\t/evil.example/x", "/\n/evil.example", "/\r/evil.example", "/ /evil.example",
            "/\u{0B}/evil.example", "/\u{0C}/evil.example", "/\u{00}/evil.example", "/\u{7F}/evil.example",
            "/\\evil.example", "/a\\b", "/\u{A0}/evil.example", "/\u{3000}/evil.example", "https://evil.example",
            "evil.example", "", "/" + String(repeating: "a", count: 600),
        ]
    )
    func refused(_ path: String) {
        #expect(!ReasonPrompt.isLocalPath(path))
    }

    @Test("plain local paths are accepted", arguments: ["/", "/alerts/2", "/alerts?status=NEW&page=2#history"])
    func accepted(_ path: String) {
        #expect(ReasonPrompt.isLocalPath(path))
    }

    @Test("POST /reason and /alerts/assign never redirect to a path with a tab in it")
    func routes() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let reason = try await reviewer.post(
                "/reason",
                [
                    "object_type": "alert", "object_id": "2", "return": "/\t/evil.example/x",
                    "reason": "a good reason here",
                ]
            )
            #expect(reason.status == .badRequest)
            #expect(reason.headers[.location] == nil)
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let assigned = try await supervisor.post(
                "/alerts/assign",
                ["shown": "1", "alert_1": "1", "assignee": "rev", "return": "/\t/evil.example/x"]
            )
            #expect(assigned.status == .seeOther)
            #expect(assigned.headers[.location] == "/alerts?done=assigned&count=1&to=rev")
        }
    }
}
