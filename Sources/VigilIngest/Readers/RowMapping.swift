import VigilCore

/// Turns one CSV row into a record, or into a reject that names the field and says what was wrong.
///
/// It holds only values, so several threads can map rows of the same extract at once; the reader's
/// duplicate-id check is the one step that needs the rows in file order, and it takes the set of ids
/// seen so far from the caller.
struct RowMapping<Record: Sendable>: Sendable {
    /// A record made from a row, with the invalid dates kept as missing on the way.
    struct Mapped: Sendable {
        var record: Record
        var invalidDatesKept: Int
        /// The id's fingerprint, for a duplicate check made later.
        var idFingerprint: UInt64
    }

    /// A row's fate: a record, or a reject with its reason.
    enum Outcome: Sendable {
        case record(Mapped)
        case reject(RejectedRow)
    }

    let fileName: String
    let resolved: ResolvedColumns
    let mapping: ColumnMapping
    let build: @Sendable (inout MappedRow) throws(MappedRow.Issue) -> Record
    /// For person records with a `source` column, its slot: a record is known by its source and id
    /// together (the store's key), and a combined export numbers each source's records on its own.
    let sourceSlot: Int?
    let repeatedHeader: RepeatedHeader

    init(reader: borrowing ExtractReader<Record>) {
        fileName = reader.csv.fileName
        resolved = reader.resolved
        mapping = reader.mapping
        build = reader.build
        let resolved = reader.resolved
        let slot = resolved.kind == .personRecords ? resolved.slot("source") : nil
        sourceSlot = slot.flatMap { resolved.columns[$0].isEmpty ? nil : $0 }
        repeatedHeader = RepeatedHeader(header: reader.csv.header, resolved: resolved)
    }

    /// Maps a row; with `seenIDs`, a row whose id is already in the set is a duplicate, and an accepted
    /// row's id joins the set.
    // Person rows, the millions of a linked extract and the sample training maps, get their own copy:
    // called generically, every row looked up the generic metadata of the `Mapped` it returns.
    @_specialize(where Record == PersonRow)
    func map(_ batch: CSVBatch, row: Int, seenIDs: inout IDFingerprints) -> Outcome {
        map(batch, row: row, isSeen: { seenIDs.contains($0) }, accept: { seenIDs.insert($0) })
    }

    /// Maps a row without the duplicate-id check (the caller checks ids later, in file order).
    @_specialize(where Record == PersonRow)
    func map(_ batch: CSVBatch, row: Int) -> Outcome {
        map(batch, row: row, isSeen: { _ in false }, accept: { _ in })
    }

    /// A duplicate-id reject for a row whose id an earlier row already had.
    func duplicate(_ batch: CSVBatch, row: Int) -> RejectedRow {
        let mapped = MappedRow(batch: batch, row: row, resolved: resolved, mapping: mapping)
        return reject(batch, row: row, duplicateIssue(mapped))
    }

    /// The words for a duplicate id; a person record's also name its source, as ids are unique per source.
    private func duplicateIssue(_ mapped: MappedRow) -> MappedRow.Issue {
        let idSlot = resolved.idSlot
        var reason = "duplicate \(mapping.kind.idField) '\(mapped.text(idSlot))'"
        if let sourceSlot { reason += " for source \(mapped.text(sourceSlot).lowercased())" }
        reason += " (already seen in this file)"
        return MappedRow.Issue(kind: .duplicateID, field: resolved.displayNames[idSlot], reason: reason)
    }

    /// The fingerprint a row's id is checked for duplicates by: the id's, with a person record's
    /// source (case ignored, as the source is read) mixed in.
    @inline(__always)
    private func duplicateFingerprint(_ mapped: MappedRow, idFingerprint: UInt64) -> UInt64 {
        guard let sourceSlot else { return idFingerprint }
        return mapped.withBytes(sourceSlot) { IDFingerprints.fingerprint(lowercased: $0, after: idFingerprint) }
    }

    private func map(
        _ batch: CSVBatch,
        row: Int,
        isSeen: (UInt64) -> Bool,
        accept: (UInt64) -> Void
    ) -> Outcome {
        var mapped = MappedRow(batch: batch, row: row, resolved: resolved, mapping: mapping)
        let idSlot = resolved.idSlot
        do throws(MappedRow.Issue) {
            // The id is hashed where it lies; it becomes text only for a reject's message.
            let (isEmpty, idHash) = mapped.withBytes(idSlot) { ($0.isEmpty, IDFingerprints.fingerprint($0)) }
            if isEmpty {
                let reason = "\(mapping.kind.idField) is empty"
                throw MappedRow.Issue(kind: .missingID, field: resolved.displayNames[idSlot], reason: reason)
            }
            if idHash == repeatedHeader.idFingerprint, repeatedHeader.matches(batch, row: row) {
                throw MappedRow.Issue(kind: .repeatedHeader, field: nil, reason: RepeatedHeader.reason)
            }
            let hash = duplicateFingerprint(mapped, idFingerprint: idHash)
            if isSeen(hash) { throw duplicateIssue(mapped) }
            let record = try build(&mapped)
            accept(hash)
            return .record(Mapped(record: record, invalidDatesKept: mapped.invalidDatesKept, idFingerprint: hash))
        } catch {
            return .reject(reject(batch, row: row, error))
        }
    }

    private func reject(_ batch: CSVBatch, row: Int, _ issue: MappedRow.Issue) -> RejectedRow {
        RejectedRow(
            file: fileName,
            line: batch.line(ofRow: row),
            field: issue.field,
            kind: issue.kind,
            reason: issue.reason,
            raw: batch.csvText(row: row)
        )
    }
}
