import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string.
///
/// A name given twice keeps its first value; values are percent-decoded with `+` as a space.
public struct FormFields: Sendable, Hashable {
    private var values: [String: String]

    /// No fields.
    public init() {
        values = [:]
    }

    /// Parses encoded fields.
    public init(encoded: String) {
        var values: [String: String] = [:]
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = FormFields.decode(parts[0]), !name.isEmpty else { continue }
            let value = parts.count > 1 ? FormFields.decode(parts[1]) ?? "" : ""
            if values[name] == nil { values[name] = value }
        }
        self.values = values
    }

    /// The value of a field, if it was sent.
    public subscript(_ name: String) -> String? { values[name] }

    /// The value of a field with surrounding white space removed, or `""`.
    public func trimmed(_ name: String) -> String {
        (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
