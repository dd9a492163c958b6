import Foundation

/// A small, independent RFC 4180 reader and writer for checking what `vigil` writes.
///
/// Deliberately not VigilIngest's reader: an end-to-end test should not trust the code it checks.
struct CSVText {
    /// The first row.
    let header: [String]
    /// Every row after the header.
    let rows: [[String]]

    init(_ text: String) {
        let all = Self.parse(text)
        header = all.first ?? []
        rows = Array(all.dropFirst())
    }

    init(contentsOf path: String) throws {
        self.init(try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The values of a named column, one per row.
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { index < $0.count ? $0[index] : "" }
    }

    /// Each row as a dictionary from column name to value.
    var records: [[String: String]] {
        rows.map { Dictionary(zip(header, $0).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// Rows and fields, honouring quotes, doubled quotes and newlines inside quotes.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true
            case ",":
                row.append(field)
                field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// One CSV line (without its newline), quoting fields that need it.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        .joined(separator: ",")
    }
}
