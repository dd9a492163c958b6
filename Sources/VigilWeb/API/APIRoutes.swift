import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// The JSON API for BI tools: alerts, decisions, weekly trends and the OpenAPI document describing them.
///
/// Each route is declared in the access table like a page, so the same roles, object rules and
/// consultation events apply; the session cookie is the credential.
enum APIRoutes {
    static let readers: Set<UserRole> = [.reviewer, .supervisor]

    static func declare(into table: inout AccessTable) {
        table.add(.get, "/api/openapi.json", access: .signedIn) { _, _ in
            PageResult(response: APIResponse.response(Data(OpenAPIDocument.document.text.utf8)))
        }
        table.add(.get, "/api/v1/alerts", access: RouteAccess(roles: readers, showsPersonalData: "alert")) {
            _,
            context in
            try await alerts(context)
        }
        table.add(
            .get,
            "/api/v1/alerts/{id}",
            access: RouteAccess(
                roles: readers,
                underGrant: true,
                showsPersonalData: "alert",
                objects: .alert(parameter: "id")
            )
        ) { _, context in
            guard let object = context.object, let id = Int64(object.object.id) else { throw WebError.notFound }
            guard let alert = try await context.store.asyncRead({ db in try AlertSummary.find(id, in: db) }) else {
                throw WebError.notFound
            }
            return PageResult(
                response: try APIResponse.json(APIPayloads.Alert(alert)),
                consulted: [object.object, AuditObject(type: "employee", id: alert.employeeID)]
            )
        }
        table.add(.get, "/api/v1/outcomes", access: RouteAccess(roles: readers, showsPersonalData: "alert")) {
            _,
            context in
            try await outcomes(context)
        }
        table.add(.get, "/api/v1/trends/weekly", access: RouteAccess(roles: readers)) { _, context in
            let period = InsightText.period(context.query, now: context.now)
            let trends = try await context.store.asyncRead { db in try AlertTrends.load(period, in: db) }
            return PageResult(response: try APIResponse.json(APIPayloads.WeeklyTrends(trends)))
        }
    }

    private static func alerts(_ context: PageContext) async throws -> PageResult {
        let user = try context.requireUser()
        let statusText = context.query.trimmed("status")
        let status = AlertStatus(rawValue: statusText.uppercased())
        guard statusText.isEmpty || status != nil else { throw WebError.badRequest("Unknown status \(statusText).") }
        let limit = try APIResponse.integer(context.query, "limit", default: 100)
        let filter = AlertSummary.Filter(
            status: status,
            updatedSince: context.query["updatedSince"].flatMap { $0.isEmpty ? nil : $0 },
            afterID: Int64(try APIResponse.integer(context.query, "after", default: 0)),
            limit: limit,
            excludingEmployee: user.employeeID
        )
        let alerts = try await context.store.asyncRead { db in try AlertSummary.list(filter, in: db) }
        let body = APIPayloads.AlertList(
            alerts: alerts.map(APIPayloads.Alert.init),
            nextAfter: alerts.count == filter.limit ? alerts.last?.id : nil
        )
        return PageResult(
            response: try APIResponse.json(body),
            consulted: alerts.map { AuditObject(type: "alert", id: String($0.id)) }
        )
    }

    private static func outcomes(_ context: PageContext) async throws -> PageResult {
        let user = try context.requireUser()
        let limit = min(max(try APIResponse.integer(context.query, "limit", default: 100), 1), 1000)
        let after = Int64(try APIResponse.integer(context.query, "after", default: 0))
        let since = context.query["since"].flatMap { $0.isEmpty ? nil : $0 }
        let outcomes = try await context.store.asyncRead { db in
            try OutcomeRecord.list(
                afterID: after,
                since: since,
                limit: limit,
                excludingEmployee: user.employeeID,
                in: db
            )
        }
        let body = APIPayloads.OutcomeList(
            outcomes: outcomes.map(APIPayloads.Outcome.init),
            nextAfter: outcomes.count == limit ? outcomes.last?.id : nil
        )
        let alertIDs = Set(outcomes.map(\.alertID)).sorted()
        return PageResult(
            response: try APIResponse.json(body),
            consulted: alertIDs.map { AuditObject(type: "alert", id: String($0)) }
        )
    }
}
