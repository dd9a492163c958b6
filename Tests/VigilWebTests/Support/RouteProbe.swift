import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import VigilStore
import VigilWeb

/// How the tests exercise each declared route: the concrete path for an object id, and a form that
/// would be accepted if the caller were allowed.
enum RouteProbe {
    /// Every role the tests walk, plus the anonymous visitor (`nil`).
    static let visitors: [String?] = [nil, "rev", "sup", "aud", "adm", "dev", "devgrant"]

    /// The concrete path of `route` for alert `alert`.
    static func path(of route: RouteDeclaration, alert: Int = TestWorld.othersAlert) -> String {
        switch route.access.objects {
        case .employee, .employeeHome:
            return route.path.replacingOccurrences(of: "{id}", with: TestWorld.othersEmployee)
        case .none, .alert:
            return route.path.replacingOccurrences(of: "{id}", with: String(alert))
        }
    }

    /// The object a route's path names when probed (someone else's alert or employee), if any.
    static func object(of route: RouteDeclaration, alert: Int = TestWorld.othersAlert) -> (type: String, id: String)? {
        switch route.access.objects {
        case .none: nil
        case .alert: ("alert", String(alert))
        case .employee, .employeeHome: ("employee", TestWorld.othersEmployee)
        }
    }

    /// The form posted to a state-changing route.
    static func form(for route: RouteDeclaration, alert: Int = TestWorld.othersAlert) -> [String: String] {
        switch route.name {
        case "POST /login": ["username": "nobody", "password": "wrong"]
        case "POST /login/code": ["code": "000000"]
        case "POST /reason":
            [
                "object_type": "alert", "object_id": String(alert), "return": "/alerts/\(alert)",
                "reason": "checking the authorisation matrix",
            ]
        case "POST /admin/lockouts/unlock": ["account": "nobody"]
        case "POST /access-review/export": ["recipient": "Internal audit"]
        case "POST /alerts/export": ["status": "all", "recipient": "Internal audit"]
        case "POST /alerts/assign": ["shown": String(alert), "alert_\(alert)": "1", "assignee": "rev2"]
        case "POST /alerts/{id}/assign": ["assignee": "rev2"]
        case "POST /alerts/{id}/decision": ["status": "UNDER_REVIEW", "reason": "matrix walk"]
        case "POST /alerts/{id}/notes": ["text": "matrix walk note"]
        case "POST /suppressions/{id}/lift": ["reason": "matrix walk"]
        default: [:]
        }
    }

    /// A form the state-changing route refuses, coming back on the page it was sent from: for the
    /// routes declared as showing personal data for that reason. (`POST /suppressions/{id}/approve`
    /// is refused when the suppression is already approved: see ``insertSuppressions(in:)``.)
    static func refusedForm(for route: RouteDeclaration) -> [String: String] {
        switch route.name {
        case "POST /alerts/assign": ["shown": "", "assignee": "rev2", "return": "/alerts?status=all"]
        case "POST /alerts/{id}/assign": ["assignee": "aud"]
        case "POST /alerts/{id}/decision": ["reason": "no transition chosen"]
        case "POST /alerts/{id}/notes": ["text": " "]
        case "POST /suppressions/{id}/lift": ["reason": ""]
        default: [:]
        }
    }

    /// Suppressions 1 (asked for) and 2 (approved) of someone else's alert (2, employee E901), asked for
    /// by `rev`, so that a supervisor's approval of the second is refused.
    static func insertSuppressions(in world: TestWorld) throws {
        try world.store.write { db in
            for (id, approver) in [(1, nil), (2, "sup2")] as [(Int, String?)] {
                try db.execute(
                    sql: """
                        INSERT INTO suppression (id, employee_id, match_kind, row_id, identity_hash, alert_id, reason,
                            requested_by, requested_at, approved_by, approved_at, review_on)
                        VALUES (?, 'E901', 'person', ?, 1, 2, 'a cousin', 'rev', '2026-01-10T09:00:00.000Z', ?, ?,
                            '2027-01-10')
                        """,
                    arguments: [id, 100 + id, approver, approver.map { _ in "2026-01-11T09:00:00.000Z" }]
                )
            }
        }
    }

    /// Sends the route's request from `browser` (signed in or not) and returns the response.
    static func send(
        _ route: RouteDeclaration,
        from browser: Browser,
        alert: Int = TestWorld.othersAlert
    )
        async throws -> TestResponse
    {
        if route.changesState {
            return try await browser.post(path(of: route, alert: alert), form(for: route, alert: alert))
        }
        return try await browser.get(path(of: route, alert: alert))
    }

    /// A fresh browser signed in as `username` (a new TOTP step each time), or anonymous.
    static func browser(_ username: String?, client: any TestClientProtocol, world: TestWorld) async throws -> Browser {
        let browser = Browser(client, world: world)
        if let username {
            world.clock.advance(by: 31)
            try await browser.signIn(username)
        } else {
            try await browser.get("/login")
        }
        return browser
    }

    /// Whether a response gave the caller what they asked for: a 2xx, or a redirect anywhere but the
    /// sign-in page.
    static func succeeded(_ response: TestResponse) -> Bool {
        if (200..<300).contains(response.status.code) { return true }
        if (300..<400).contains(response.status.code) {
            return response.headers[.location].map { !$0.hasPrefix("/login") } ?? false
        }
        return false
    }
}
