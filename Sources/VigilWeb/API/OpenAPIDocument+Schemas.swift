import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// The status names the API uses, in workflow order.
enum AlertStatusNames {
    static let all = AlertStatus.allCases.map(\.rawValue)
}

extension OpenAPIDocument {
    /// The schemas of ``APIPayloads``: every property listed, the required ones named, nothing else
    /// allowed (a test checks real responses against them).
    static var schemas: [(String, JSONValue)] {
        [
            (
                "Alert",
                object(
                    required: [
                        "id", "kind", "employeeId", "source", "eventId", "roles", "status", "probability", "band",
                        "predatesStart", "evidenceWithdrawn", "raisedAt", "updatedAt",
                    ],
                    [
                        ("id", integer), ("kind", ["type": "string", "enum": ["person", "home_address"]]),
                        ("employeeId", string), ("source", string), ("eventId", string),
                        ("eventDate", ["type": "string", "format": "date"]),
                        ("roles", ["type": "array", "items": string]), ("status", statusSchema),
                        ("probability", number), ("band", ["type": "string", "enum": ["high", "medium", "low"]]),
                        ("predatesStart", boolean), ("evidenceWithdrawn", boolean), ("assignedTo", string),
                        ("raisedAt", dateTime), ("updatedAt", dateTime),
                    ]
                )
            ),
            ("AlertList", list("alerts", "Alert")),
            (
                "Outcome",
                object(
                    required: ["id", "alertId", "at", "actor", "fromStatus", "toStatus", "reason"],
                    [
                        ("id", integer), ("alertId", integer), ("at", dateTime), ("actor", string),
                        ("fromStatus", statusSchema), ("toStatus", statusSchema), ("reason", string),
                        (
                            "referral",
                            .object([
                                ("type", "string"), ("enum", .array(Referral.allCases.map { .string($0.rawValue) })),
                            ])
                        ),
                        ("caseReference", string),
                    ]
                )
            ),
            ("OutcomeList", list("outcomes", "Outcome")),
            (
                "Week",
                object(
                    required: ["week", "alerts", "bySource", "byRole", "byOutcome", "decided", "notAMatch"],
                    [
                        ("week", ["type": "string", "format": "date"]), ("alerts", integer),
                        ("bySource", counts), ("byRole", counts), ("byOutcome", counts), ("decided", integer),
                        ("notAMatch", integer), ("falsePositiveRate", number), ("medianDaysToDecision", number),
                        ("p90DaysToDecision", number),
                    ]
                )
            ),
            (
                "WeeklyTrends",
                object(
                    required: ["from", "to", "weeks"],
                    [
                        ("from", ["type": "string", "format": "date"]), ("to", ["type": "string", "format": "date"]),
                        ("weeks", .object([("type", "array"), ("items", reference("Week"))])),
                    ]
                )
            ),
            (
                "Error",
                object(
                    required: ["error"],
                    [
                        (
                            "error",
                            object(required: ["status", "message"], [("status", integer), ("message", string)])
                        )
                    ]
                )
            ),
        ]
    }

    static let number: JSONValue = ["type": "number"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    static let counts: JSONValue = ["type": "object", "additionalProperties": integer]

    private static func object(required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("type", "object"), ("required", .array(required.map(JSONValue.string))),
            ("properties", .object(properties)), ("additionalProperties", false),
        ])
    }

    private static func list(_ name: String, _ item: String) -> JSONValue {
        object(
            required: [name],
            [(name, .object([("type", "array"), ("items", reference(item))])), ("nextAfter", integer)]
        )
    }
}
