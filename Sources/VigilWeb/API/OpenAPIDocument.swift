import Foundation
import HTTPTypes
import Hummingbird
import VigilCore

/// The OpenAPI 3.1 description of the JSON API, written in Swift and served at `GET /api/openapi.json`,
/// so BI tools (Qlik, Power BI) can read alerts, outcomes and weekly trends.
///
/// Every operation here is a route in the access table and every `/api/` route is described here
/// (a test checks both ways). Authentication is the dashboard's session cookie: a BI tool signs in
/// as a named service account, or reads through a reverse proxy that holds such a session.
enum OpenAPIDocument {
    /// One GET operation.
    struct Operation: Sendable {
        var path: String
        var id: String
        var summary: String
        var description: String
        var parameters: [JSONValue]
        var schema: String
    }

    /// The operations, in the order the document lists them.
    static let operations: [Operation] = [
        Operation(
            path: "/api/v1/alerts",
            id: "listAlerts",
            summary: "List alerts",
            description: "Alerts in id order, a page at a time: those the reader's queue holds (a reviewer's: "
                + "assigned to them or to nobody). Alerts about the reader's own employee record are never listed. "
                + "Each call is recorded in the audit trail as a consultation of the alerts returned and their employees.",
            parameters: [
                query("status", "Only alerts in this status.", statusSchema),
                query("updatedSince", "Only alerts changed on or after this day or instant (ISO 8601, UTC).", string),
                query("after", "Only alerts with a larger id: the previous page's nextAfter.", integer),
                query("limit", "At most this many (1 to 200, default 100).", integer),
            ],
            schema: "AlertList"
        ),
        Operation(
            path: "/api/v1/alerts/{id}",
            id: "getAlert",
            summary: "One alert",
            description: "One alert. Outside the reader's queue a reason must first be given (POST /reason, "
                + "as the dashboard does); until then the answer is 403. An alert about the reader is answered 404.",
            parameters: [
                [
                    "name": "id", "in": "path", "required": true, "description": "The alert's id.",
                    "schema": integer,
                ]
            ],
            schema: "Alert"
        ),
        Operation(
            path: "/api/v1/outcomes",
            id: "listOutcomes",
            summary: "List decisions",
            description: "The decisions on the alerts the reader's queue holds (the workflow's moves, with reasons "
                + "and referrals), in id order. Recorded in the audit trail as a consultation of the alerts decided "
                + "and their employees.",
            parameters: [
                query("since", "Only decisions made on or after this day or instant (ISO 8601, UTC).", string),
                query("after", "Only decisions with a larger id: the previous page's nextAfter.", integer),
                query("limit", "At most this many (1 to 200, default 100).", integer),
            ],
            schema: "OutcomeList"
        ),
        Operation(
            path: "/api/v1/trends/weekly",
            id: "weeklyTrends",
            summary: "Alerts and decisions per week",
            description: "Counts only, no people: alerts raised per week by source, role and outcome, and the "
                + "week's decisions, false-positive rate and time to decision. Defaults to the last 12 weeks.",
            parameters: [
                query("from", "The first day (YYYY-MM-DD).", ["type": "string", "format": "date"]),
                query("to", "The last day (YYYY-MM-DD).", ["type": "string", "format": "date"]),
            ],
            schema: "WeeklyTrends"
        ),
    ]

    /// The document.
    static var document: JSONValue {
        .object([
            ("openapi", "3.1.0"),
            (
                "info",
                .object([
                    ("title", "Vigil API"), ("version", "1.0.0"),
                    (
                        "description",
                        .string(
                            "Read-only access to Vigil's alerts, decisions and weekly trends for the force's BI tools. "
                                + "Authenticate with the dashboard's session cookie (a named service account signed "
                                + "in with both factors, or a reverse proxy holding such a session). The same roles, "
                                + "object rules and audit apply as on the dashboard's pages."
                        )
                    ),
                ])
            ),
            ("security", [.object([("session", .array([]))])]),
            ("paths", .object(operations.map { ($0.path, pathItem($0)) })),
            (
                "components",
                .object([
                    (
                        "securitySchemes",
                        .object([("session", ["type": "apiKey", "in": "cookie", "name": "__Host-vigil_session"])])
                    ),
                    ("schemas", .object(OpenAPIDocument.schemas)),
                ])
            ),
        ])
    }

    private static func pathItem(_ operation: Operation) -> JSONValue {
        .object([
            (
                "get",
                .object([
                    ("operationId", .string(operation.id)), ("summary", .string(operation.summary)),
                    ("description", .string(operation.description)), ("parameters", .array(operation.parameters)),
                    (
                        "responses",
                        .object([
                            ("200", response("OK", reference(operation.schema))),
                            ("400", response("The query was malformed.", reference("Error"))),
                            ("403", response("Not signed in with a role that may read this.", reference("Error"))),
                            ("404", response("Not found, or about the reader.", reference("Error"))),
                        ])
                    ),
                ])
            )
        ])
    }

    private static func response(_ description: String, _ schema: JSONValue) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("content", .object([("application/json", .object([("schema", schema)]))])),
        ])
    }

    private static func query(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
        .object([
            ("name", .string(name)), ("in", "query"), ("required", false), ("description", .string(description)),
            ("schema", schema),
        ])
    }

    static func reference(_ name: String) -> JSONValue { .object([("$ref", .string("#/components/schemas/\(name)"))]) }
    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]
    static let statusSchema: JSONValue = .object([
        ("type", "string"), ("enum", .array(AlertStatusNames.all.map(JSONValue.string))),
    ])
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}
