extension RejectedRow {
    /// The text of field `column` (0-based) of ``raw``, read as a CSV row: trimmed of spaces and tabs,
    /// `nil` when empty, absent (the row is shorter, or cut at ``rawTextLimit``) or not valid UTF-8.
    ///
    /// A rejected row usually still says which record it is: a name with an invalid byte or an
    /// impossible date leaves the id column readable. The daily run uses that to keep the record it
    /// already holds instead of withdrawing it as if the extract had dropped it.
    public func rawField(_ column: Int) -> String? {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var afterQuote = false
        var complete = false
        for character in raw {
            if inQuotes {
                if character == "\"" {
                    inQuotes = false
                    afterQuote = true
                } else {
                    current.append(character)
                }
                continue
            }
            if character == "\"" {
                // A doubled quote inside a quoted field, or a quote opening the field.
                if afterQuote { current.append("\"") }
                inQuotes = true
                afterQuote = false
                continue
            }
            afterQuote = false
            if character == "," || character == "\n" || character == "\r\n" || character == "\r" {
                fields.append(current)
                if fields.count > column {
                    complete = true
                    break
                }
                current = ""
                if character != "," { break }
                continue
            }
            current.append(character)
        }
        if !complete, !inQuotes, fields.count == column, raw.utf8.count <= Self.rawTextLimit - 4 {
            // The row's last field, ended by the end of the text rather than by a comma.
            fields.append(current)
        }
        guard fields.count > column else { return nil }
        let text = String(fields[column].trimmingSpaces)
        guard !text.isEmpty, !text.unicodeScalars.contains("\u{FFFD}") else { return nil }
        return text
    }

    /// As ``rawField(_:)`` for a row whose stray quote swallowed the rest of its line: the first line of
    /// ``raw`` split at every comma, quotes taken as text and then dropped. `"E100001,Ann,...` still
    /// names E100001, so the run keeps that record (or employee) rather than withdrawing it.
    public func rawFieldTakingQuotesAsText(_ column: Int) -> String? {
        let line = raw.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count > column else { return nil }
        let text = String(String(fields[column].filter { $0 != "\"" }).trimmingSpaces)
        guard !text.isEmpty, !text.unicodeScalars.contains("\u{FFFD}") else { return nil }
        return text
    }
}
