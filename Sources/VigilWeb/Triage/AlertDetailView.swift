import Foundation
import VigilCore
import VigilStore

/// The markup of an alert's page (see ``AlertDetailRoute``).
struct AlertDetailView: Sendable {
    let dossier: AlertDossier
    let object: AuthorisedObject
    let user: UserAccount
    /// Whether the user may decide and add notes (not under a break-glass grant alone).
    let canDecide: Bool
    let assignees: [UserAccount]
    let csrfToken: String
    let status: DataStatus
    let schedule: MeetingSchedule
    /// What the reader's last change did, in words (``ActionConfirmation``), shown where the form lands.
    var confirmation: String?
    /// What was typed into the decision, note or assignment form that came back refused.
    var entered = FormFields()
    /// Why that form was refused (its fields say which form: ``DecisionPanel``).
    var problem: FormProblem?

    private var alert: QueuedAlert { dossier.alert }

    var html: HTML {
        let reason: HTML = object.reason.map { "<p class=\"notice\">Your reason for access: \($0)</p>" } ?? ""
        let withdrawn: HTML = alert.evidenceWithdrawn ? withdrawnBanner : ""
        let panel = DecisionPanel(
            alertID: alert.id,
            status: alert.status,
            csrfToken: csrfToken,
            entered: entered,
            problem: problem
        )
        let forms: HTML =
            canDecide
            ? panel.decisionForm + panel.noteForm
                + (user.role == .supervisor
                    ? panel.assignmentForm(assignees: assignees, current: alert.assignedTo) : "")
            : "<p>Decisions and notes are made by reviewers and supervisors.</p>"
        let evidence: [HTML] = dossier.evidence.enumerated().map { evidenceSection($1, number: $0 + 1) }
        return """
            \(status.html(schedule: schedule))
            \(reason)\(withdrawn)
            <nav aria-label="On this page"><ul class="contents"><li><a href="#event">The event</a></li>\
            <li><a href="#employee">Employee and records</a></li><li><a href="#decide">Decision</a></li>\
            <li><a href="#history">History</a></li></ul></nav>
            \(eventSection)
            \(employeeSection)
            \(evidence)
            \(forms)
            \(suppressions)
            \(history)
            """
    }

    /// Why none of the evidence holds: the employee left the roster (their matches are removed when they
    /// leave), or the source withdrew the record or it now matches someone else.
    private var withdrawnBanner: HTML {
        guard let left = dossier.leftOn else {
            return """
                <div class="banner-warning" role="status"><h2>Evidence withdrawn</h2><p>None of this alert's evidence \
                holds any more: the source withdrew the record, or it now matches someone else. The records below are \
                as they were last seen.</p></div>
                """
        }
        let name = dossier.employee.map { [$0.forenames, $0.surname].joined(separator: " ") } ?? ""
        let who = name.trimmingCharacters(in: .whitespaces).isEmpty ? "The employee" : name
        return """
            <div class="banner-warning" role="status"><h2>Evidence withdrawn: the employee has left</h2><p>\
            \(who) left the HR roster on \(String(left.prefix(10))). When an employee leaves, Vigil removes their \
            matches, so none of this alert's evidence holds any more; the records below are as they were last seen. \
            The alert keeps its status until someone decides it, and the employee's personal details are erased a \
            set time after they left (the retention period).</p></div>
            """
    }

    private var eventSection: HTML {
        let employee = dossier.employee
        let started = employee?.startDate?.description ?? "not known"
        let predates: HTML =
            alert.predatesStart
            ? "<strong>Yes</strong>: the event is before their start date (\(started))"
            : "No (start date \(started))"
        let kind = alert.kind == "home_address" ? "an incident at the employee's home address" : "a named person"
        return """
            <h2 id="event">The event</h2>
            <dl class="facts"><dt>Status</dt><dd>\(alert.status.label)</dd>\
            <dt>Match</dt><dd>\(kind)</dd>\
            <dt>Source</dt><dd>\(alert.source.replacingOccurrences(of: "_", with: " "))</dd>\
            <dt>Event</dt><dd>\(alert.eventID)</dd><dt>Event date</dt><dd>\(alert.eventDate ?? "not known")</dd>\
            <dt>\(alert.kind == "home_address" ? "Incident type" : "Role in the event")</dt><dd>\(alert.roles)</dd>\
            <dt>Before they started</dt><dd>\(predates)</dd>\
            <dt>Match probability</dt><dd>\(MatchText.percent(alert.probability)) (\(alert.band) confidence)</dd>\
            <dt>Assigned to</dt><dd>\(alert.assignedTo ?? "nobody")</dd>\
            <dt>Raised</dt><dd>\(schedule.minute(ofStoreText: alert.raisedAt)) UK time</dd>\
            <dt>Last updated</dt><dd>\(schedule.minute(ofStoreText: alert.updatedAt)) UK time</dd></dl>
            """
    }

