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
            result.kind.rawValue, result.recordID, result.employeeID, fixed(result.matchWeight, digits: 4),
            fixed(result.matchProbability, digits: 6), result.band.rawValue,
            result.isAmbiguous ? "true" : "false", runnerUpID, modelVersion, json,
        ]
        // One buffer for the whole line: the explanation is most of it, and always needs quoting.
        var line: [UInt8] = []
        line.reserveCapacity(fields.reduce(32) { $0 + $1.utf8.count + 2 } + json.utf8.count / 4)
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            appendQuoted(field, to: &line)
        }
        line.append(0x0A)
        return String(decoding: line, as: UTF8.self)
    }

    /// `value` with `digits` decimals, as C's `printf("%.*f")` writes it (what `String(format:)` gives).
    static func fixed(_ value: Double, digits: Int) -> String {
        /// Formats into `capacity` bytes; `nil` (with the length needed) when they are too few.
        func format(capacity: Int) -> (text: String?, needed: Int) {
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
                let written = Int(
                    withVaList([Int32(digits), value]) { vsnprintf(buffer.baseAddress!, capacity, "%.*f", $0) }
                )
                guard written >= 0, written < capacity else { return (nil, written) }
                let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress!, count: written)
                return (String(decoding: bytes, as: UTF8.self), written)
            }
        }
        let short = format(capacity: 64)
        if let text = short.text { return text }
        // Only a number of more than 50 digits gets here: a weight never does.
        return format(capacity: max(short.needed, 0) + 1).text ?? String(format: "%.\(digits)f", value)
    }

    /// Appends a field to a CSV line, quoted as RFC 4180 asks where it needs it.
    private static func appendQuoted(_ field: String, to line: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            let needsQuotes = bytes.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
            }
            guard needsQuotes else {
                line.append(contentsOf: bytes)
                return
            }
            line.append(UInt8(ascii: "\""))
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                start = index
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            line.append(UInt8(ascii: "\""))
        }
    }

    static var headerLine: String { header.joined(separator: ",") + "\n" }
}
