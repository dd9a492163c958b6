/// Finds a row that repeats the extract's header, as when several exports are joined with `cat`.
///
/// Such a row is not a record: read as one, it was rejected for its odd values (`unknown source
/// 'source'`), or, with a fixed source and invalid dates kept as missing, it was even accepted. The
/// check costs nothing for ordinary rows: it starts only when the row's id hashes as the header's name
/// for the id column does, and only then compares every field with the header.
struct RepeatedHeader: Sendable {
    /// The header's names, trimmed, as UTF-8.
    private let names: [[UInt8]]
    /// The id fingerprint a row repeating the header has (``IDFingerprints/fingerprint(_:)``).
    let idFingerprint: UInt64

    /// The header of an extract read through `resolved`.
    init(header: [String], resolved: ResolvedColumns) {
        names = header.map { Array($0.trimmingSpaces.utf8) }
        // The id as `MappedRow.withBytes` makes it: its columns' values, empty ones skipped, joined by spaces.
        var id: [UInt8] = []
        for column in resolved.columns[resolved.idSlot] where column < names.count && !names[column].isEmpty {
            if !id.isEmpty { id.append(0x20) }
            id.append(contentsOf: names[column])
        }
        idFingerprint = id.withUnsafeBufferPointer { IDFingerprints.fingerprint($0) }
    }

    /// Whether row `row` of `batch`, each field trimmed, is the header again.
    func matches(_ batch: CSVBatch, row: Int) -> Bool {
        guard batch.columnCount == names.count else { return false }
        for column in 0..<names.count {
            let same = batch.withFieldBytes(row: row, column: column) { bytes in
                bytes.trimmingSpaces.elementsEqual(names[column])
            }
            if !same { return false }
        }
        return true
    }

    /// The reject's words for such a row.
    static let reason = "a repeated header row (files joined together?)"
}
