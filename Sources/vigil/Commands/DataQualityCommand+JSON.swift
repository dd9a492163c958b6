import Foundation
import VigilStore

extension DataQualityCommand {
    /// How a run ended, as `vigil dq --json` prints it under `"run"`: what the text output's first lines say.
    struct RunOutcome: Encodable {
        var id: Int64
        /// `succeeded` or `degraded` (a run that published).
        var status: String
        /// Each data-quality gate the run failed, in words; empty for a run that passed them all.
        var failedGates: [String]
        /// Who acknowledged a degraded run's failed gates, when and why; `null` until someone does.
        var acknowledgement: Acknowledgement?

        struct Acknowledgement: Encodable {
            var by: String
            var at: String
            var reason: String
        }

        init(_ record: RunRecord) {
            id = record.id
            status = record.status.rawValue
            failedGates = record.failedGates
            acknowledgement = record.acknowledgement.map {
                Acknowledgement(by: $0.by, at: $0.at.formatted(.iso8601), reason: $0.reason)
            }
        }

        enum CodingKeys: String, CodingKey {
            case id, status, acknowledgement
            case failedGates = "failed_gates"
        }

        // `acknowledgement` is written as `null` when absent, so a reader need not test for the key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(status, forKey: .status)
            try container.encode(failedGates, forKey: .failedGates)
            try container.encode(acknowledgement, forKey: .acknowledgement)
        }
    }

    /// The JSON `vigil dq --json` prints: each source's stored report under its name, and how the run
    /// ended under `"run"` (a source named `run` keeps its report; the outcome is then under `"vigil_run"`).
    static func json(record: RunRecord, reports: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let outcome = String(decoding: try encoder.encode(RunOutcome(record)), as: UTF8.self)
        let outcomeKey = reports["run"] == nil ? "run" : "vigil_run"
        var members = reports.keys.sorted().map { "\"\($0)\": \(reports[$0]!)" }
        members.append("\"\(outcomeKey)\": \(outcome)")
        return "{\n\(members.joined(separator: ",\n"))\n}"
    }
}
