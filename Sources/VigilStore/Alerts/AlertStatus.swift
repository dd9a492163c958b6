import Foundation

/// Where an alert is in the vetting team's workflow.
///
/// NEW → UNDER_REVIEW → AWAITING_INFO → NOT_A_MATCH | NO_FURTHER_ACTION | REFERRED | DUPLICATE, and
/// REOPENED when new evidence arrives for a closed alert.
public enum AlertStatus: String, CaseIterable, Codable, Hashable, Sendable {
    case new = "NEW"
    case underReview = "UNDER_REVIEW"
    case awaitingInfo = "AWAITING_INFO"
    case notAMatch = "NOT_A_MATCH"
    case noFurtherAction = "NO_FURTHER_ACTION"
    case referred = "REFERRED"
    case duplicate = "DUPLICATE"
    case reopened = "REOPENED"

    /// Whether a decision has closed the alert.
    public var isClosed: Bool {
        switch self {
        case .notAMatch, .noFurtherAction, .referred, .duplicate: true
        case .new, .underReview, .awaitingInfo, .reopened: false
        }
    }

    /// The statuses a person may move an alert to from this one.
    public var allowedNext: [AlertStatus] {
        switch self {
        case .new, .reopened: [.underReview, .duplicate]
        case .underReview: [.awaitingInfo, .notAMatch, .noFurtherAction, .referred, .duplicate]
        case .awaitingInfo: [.underReview, .notAMatch, .noFurtherAction, .referred, .duplicate]
        case .notAMatch, .noFurtherAction, .referred, .duplicate: []
        }
    }

    /// Words for people: "under review".
    public var label: String {
        // Spelled out: the queue shows a label per row and per count, and Foundation's replacing is slow.
        switch self {
        case .new: "new"
        case .underReview: "under review"
        case .awaitingInfo: "awaiting info"
        case .notAMatch: "not a match"
        case .noFurtherAction: "no further action"
        case .referred: "referred"
        case .duplicate: "duplicate"
        case .reopened: "reopened"
        }
    }
}

/// Where a REFERRED alert was sent, as in the national data wash.
public enum Referral: String, CaseIterable, Codable, Hashable, Sendable {
    case criminal
    case misconduct
    case vettingReview = "vetting_review"
    case managementAction = "management_action"
    case welfareSupport = "welfare_support"

    /// Words for people: "vetting review".
    public var label: String {
        rawValue.replacingOccurrences(of: "_", with: " ")
    }
}
