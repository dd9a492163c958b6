import Foundation
import GRDB

extension AuditEvent.Action {
    /// A degraded run's failed data-quality gates were acknowledged.
    public static let acknowledgement = AuditEvent.Action(rawValue: "acknowledgement")
}

extension RunLog {
    /// Records that a degraded run's failed gates were looked at and its data accepted, with an audit entry.
    ///
    /// - Throws: ``StoreError`` (not found) when there is no such run; (invalid) when the run is not
    ///   degraded, is already acknowledged, or the reason is shorter than 10 characters.
    /// - Returns: the run as now recorded.
    @discardableResult
    public static func acknowledge(
        run id: Int64,
        _ acknowledgement: RunAcknowledgement,
        in db: Database
    ) throws -> RunRecord {
        guard var run = try find(id, in: db) else {
            throw StoreError(.notFound, "there is no run \(id)")
        }
        guard run.status == .degraded else {
            throw StoreError(
                .invalid,
                "run \(id) \(Self.outcomeWords(run.status)), "
                    + "not degraded: only a degraded run's failed gates can be acknowledged"
            )
        }
        if let earlier = run.acknowledgement {
            throw StoreError(
                .invalid,
                "run \(id) was already acknowledged by \(earlier.by) at \(earlier.at.formatted(.iso8601))"
            )
        }
        let reason = acknowledgement.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard reason.count >= 10 else {
            throw StoreError(.invalid, "give a reason of at least 10 characters: why can run \(id)'s data be trusted?")
        }
        run.acknowledgement = RunAcknowledgement(by: acknowledgement.by, at: acknowledgement.at, reason: reason)
        try db.execute(
            sql: "UPDATE run SET acknowledged = ? WHERE id = ?",
            arguments: [encode(run.acknowledgement), id]
        )
        try AuditTrail.append(
            AuditEvent(
                at: acknowledgement.at,
                actor: acknowledgement.by,
                action: .acknowledgement,
                objectType: "run",
                objectIDs: [String(id)],
                reason: reason,
                detail: "degraded run accepted: " + run.failedGates.joined(separator: "; ")
            ),
            in: db
        )
        return run
    }

    /// How a run ended, as the verb phrase after "run N": "is running", "succeeded", "was abandoned".
    static func outcomeWords(_ status: RunStatus) -> String {
        switch status {
        case .running: "is running"
        case .abandoned: "was abandoned"
        case .succeeded, .degraded, .failed: status.rawValue
        }
    }
}

extension RunRecord {
    /// The prefix of a message that records a failed data-quality gate.
    public static let failedGatePrefix = "data-quality gate failed: "

    /// The data-quality gates the run failed, in words ("crime: rows fell by 37% ...").
    public var failedGates: [String] {
        messages.filter { $0.hasPrefix(Self.failedGatePrefix) }.map {
            String($0.dropFirst(Self.failedGatePrefix.count))
        }
    }
}
