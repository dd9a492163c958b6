import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import VigilWeb

/// WCAG 2.2 AA in the markup: unique ids that labels point at, problems tied to their fields, and the
/// contrast of the flags on their row colour.
@Suite struct FormAccessibilityTests {
    /// Every value of `attribute` on the page.
    private func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
            .map(String.init)
    }

    @Test("the access review's two forms share no id, and each label points at its own field")
    func uniqueIDs() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let page = try await auditor.get("/access-review?subject=employee&id=E901").text
            let ids = values(of: "id", in: page)
            #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
            let targets = values(of: "for", in: page)
            #expect(targets.contains("export-from") && targets.contains("export-to"))
            for target in targets { #expect(ids.contains(target), "label for \(target) has no field") }
        }
    }

    /// The opening tag of the element whose markup starts with `opening`, or "".
    static func tag(_ opening: String, in page: String) -> String {
        page.components(separatedBy: opening).dropFirst().first?.split(separator: ">").first.map(String.init) ?? ""
    }

    @Test("a refused form begins with an error summary linking to the field, which is marked and described")
    func problemsTiedToFields() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let visitor = Browser(client, world: world)
            try await visitor.get("/login")
            let refused = try await visitor.post("/login", ["username": "rev", "password": "wrong"]).text
            #expect(refused.contains("<title>Error: Sign in – Vigil</title>"))
            let summary = try #require(
                refused.components(separatedBy: "<div class=\"error-summary\" role=\"alert\"").dropFirst().first?
                    .components(separatedBy: "</div>").first
            )
            #expect(summary.contains("<a href=\"#username\">The user name or password is not right.</a>"))
            // The summary comes first, straight under the heading.
            #expect(refused.contains("<h1>Sign in</h1>\n<div class=\"error-summary\""))
            #expect(refused.contains("<span class=\"field-error\" id=\"username-error\">"))
            for name in ["username", "password"] {
                let field = Self.tag("<input id=\"\(name)\"", in: refused)
                #expect(field.contains("aria-invalid=\"true\""), "\(name)")
                #expect(field.contains("aria-describedby=\"username-error\""), "\(name)")
            }
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let short = try await reviewer.post(
                "/reason",
                ["object_type": "alert", "object_id": "2", "return": "/alerts/2", "reason": "why <b>"]
            )
            #expect(short.status == .unprocessableContent)
            #expect(
                short.text.contains("aria-invalid=\"true\" aria-describedby=\"reason-error\">why &lt;b&gt;</textarea>")
            )
            #expect(short.text.contains("<a href=\"#reason\">Give a reason of 10 to 500 characters.</a>"))
            let fresh = try await reviewer.get("/alerts/1").text
            #expect(!fresh.contains("aria-invalid"))
            #expect(!fresh.contains("error-summary"))
        }
    }

    @Test("a refused decision marks only the field at fault as invalid, and keeps what was typed")
    func decisionProblemMarksItsField() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "looking"])
            let page = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "REFERRED", "reason": "assault", "referral": "misconduct"]
            ).text
            #expect(page.contains("A referral needs the external case reference"))
            #expect(page.contains("<a href=\"#case_reference\">"))
            #expect(Self.tag("<input id=\"case_reference\"", in: page).contains("aria-invalid=\"true\""))
            #expect(
                Self.tag("<input id=\"case_reference\"", in: page)
                    .contains("aria-describedby=\"case_reference-error\"")
            )
            for opening in ["<textarea id=\"reason\"", "<select id=\"referral\"", "<input id=\"review_on\""] {
                #expect(!Self.tag(opening, in: page).contains("aria-invalid"), "\(opening)")
            }
            #expect(!Self.tag("<input type=\"radio\" id=\"status-", in: page).contains("aria-invalid"))
            #expect(Self.tag("<input type=\"radio\" id=\"status-REFERRED\"", in: page).contains("checked"))
            #expect(page.contains("<option value=\"misconduct\" selected>"))
            let noReason = try await reviewer.post("/alerts/1/decision", ["status": "REFERRED", "reason": " "]).text
            // Every field at fault is marked at once: the reason, the referral and its case reference.
            #expect(noReason.components(separatedBy: "aria-invalid").count == 4, "three fields marked")
            #expect(Self.tag("<select id=\"referral\"", in: noReason).contains("aria-describedby=\"referral-error\""))
            #expect(!Self.tag("<input id=\"review_on\"", in: noReason).contains("aria-invalid"))
            #expect(
                noReason.contains(
                    "<textarea id=\"reason\" name=\"reason\" rows=\"3\" required aria-invalid=\"true\" "
                        + "aria-describedby=\"reason-error\">"
                )
            )
            let noChoice = try await reviewer.post("/alerts/1/decision", ["reason": "no status chosen"]).text
            #expect(noChoice.contains("<a href=\"#status-AWAITING_INFO\">Choose what the alert becomes.</a>"))
            let radios = noChoice.components(separatedBy: "<input type=\"radio\"").dropFirst()
            #expect(!radios.isEmpty)
            #expect(radios.allSatisfy { $0.split(separator: ">")[0].contains("aria-invalid=\"true\"") })
        }
    }

    @Test("the before-start flag has at least 4.5:1 contrast on its row's background")
    func flagContrast() throws {
        let css = Stylesheet.css
        func colour(after selector: String, property: String) throws -> String {
            let rule = try #require(css.components(separatedBy: selector).dropFirst().first)
            let value = try #require(rule.components(separatedBy: "\(property): #").dropFirst().first)
            return String(value.prefix(6))
        }
        let flag = try colour(after: ".flag, .status-problem {", property: "color")
        let row = try colour(after: "tr.predates td", property: "background")
        #expect(row == "fdf0ee")
        #expect(Self.contrast(flag, row) >= 4.5, "\(flag) on \(row): \(Self.contrast(flag, row))")
        #expect(Self.contrast("d4351c", "fdf0ee") < 4.5)
    }

    /// The WCAG contrast ratio of two `rrggbb` colours.
    static func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex, radix: 16) ?? 0
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.039_28 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
