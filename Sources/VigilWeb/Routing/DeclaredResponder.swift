import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import VigilStore

/// Serves one declared route: enforces its audience, the CSRF token and the object rule, runs the
/// handler, and writes the consultation event before the page leaves (fail closed).
///
/// A route that shows or discloses personal data writes its event for every 2xx answer, and for a form
/// refused (4xx) and sent back on a page naming the objects it shows (``PageResult/consulted``), which is
/// then a consultation: the alert page around a refused decision is as much a view of the alert as the
/// page itself.
struct DeclaredResponder: HTTPResponder {
    typealias Context = VigilRequestContext

    let route: RouteDeclaration
    let services: WebServices

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let now = services.clock.now()
        if let refusal = try admit(request, context) { return refusal }
        let form = try await checkedForm(&request, context)
        let authorised = try await ObjectAuthoriser(services: services)
            .authorise(route.access.objects, request: request, context: context)
        let object: AuthorisedObject?
        switch authorised {
        case .prompt(let page): return page
        case .admitted(let admitted): object = admitted
        }
        let pageContext = PageContext(
            route: route.name,
            session: context.session,
            user: context.user,
            grant: actingUnderGrant(context) ? context.grant : nil,
            grantInForce: context.grant,
            object: object,
            form: form,
            query: FormFields(encoded: request.uri.query ?? ""),
            parameters: context.parameters,
            client: context.client,
            now: now,
            services: services
        )
        let result = try await route.handler(request, pageContext)
        guard let personalData = route.access.personalData else { return result.response }
        let answered = result.response.status.code
        if (200..<300).contains(answered) {
            var recipient: String?
            if case .disclosed = personalData {
                // The handler asks for a missing recipient with its form; this refuses any export without one.
                guard let name = Self.recipient(form: form, query: pageContext.query) else {
                    throw WebError.badRequest("An export must name its recipient.")
                }
                recipient = name
            }
            try await record(personalData, recipient: recipient, result: result, context: pageContext)
        } else if (400..<500).contains(answered), !result.consulted.isEmpty {
            // A form refused and sent back on the page it came from shows that page's personal data: a
            // consultation, never a disclosure (nothing left the system).
            try await record(personalData, recipient: nil, result: result, context: pageContext)
        }
        return result.response
    }

    /// The `recipient` an export names (form, then query), if it names one of at most 200 characters.
    static func recipient(form: FormFields, query: FormFields) -> String? {
        let name = (form["recipient"] ?? query["recipient"])?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return name.isEmpty || name.count > 200 ? nil : name
    }

    /// Checks the audience. A visitor who is not signed in, or not at the route's step of signing in, is
    /// sent to the step they are at or to the sign-in page, with a notice saying why
    /// (``SignInNotice``), never a bare "no access" page (the API answers 401 in JSON instead); a signed-in
    /// user without the role is refused.
    private func admit(_ request: Request, _ context: Context) throws -> Response? {
        func elsewhere() -> Response {
            // The API answers in JSON, as its other errors do: a BI tool cannot follow a sign-in page.
            if request.uri.path.hasPrefix(APIResponse.prefix) {
                let halfway = context.session?.userID != nil
                return APIResponse.error(
                    status: .unauthorized,
                    message: halfway
                        ? "The session has not finished signing in: enter the code from the authenticator app first."
                        : "Not signed in: sign in to the dashboard and send its session cookie."
                )
            }
            let path = SignInNotice.redirect(for: context.session, sendingForm: route.changesState)
            return Response(status: .seeOther, headers: [.location: path])
        }
        switch route.access.audience {
        case .anyone:
            return nil
        case .signingIn(let stage):
            guard let session = context.session, session.stage == stage, session.userID != nil else {
                return elsewhere()
            }
            return nil
        case .roles:
            guard let user = context.user else { return elsewhere() }
            guard route.access.admits(role: user.role, hasGrant: context.grant != nil) else { throw WebError.forbidden }
            return nil
        }
    }

    /// Reads a state-changing request's form and checks its CSRF token against the session's.
    private func checkedForm(_ request: inout Request, _ context: Context) async throws -> FormFields {
        guard route.changesState else { return FormFields() }
        var form = FormFields()
        if request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: context.maxUploadSize)
            } catch is NIOTooManyBytesError {
                // Answered, not failed: a client error, not the server's.
                throw WebError.formTooLarge
            }
            form = FormFields(encoded: String(buffer: body))
        }
        let given = form[Forms.csrfFieldName] ?? request.headers[HTTPField.Name("X-CSRF-Token")!] ?? ""
        guard let session = context.session, SessionToken.matches(given, session.csrfToken) else {
            context.logger.notice("refused \(route.name): missing or wrong CSRF token")
            throw WebError.csrf
        }
        return form
    }

    /// Whether the user is admitted only by their grant (not by their role).
    private func actingUnderGrant(_ context: Context) -> Bool {
        guard let user = context.user, context.grant != nil, case .roles(let roles, _) = route.access.audience else {
            return false
        }
        return !roles.contains(user.role)
    }

    /// Writes the consultation or disclosure event (and the grant use) in one transaction; if it fails,
    /// the page is not sent.
    private func record(
        _ personalData: RouteAccess.PersonalData,
        recipient: String?,
        result: PageResult,
        context: PageContext
    ) async throws {
        let objectType = personalData.objectType
        let primary = result.consulted.filter { $0.type == objectType }
        let related = result.consulted.filter { $0.type != objectType }
        let reason = context.object.map { $0.inQueue ? "own queue" : ($0.reason ?? "") } ?? ""
        let grant = context.grant
        var detail = route.name
        if let recipient { detail += "; recipient: \(recipient)" }
        if let grant { detail += "; under grant \(grant.id) (ticket \(grant.ticket))" }
        let event = AuditEvent(
            at: context.now,
            actor: context.actor,
            action: recipient == nil ? .consultation : .disclosure,
            objectType: objectType,
            objectIDs: primary.map(\.id),
            reason: reason,
            detail: detail
        )
        let route = route.name
        let now = context.now
        try await services.store.asyncWrite { db in
            let entry = try AuditIndex.record(event, related: related, in: db)
            if let grant {
                try AccessGrants.recordUse(
                    grantID: grant.id,
                    route: route,
                    objectType: objectType,
                    objectIDs: event.objectIDs,
                    auditSequence: entry.sequence,
                    at: now,
                    in: db
                )
            }
        }
    }
}
