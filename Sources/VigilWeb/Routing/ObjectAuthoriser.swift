import Foundation
import GRDB
import Hummingbird
import VigilStore

/// Applies a route's ``ObjectRule`` to the object its path names.
///
/// No self-review: an object about the user's own employee record, an alert that concerns them
/// otherwise (sharing an event with one of theirs, or at their home: ``OwnConcerns``), and the home of
/// someone who lives with them, is answered exactly as a missing one (the same 404 page), before any
/// reason is asked for, so its existence is not disclosed. Outside the user's queue (and always under a grant) the
/// user is asked for a reason first; the reason is kept for the session and written into every
/// consultation event for that object. A form posted to such an object before a reason was given is
/// refused (403, nothing saved) with a page saying to open the object and give the reason.
struct ObjectAuthoriser: Sendable {
    /// The outcome: the object, or the page asking for a reason (or, for a form, refusing it).
    enum Outcome: Sendable {
        case admitted(AuthorisedObject?)
        case prompt(Response)
    }

    /// The 403 page for a change posted to an object not assigned to the user before a reason was given.
    private static func reasonFirst(_ object: AuditObject, user: UserAccount, csrfToken: String) -> Response {
        let path = object.type == "alert" ? "/alerts/\(object.id)" : "/employees/\(object.id)"
        let noun = object.type == "alert" ? "alert \(object.id)" : "employee \(object.id)"
        let rule =
            object.type == "alert"
            ? "alert \(object.id) is not assigned to you"
            : "no open alert about employee \(object.id) is assigned to you"
        let page = Page(
            title: "Give a reason first",
            content: "<p>Open <a href=\"\(path)\">\(noun)</a> and give a reason first, then make the change again.</p>",
            user: user,
            csrfToken: csrfToken,
            problem: FormProblem(
                "Nothing was saved: \(rule), and you have not given a reason for opening it.",
                field: nil
            )
        )
        return page.response(status: .forbidden)
    }

    /// What the store says about the object.
    private struct Facts: Sendable {
        var employeeID: String
        var inQueue: Bool
        var reason: String?
    }

    let services: WebServices

    func authorise(_ rule: ObjectRule, request: Request, context: VigilRequestContext) async throws -> Outcome {
        let object: AuditObject
        switch rule {
        case .none:
            return .admitted(nil)
        case .alert(let parameter):
            guard let id = context.parameters.get(parameter), let number = SubjectIdentifier.alertNumber(id) else {
                throw WebError.notFound
            }
            object = AuditObject(type: "alert", id: String(number))
        case .employee(let parameter), .employeeHome(let parameter):
            guard let id = context.parameters.get(parameter), !id.isEmpty, id.count <= 64 else {
                throw WebError.notFound
            }
            object = AuditObject(type: "employee", id: id)
        }
        guard let user = context.user, let session = context.session else { throw WebError.forbidden }
        let underGrant = context.grant != nil && !user.role.seesAlertContent
        let home: Bool = if case .employeeHome = rule { true } else { false }
        guard
            let facts = try await Self.facts(
                about: object,
                home: home,
                user: user,
                session: session,
                store: services.store
            )
        else {
            throw WebError.notFound
        }
        let inQueue = facts.inQueue && !underGrant
        if !inQueue, facts.reason == nil, request.uri.path.hasPrefix(APIResponse.prefix) {
            throw WebError(.forbidden, "Not assigned to you: give a reason first (POST /reason).")
        }
        if !inQueue, facts.reason == nil, request.method != .get {
            // A form posted before any reason was given: refused, so that nothing typed is taken for saved.
            return .prompt(Self.reasonFirst(object, user: user, csrfToken: session.csrfToken))
        }
        if !inQueue, facts.reason == nil {
            let page = ReasonPrompt.page(
                for: object,
                returnPath: request.uri.path,
                user: user,
                csrfToken: session.csrfToken,
                problem: nil,
                underGrant: underGrant
            )
            return .prompt(page.response())
        }
        return .admitted(
            AuthorisedObject(object: object, employeeID: facts.employeeID, inQueue: inQueue, reason: facts.reason)
        )
    }

    /// The object's employee, whether it is in the user's queue and any reason already given; `nil`
    /// when the object does not exist, or is about the user or hidden from them (``OwnConcerns``): with
    /// `home`, the object is an employee's home, hidden when it is the user's home too.
    private static func facts(
        about object: AuditObject,
        home: Bool = false,
        user: UserAccount,
        session: UserSession,
        store: StoreDatabase
    ) async throws -> Facts? {
        try await store.asyncRead { db in
            let employeeID: String
            let inQueue: Bool
            if object.type == "alert" {
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: "SELECT employee_id, assigned_to FROM alert WHERE id = ?",
                        arguments: [Int64(object.id)]
                    )
                else { return nil }
                employeeID = row["employee_id"]
                inQueue = (row["assigned_to"] as String?)?.lowercased() == user.username.lowercased()
            } else {
                let known =
                    try Bool.fetchOne(
                        db,
                        sql: """
                            SELECT EXISTS (SELECT 1 FROM employee WHERE employee_id = ?)
                                OR EXISTS (SELECT 1 FROM alert WHERE employee_id = ?)
                            """,
                        arguments: [object.id, object.id]
                    ) ?? false
                guard known else { return nil }
                employeeID = object.id
                // Only an open alert makes the employee the user's work: a closed one once assigned to
                // them does not let them read the employee's whole history without a reason.
                let closed = AlertStatus.allCases.filter(\.isClosed).map { "'\($0.rawValue)'" }.joined(separator: ", ")
                inQueue =
                    try Bool.fetchOne(
                        db,
                        sql: """
                            SELECT EXISTS (SELECT 1 FROM alert WHERE employee_id = ? AND lower(assigned_to) = ?
                                AND status NOT IN (\(closed)))
                            """,
                        arguments: [object.id, user.username.lowercased()]
                    ) ?? false
            }
            if let own = user.employeeID, own == employeeID { return nil }
            if object.type == "alert" || home, let concerns = try OwnConcerns.load(employeeID: user.employeeID, in: db)
            {
                if let alert = Int64(object.id), object.type == "alert", concerns.hides(alert: alert) { return nil }
                if home, concerns.sharesHome(employeeID) { return nil }
            }
            let reason = try SessionStore.reason(for: object, tokenHash: session.tokenHash, in: db)
            return Facts(employeeID: employeeID, inQueue: inQueue, reason: reason)
        }
    }

    /// Whether `object` exists and may be opened by `user` (used when a reason is given).
    static func exists(
        _ object: AuditObject,
        for user: UserAccount,
        session: UserSession,
        store: StoreDatabase
    )
        async throws -> Bool
    {
        try await facts(about: object, user: user, session: session, store: store) != nil
    }
}
