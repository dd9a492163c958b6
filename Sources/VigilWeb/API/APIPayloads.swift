import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// The JSON bodies of the API, as the OpenAPI document describes them (``OpenAPIDocument``).
///
/// Field names are camelCase; optional fields are left out when they have no value; instants are
/// ISO 8601 in UTC and days `YYYY-MM-DD`.
enum APIPayloads {
    /// One alert.
    struct Alert: Codable, Sendable, Hashable {
        var id: Int64
        var kind: String
        var employeeId: String
        var source: String
        var eventId: String
        var eventDate: String?
        var roles: [String]
        var status: String
        var probability: Double
        var band: String
        var predatesStart: Bool
        var evidenceWithdrawn: Bool
        var assignedTo: String?
        var raisedAt: String
        var updatedAt: String

        init(_ alert: AlertSummary) {
            id = alert.id
            kind = alert.kind
            employeeId = alert.employeeID
            source = alert.source
            eventId = alert.eventID
            eventDate = alert.eventDate
            roles = alert.roles
            status = alert.status.rawValue
            probability = alert.probability
            band = alert.band
            predatesStart = alert.predatesStart
            evidenceWithdrawn = alert.evidenceWithdrawn
            assignedTo = alert.assignedTo
            raisedAt = alert.raisedAt
            updatedAt = alert.updatedAt
        }
    }

    /// A page of alerts; `nextAfter` is the `after` of the next page, absent on the last.
    struct AlertList: Codable, Sendable, Hashable {
        var alerts: [Alert]
        var nextAfter: Int64?
    }

    /// One decision.
    struct Outcome: Codable, Sendable, Hashable {
        var id: Int64
        var alertId: Int64
        var at: String
        var actor: String
        var fromStatus: String
        var toStatus: String
        var reason: String
        var referral: String?
        var caseReference: String?

        init(_ outcome: OutcomeRecord) {
            id = outcome.id
            alertId = outcome.alertID
            at = outcome.at
            actor = outcome.actor
            fromStatus = outcome.fromStatus
            toStatus = outcome.toStatus
            reason = outcome.reason
            referral = outcome.referral
            caseReference = outcome.caseReference
        }
    }

    /// A page of decisions.
    struct OutcomeList: Codable, Sendable, Hashable {
        var outcomes: [Outcome]
        var nextAfter: Int64?
    }

    /// One week of the weekly trends.
    struct Week: Codable, Sendable, Hashable {
        var week: String
        var alerts: Int
        var bySource: [String: Int]
        var byRole: [String: Int]
        var byOutcome: [String: Int]
        var decided: Int
        var notAMatch: Int
        var falsePositiveRate: Double?
        var medianDaysToDecision: Double?
        var p90DaysToDecision: Double?
    }

    /// The weekly trends over a period.
    struct WeeklyTrends: Codable, Sendable, Hashable {
        var from: String
        var to: String
        var weeks: [Week]

        init(_ trends: AlertTrends) {
            from = trends.period.from.description
            to = trends.period.to.description
            weeks = trends.weeks.enumerated().map { index, week in
                func counts(_ series: [AlertTrends.Series]) -> [String: Int] {
                    var counts: [String: Int] = [:]
                    for item in series where item.counts[index] > 0 { counts[item.name] = item.counts[index] }
                    return counts
                }
                let decisions = trends.decisions.first { $0.week == week }
                return Week(
                    week: week.description,
                    alerts: trends.bySource.reduce(0) { $0 + $1.counts[index] },
                    bySource: counts(trends.bySource),
                    byRole: counts(trends.byRole),
                    byOutcome: counts(trends.byOutcome),
                    decided: decisions?.decided ?? 0,
                    notAMatch: decisions?.notAMatch ?? 0,
                    falsePositiveRate: decisions?.falsePositiveRate,
                    medianDaysToDecision: decisions?.medianDays,
                    p90DaysToDecision: decisions?.p90Days
                )
            }
        }
    }
}
