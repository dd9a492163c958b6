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

    /// Appends one CSV line (with its newline) for a match and its explanation to `bytes`. `scratch` is
    /// reusable room for the explanation's JSON, which is quoted as it is copied in.
    static func append(
        _ result: LinkResult,
        runnerUpID: String,
        explanation: MatchExplanation,
        modelVersion: String,
        to bytes: inout [UInt8],
        scratch: inout [UInt8]
    ) {
        func field(_ text: String) {
            var text = text
            text.withUTF8 { appendQuoted($0, to: &bytes) }
            bytes.append(UInt8(ascii: ","))
        }
        func number(_ value: Double, digits: Int) {
            appendFixed(value, digits: digits, to: &bytes)
            bytes.append(UInt8(ascii: ","))
        }
        field(result.kind.rawValue)
        field(result.recordID)
        field(result.employeeID)
        number(result.matchWeight, digits: 4)
        number(result.matchProbability, digits: 6)
        field(result.band.rawValue)
        field(result.isAmbiguous ? "true" : "false")
        field(runnerUpID)
        field(modelVersion)
        scratch.removeAll(keepingCapacity: true)
        if !explanation.appendJSON(to: &scratch) { scratch = Array("{}".utf8) }
        scratch.withUnsafeBufferPointer { appendQuoted($0, to: &bytes) }
        bytes.append(0x0A)
    }

    /// Appends `value` with `digits` decimals, as C's `printf("%.*f")` writes it (what `String(format:)`
    /// gives).
    static func appendFixed(_ value: Double, digits: Int, to bytes: inout [UInt8]) {
        /// Formats into `capacity` bytes; `false` (with the length needed) when they are too few.
        func format(capacity: Int) -> (done: Bool, needed: Int) {
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
                let written = Int(
                    withVaList([Int32(digits), value]) { vsnprintf(buffer.baseAddress!, capacity, "%.*f", $0) }
                )
                guard written >= 0, written < capacity else { return (false, written) }
                bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: written))
                return (true, written)
            }
        }
        let short = format(capacity: 64)
        if short.done { return }
        // Only a number of more than 50 digits gets here: a weight never does.
        if !format(capacity: max(short.needed, 0) + 1).done {
            bytes.append(contentsOf: String(format: "%.\(digits)f", value).utf8)
        }
    }

    /// Appends a field to a CSV line, quoted as RFC 4180 asks where it needs it.
    private static func appendQuoted(_ field: UnsafeBufferPointer<UInt8>, to line: inout [UInt8]) {
        let needsQuotes = field.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
        }
        guard needsQuotes else {
            line.append(contentsOf: field)
            return
        }
        line.append(UInt8(ascii: "\""))
        var start = 0
        for (index, byte) in field.enumerated() where byte == UInt8(ascii: "\"") {
            line.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...index]))
            start = index
        }
        line.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...]))
        line.append(UInt8(ascii: "\""))
    }

    static var headerLine: String { header.joined(separator: ",") + "\n" }
}
