import VigilCore

/// One accepted CSV row seen through a column mapping: trimmed canonical values, dates and sources.
struct MappedRow {
    /// Why a row cannot become a record.
    struct Issue: Error {
        var kind: RejectedRow.Kind
        /// The extract's own column name, or the canonical name for joined or fixed fields.
        var field: String?
        var reason: String
    }

    let batch: CSVBatch
    let row: Int
    let resolved: ResolvedColumns
    let mapping: ColumnMapping
    /// Invalid dates kept as missing in this row (``ColumnMapping/InvalidDatePolicy/missing``).
    var invalidDatesKept = 0

    /// A field's value, trimmed; joined fields are trimmed one by one and joined with single spaces.
    func text(_ slot: Int) -> String {
        withBytes(slot) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a field's value as UTF-8 bytes, trimmed as ``text(_:)`` trims it: a single
    /// column's bytes where they lie in the batch, joined columns' in a buffer of their own.
    @inline(__always)
    func withBytes<Result>(_ slot: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let single = resolved.singleColumns[slot]
        if single >= 0 {
            return batch.withFieldBytes(row: row, column: single) { body(trimmed($0)) }
        }
        let columns = resolved.columns[slot]
        var joined: [UInt8] = []
        for column in columns {
            batch.withFieldBytes(row: row, column: column) { bytes in
                let part = trimmed(bytes)
                if !part.isEmpty {
                    if !joined.isEmpty {
                        joined.append(0x20)
                    }
                    joined.append(contentsOf: part)
                }
            }
        }
        return joined.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with several fields' values as bytes, in the order of `slots`, each trimmed and
    /// joined as ``withBytes(_:_:)`` makes it. When every field is a single column, the values are read
    /// where they lie in the batch; otherwise all of them are first copied into one buffer.
    func withBytes<Result>(
        of slots: [Int],
        _ body: (UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<UInt8>.self, capacity: slots.count) { fields in
            defer { _ = fields.deinitialize() }
            if slots.allSatisfy({ resolved.singleColumns[$0] >= 0 }) {
                return batch.bytes.withUnsafeBufferPointer { bytes in
                    for (index, slot) in slots.enumerated() {
                        let range = batch.byteRange(row: row, column: resolved.singleColumns[slot])
                        fields.initializeElement(at: index, to: trimmed(UnsafeBufferPointer(rebasing: bytes[range])))
                    }
                    return body(UnsafeBufferPointer(fields))
                }
            }
            var copied: [UInt8] = []
            var ends: [Int] = []
            for slot in slots {
                withBytes(slot) { copied.append(contentsOf: $0) }
                ends.append(copied.count)
            }
            return copied.withUnsafeBufferPointer { bytes in
                for index in slots.indices {
                    let start = index == 0 ? 0 : ends[index - 1]
                    fields.initializeElement(at: index, to: UnsafeBufferPointer(rebasing: bytes[start..<ends[index]]))
                }
                return body(UnsafeBufferPointer(fields))
            }
        }
    }

    /// A date field: `nil` when empty or a placeholder; an issue when not a real date (unless the
    /// mapping keeps invalid dates as missing). A partial date ("1990", "03/1990") is kept as missing
    /// and counted with the invalid dates kept: the row is not wrong, the day is just not known.
    mutating func date(_ slot: Int) throws(Issue) -> CalendarDate? {
        let value = text(slot)
        switch DateParser.parse(value, format: resolved.dateFormats[slot]) {
        case .date(let date):
            return date
        case .missing:
            return nil
        case .invalid(let why):
            if mapping.invalidDates == .missing || DateParser.isPartialDate(value) {
                invalidDatesKept += 1
                return nil
            }
            let reason = "invalid \(resolved.fields[slot]) '\(value)': \(why)"
            throw Issue(kind: .invalidDate, field: resolved.displayNames[slot], reason: reason)
        }
    }

    /// The row's source, from its column or the mapping's fixed source.
    func source(_ slot: Int) throws(Issue) -> SourceKind {
        let value = resolved.columns[slot].isEmpty ? (mapping.fixedSource ?? "") : text(slot)
        if value.isEmpty {
            throw Issue(kind: .unknownSource, field: resolved.displayNames[slot], reason: "source is empty")
        }
        // Extracts mostly give the canonical lowercase name; only other spellings pay for lowercasing.
        guard let source = SourceKind(rawValue: value) ?? SourceKind(rawValue: value.lowercased()) else {
            let known = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
            let reason = "unknown source '\(value)' (expected one of \(known))"
            throw Issue(kind: .unknownSource, field: resolved.displayNames[slot], reason: reason)
        }
        return source
    }

    /// Trims spaces, tabs and non-breaking spaces, where the bytes lie.
    @inline(__always)
    private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        bytes.trimmingSpaces
    }
}
