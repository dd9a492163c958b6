import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// `POST /reason`: records why a user opens an object not assigned to them, then returns them to it.
enum ReasonRoute {
    static func declare(into table: inout AccessTable) {
        let access = RouteAccess(roles: [.reviewer, .supervisor], underGrant: true)
        table.add(.post, "/reason", access: access) { _, context in
            let user = try context.requireUser()
            guard let session = context.session else { throw WebError.forbidden }
            let type = context.form.trimmed("object_type")
            let id = context.form.trimmed("object_id")
            let returnPath = context.form.trimmed("return")
            guard ["alert", "employee"].contains(type), !id.isEmpty, ReasonPrompt.isLocalPath(returnPath) else {
                throw WebError.badRequest("The form was incomplete.")
            }
            let object = AuditObject(type: type, id: id)
            guard try await ObjectAuthoriser.exists(object, for: user, session: session, store: context.store) else {
                throw WebError.notFound
            }
            let reason = context.form.trimmed("reason")
            guard reason.count >= ReasonPrompt.minimumLength, reason.count <= 500 else {
                let page = ReasonPrompt.page(
                    for: object,
                    returnPath: returnPath,
                    user: user,
                    csrfToken: context.csrfToken,
                    problem: FormProblem(
                        "Give a reason of \(ReasonPrompt.minimumLength) to 500 characters.",
                        field: "reason"
                    ),
                    reason: String(reason.prefix(2_000)),
                    underGrant: context.grant != nil && !user.role.seesAlertContent
                )
                return .page(page, status: .unprocessableContent)
            }
            let now = context.now
            try await context.store.asyncWrite { db in
                try SessionStore.recordReason(reason, for: object, tokenHash: session.tokenHash, at: now, in: db)
            }
            return .redirect(to: returnPath)
        }
    }
}
