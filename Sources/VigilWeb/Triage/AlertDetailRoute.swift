import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// `GET /alerts/{id}`: one alert in full: the event and the employee's role in it, the employee's HR
/// details beside each source record with the differences marked, each match's explanation as a
/// waterfall with its table, the decision panel, notes, and the alert's whole history.
///
/// The framework has already refused self-review and asked for a reason outside the user's queue;
/// the consultation event names the alert and reveals its employee. The decision, note and assignment
/// routes send a refused form back on this page (``page(_:schedule:entered:problem:status:)``).
enum AlertDetailRoute {
    static let access = RouteAccess(
        roles: TriageRoutes.triagers,
        underGrant: true,
        showsPersonalData: "alert",
        objects: .alert(parameter: "id")
    )

    static func register(in table: inout AccessTable, schedule: MeetingSchedule) {
        table.add(.get, "/alerts/{id}", access: access) { _, context in
            try await page(context, schedule: schedule)
        }
    }

    /// The page of the alert the framework authorised (``PageContext/object``); with a `problem`, one of
    /// its forms that came back refused, as typed (`entered`), with the status of the refusal.
    static func page(
        _ context: PageContext,
        schedule: MeetingSchedule,
        entered: FormFields = FormFields(),
        problem: FormProblem? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> PageResult {
        let user = try context.requireUser()
        guard let object = context.object, let id = Int64(object.object.id) else { throw WebError.notFound }
        let now = context.now
        let cache = context.services.triageCache
        let loaded = try await context.store.asyncRead { db in
            let generation = try StoreGeneration.current(in: db)
            // Nobody may be assigned an alert hidden from them (about them, their events or home).
            let assignees = try cache.users(at: generation, in: db).filter { user in
                guard user.isEnabled, TriageRoutes.triagers.contains(user.role) else { return false }
                return try OwnConcerns.load(employeeID: user.employeeID, in: db)?.hides(alert: id) != true
            }
            let concerns = try OwnConcerns.load(employeeID: user.employeeID, in: db)
            return (
                try AlertDossier.load(alertID: id, hiding: concerns, in: db),
                try DataStatus.read(now: now, cache: cache, at: generation, in: db),
                assignees
            )
        }
        guard let dossier = loaded.0 else { throw WebError.notFound }
        let confirmation =
            problem == nil
            ? ActionConfirmation(query: context.query)?.message(on: dossier, reader: user.username) : nil
        var view = AlertDetailView(
            dossier: dossier,
            object: object,
            user: user,
            canDecide: TriageRoutes.triagers.contains(user.role),
            assignees: loaded.2,
            csrfToken: context.csrfToken,
            status: loaded.1,
            schedule: schedule,
            confirmation: confirmation
        )
        view.entered = entered
        view.problem = problem
        return .page(
            Page("Alert \(id)", context, content: view.html, problem: problem),
            status: status,
            consulted: [
                AuditObject(type: "alert", id: String(id)),
                AuditObject(type: "employee", id: dossier.alert.employeeID),
            ]
        )
    }
}
