import Foundation
import VigilCore

/// The matches CSV that `vigil link` writes and `vigil explain` reads.
///
/// Columns: `kind, record_id, employee_id, match_weight, match_probability, band, ambiguous,
/// runner_up_employee_id, model_version, explanation` — the explanation is the waterfall as JSON.
enum MatchTable {
    static let header = [
        "kind", "record_id", "employee_id", "match_weight", "match_probability", "band", "ambiguous",
        "runner_up_employee_id", "model_version", "explanation",
    ]

    /// One CSV line (with its newline) for a match and its explanation.
    static func line(
        _ result: LinkResult,
        runnerUpID: String,
        explanation: MatchExplanation,
        modelVersion: String
    )
        -> String
    {
        let json = explanation.jsonText ?? "{}"
        let fields = [
            result.kind.rawValue, result.recordID, result.employeeID, String(format: "%.4f", result.matchWeight),
            String(format: "%.6f", result.matchProbability), result.band.rawValue,
            result.isAmbiguous ? "true" : "false", runnerUpID, modelVersion, json,
        ]
        return fields.map(quoted).joined(separator: ",") + "\n"
    }

    static var headerLine: String { header.joined(separator: ",") + "\n" }

    /// RFC 4180 quoting where a field needs it.
    static func quoted(_ field: String) -> String {
        let utf8 = field.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else { return field }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
