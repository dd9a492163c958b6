import VigilCore

/// A person in a police record whose row passed every check, with its name and address fields left in
/// the CSV batch's bytes.
///
/// `vigil link` reads extracts of millions of rows and looks at each person once. Making a `String` of
/// every field of every row, only for the feature extractor to look each one up in its caches, was
/// much of the cost of reading. A `PersonRow` holds the row's place in its batch and its date of birth,
/// and ``PersonRowFields`` lends the fields' bytes to the extractor as ``PersonFields``. A row is checked
/// exactly as for a ``PersonRecord``: the same rows are accepted and the same rejects written.
public struct PersonRow: Sendable {
    /// The row's place among the accepted rows of its batch (``ExtractBatch/rows``).
    public let row: Int
    /// The date of birth as checked (`nil` when empty, a placeholder, or invalid and kept as missing).
    public let dateOfBirth: CalendarDate?
}

/// Reads the fields of ``PersonRow``s from the batch they came in.
public struct PersonRowFields: Sendable {
    let resolved: ResolvedColumns
    let mapping: ColumnMapping
    /// The slot of each canonical person-record field, in ``ExtractKind/canonicalFields`` order.
    let slots: [Int]
    /// The slots of the fields the extractor reads: forenames, surname, address line, town, postcode
    /// and UPRN.
    let textSlots: [Int]

    init(resolved: ResolvedColumns, mapping: ColumnMapping) {
        self.resolved = resolved
        self.mapping = mapping
        slots = mapping.kind.canonicalFields.map(resolved.slot)
        textSlots = [slots[5], slots[6], slots[8], slots[9], slots[10], slots[11]]
    }

    /// The comparison features of a row's person, made by `extractor` from the bytes of the row's name
    /// and address fields where they lie in the batch.
    public func features(
        of person: PersonRow,
        in rows: CSVBatch,
        using extractor: inout PersonFeatureExtractor
    ) -> PersonFeatures {
        withFields(of: person, in: rows) { extractor.features(of: $0) }
    }

    /// Calls `body` with the bytes of a row's name and address fields where they lie in the batch, and
    /// its checked date of birth.
    public func withFields<Result>(
        of person: PersonRow,
        in rows: CSVBatch,
        _ body: (PersonFields) -> Result
    ) -> Result {
        let row = MappedRow(batch: rows, row: person.row, resolved: resolved, mapping: mapping)
        return row.withBytes(of: textSlots) { fields in
            body(
                PersonFields(
                    forenames: fields[0],
                    surname: fields[1],
                    dateOfBirth: person.dateOfBirth,
                    addressLine: fields[2],
                    town: fields[3],
                    postcode: fields[4],
                    uprn: fields[5]
                )
            )
        }
    }

    /// A row's record id.
    public func recordID(of person: PersonRow, in rows: CSVBatch) -> String {
        MappedRow(batch: rows, row: person.row, resolved: resolved, mapping: mapping).text(slots[0])
    }
}

extension ExtractReader where Record == PersonRow {
    /// Opens a person-record extract to be read as rows; without a mapping the canonical columns are
    /// expected.
    ///
    /// - Throws: ``IngestError`` (`fileNotFound`, `emptyFile`, `missingColumn`, `unreadable`).
    public init(path: String, mapping: ColumnMapping = .canonical(.personRecords)) throws {
        try self.init(csv: CSVReader(path: path, encoding: mapping.encoding), personRows: mapping)
    }

    /// Reads person records as rows from an open descriptor such as standard input.
    public init(fileDescriptor: Int32, name: String, mapping: ColumnMapping = .canonical(.personRecords)) throws {
        try self.init(
            csv: CSVReader(fileDescriptor: fileDescriptor, name: name, encoding: mapping.encoding),
            personRows: mapping
        )
    }

    private init(csv: consuming CSVReader, personRows mapping: ColumnMapping) throws {
        precondition(mapping.kind == .personRecords, "a PersonRow reader needs a person_records mapping")
        try self.init(csv: csv, mapping: mapping, keepsRows: true) { columns in
            let slots = mapping.kind.canonicalFields.map(columns.slot)
            return { (row: inout MappedRow) throws(MappedRow.Issue) -> PersonRow in
                let checked = try row.personRecordChecks(slots: slots)
                return PersonRow(row: row.row, dateOfBirth: checked.dateOfBirth)
            }
        }
    }

    /// How to read the fields of this reader's rows.
    public var fields: PersonRowFields {
        PersonRowFields(resolved: resolved, mapping: mapping)
    }
}

extension MappedRow {
    /// The checks a person-record row must pass, in the order they are made: its source, its event
    /// date, its date of birth. Returns what they read.
    ///
    /// A date of birth after the event date cannot be the person's (a system's default, or the date the
    /// record was keyed): it is kept as missing, so it is neither evidence for a match nor against one,
    /// and counted with the invalid dates kept as missing. A birthday on the event day stays: newborns
    /// are recorded too.
    mutating func personRecordChecks(
        slots: [Int]
    ) throws(Issue) -> (source: SourceKind, eventDate: CalendarDate?, dateOfBirth: CalendarDate?) {
        let source = try source(slots[1])
        let eventDate = try date(slots[3])
        var dateOfBirth = try date(slots[7])
        if let born = dateOfBirth, let event = eventDate, born > event {
            dateOfBirth = nil
            invalidDatesKept += 1
        }
        return (source, eventDate, dateOfBirth)
    }
}
