import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// The JSON API for BI tools: alerts, decisions, weekly trends and the OpenAPI document describing them.
///
/// Each route is declared in the access table like a page, so the same roles, object rules and
/// consultation events apply; the session cookie is the credential. Lists hold what the reader's morning
/// queue holds, and their consultation events name the employees they reveal as well as the alerts.
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
        let filter = AlertSummary.Filter(
            status: status,
            updatedSince: context.query["updatedSince"].flatMap { $0.isEmpty ? nil : $0 },
            afterID: Int64(try APIResponse.integer(context.query, "after", default: 0)),
            limit: try pageSize(context.query),
            viewer: TriageRoutes.viewer(user)
        )
        let alerts = try await context.store.asyncRead { db in try AlertSummary.list(filter, in: db) }
        let body = APIPayloads.AlertList(
            alerts: alerts.map(APIPayloads.Alert.init),
            nextAfter: alerts.count == filter.limit ? alerts.last?.id : nil
        )
        return PageResult(
            response: try APIResponse.json(body),
            consulted: alerts.map { AuditObject(type: "alert", id: String($0.id)) }
                + employees(alerts.map(\.employeeID))
        )
    }

    /// The `limit` asked for: 1 to ``AlertSummary/maximumLimit``, 100 when not given.
    static func pageSize(_ query: FormFields) throws -> Int {
        let limit = try APIResponse.integer(query, "limit", default: 100)
        guard (1...AlertSummary.maximumLimit).contains(limit) else {
            throw WebError.badRequest("limit must be from 1 to \(AlertSummary.maximumLimit).")
        }
        return limit
    }

    /// The employees a list reveals, each once, for the consultation event (DPA 2018 s62).
    private static func employees(_ ids: [String]) -> [AuditObject] {
        Set(ids).sorted().map { AuditObject(type: "employee", id: $0) }
    }

    private static func outcomes(_ context: PageContext) async throws -> PageResult {
        let user = try context.requireUser()
        let limit = try pageSize(context.query)
        let after = Int64(try APIResponse.integer(context.query, "after", default: 0))
        let since = context.query["since"].flatMap { $0.isEmpty ? nil : $0 }
        let outcomes = try await context.store.asyncRead { db in
            try OutcomeRecord.list(
                afterID: after,
                since: since,
                limit: limit,
                viewer: TriageRoutes.viewer(user),
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
                + employees(outcomes.map(\.employeeID))
        )
    }
}