    private var employeeSection: HTML {
        guard let employee = dossier.employee else {
            return """
                <h2 id="employee">Employee \(alert.employeeID)</h2>
                <p>The roster holds no details for this employee.</p>
                """
        }
        let name = [employee.forenames, employee.surname].joined(separator: " ")
        let left: HTML = dossier.leftOn.map { "<dt>Left</dt><dd>\($0)</dd>" } ?? ""
        let previous = employee.previousSurnames.isEmpty ? "none" : employee.previousSurnames.joined(separator: ", ")
        let path = employee.employeeID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        let caveat: HTML =
            alert.kind == "home_address"
            ? "<p class=\"notice\">Other people may live at this address: an incident there need not involve the employee.</p>"
            : ""
        return """
            <h2 id="employee">Employee and records</h2>
            <dl class="facts"><dt>Employee</dt><dd>\(name) (\(employee.employeeID))</dd>\
            <dt>Role</dt><dd>\(employee.role)</dd><dt>Team</dt><dd>\(employee.team)</dd>\
            <dt>Start date</dt><dd>\(employee.startDate?.description ?? "not known")</dd>\
            <dt>Previous surnames</dt><dd>\(previous)</dd>\(left)</dl>
            \(caveat)
            <p><a href="/employees/\(path)">Employee timeline</a> · \
            <a href="/employees/\(path)/home">Incidents at the home address</a></p>
            """
    }

    private func evidenceSection(_ evidence: AlertDossier.Evidence, number: Int) -> HTML {
        let withdrawn: HTML = evidence.withdrawn ? " <span class=\"tag-warn\">Withdrawn</span>" : ""
        var heading: HTML = "Evidence \(number)"
        var comparison: HTML = "<p>The record is no longer in the store.</p>"
        if let stored = evidence.record {
            let record = stored.record
            heading = "Evidence \(number): \(record.source.rawValue) record \(record.recordID), \(record.role)"
            comparison = RecordComparison(employee: dossier.employee, record: record, explanation: evidence.explanation)
                .table(caption: "HR roster beside \(record.source.rawValue) record \(record.recordID)")
            comparison =
                "<p>Event \(record.eventID) on \(record.eventDate?.description ?? "an unknown date").</p>" + comparison
        } else if let stored = evidence.location {
            let location = stored.location
            heading = "Evidence \(number): incident \(location.incidentID), \(location.incidentType)"
            comparison = RecordComparison(
                employee: dossier.employee,
                location: location,
                explanation: evidence.explanation
            )
            .table(caption: "Home address beside the location of incident \(location.incidentID)")
            comparison = "<p>Incident on \(location.eventDate?.description ?? "an unknown date").</p>" + comparison
        }
        if let history = evidence.addressHistory { comparison = comparison + addressHistoryNote(history) }
        let explanation: HTML
        if let match = evidence.explanation {
            let chart = WaterfallChart(explanation: match, identifier: "\(evidence.kind.rawValue)-\(evidence.row)")
            explanation = """
                <h4>Why it matched</h4>
                <figure>\(chart.svg)<figcaption>The match weight, comparison by comparison: green bars count for \
                the match, red against.</figcaption></figure>
                \(chart.table)
                """
        } else {
            explanation = """
                <h4>Why it matched</h4>
                <p>There is no current match for this evidence, so no explanation is shown (probability when last \
                seen: \(MatchText.percent(evidence.probability))).</p>
                """
        }
        return """
            <section class="evidence" aria-labelledby="evidence-\(number)">
            <h3 id="evidence-\(number)">\(heading)\(withdrawn)</h3>
            \(comparison)
            \(explanation)
            </section>
            """
    }

    /// Tells the reviewer that earlier records place the employee at their current home, so a record
    /// giving another address later is not from a former home (``AddressHistory``).
    private func addressHistoryNote(_ history: AddressHistory) -> HTML {
        let records =
            history.recordsAtHome == 1
            ? "1 earlier record matched to this employee with 90% or more"
            : "\(history.recordsAtHome) earlier records matched to this employee with 90% or more"
        let give = history.recordsAtHome == 1 ? "gives" : "give"
        let dates =
            history.earliest == history.latest
            ? "dated \(history.earliest.description)"
            : "dated \(history.earliest.description) to \(history.latest.description)"
        let path = dossier.alert.employeeID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        return """
            <div class="notice address-history"><h4>Address history</h4><p>\(records), \(dates), \
            \(give) their current home address. This record, dated \(history.recordDate.description), \
            gives another address, so it is not from a former home. It may be someone else with the same name and \
            date of birth, or the employee may have been living or staying elsewhere (for example away from home \
            after domestic abuse). The <a href="/employees/\(path)">employee timeline</a> lists the records.</p></div>
            """
    }

    private var suppressions: HTML {
        guard !dossier.suppressions.isEmpty else { return "" }
        let rows: [HTML] = dossier.suppressions.map { suppression in
            """
            <tr><td>\(suppression.id)</td><td>\(suppression.requestedBy)</td><td>\(suppression.approvedBy ?? "awaiting approval")</td>\
            <td>\(suppression.reviewOn)</td><td>\(suppression.liftedAt.map { "lifted \($0)" } ?? "")</td></tr>
            """
        }
        return """
            <h2>Suppressions</h2>
            <table><caption>Suppressions asked for on this alert (see <a href="/suppressions">all suppressions</a>)</caption>
            <thead><tr><th scope="col">Number</th><th scope="col">Asked by</th><th scope="col">Approved by</th>\
            <th scope="col">Review on</th><th scope="col">Lifted</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private var history: HTML {
        let rows: [HTML] = dossier.timeline.map { entry in
            """
            <tr class="entry-\(entry.kind)"><td>\(schedule.minute(ofStoreText: entry.at))</td><td>\(entry.actor)</td><td>\(entry.event)</td>\
            <td>\(entry.detail)</td></tr>
            """
        }
        return """
            <h2 id="history">History</h2>
            \(ActionConfirmation.html(confirmation))
            <table class="history"><caption>Everything that happened to this alert, oldest first: the daily run's \
            changes, decisions and notes</caption>
            <thead><tr><th scope="col">When (UK time)</th><th scope="col">Who</th><th scope="col">What</th>\
            <th scope="col">Detail</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}
