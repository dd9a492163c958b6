import VigilCore

/// A uniform random sample of an extract's person records, kept as their CSV rows: what `vigil train`
/// learns from.
///
/// Training looks at each sampled record's fields only to count its names and postcode and to make its
/// features, so the rows lend their fields' bytes where they lie (``PersonRowFields``) instead of each
/// record's dozen fields becoming strings first. The rows are checked exactly as for a ``PersonRecord``:
/// the same rows are sampled, the same are accepted and the same rejects written.
public struct PersonRowSample: PersonFieldsCollection {
    /// Sampled rows that could not become records, in line order.
    public var rejects: [RejectedRow]
    /// Rows the sample was drawn from (the whole extract, CSV-level rejects included).
    public var rowsSeen: Int
    private let fields: PersonRowFields
    private let persons: [PersonRow]
    /// The batch each of `persons` lies in.
    private let batches: [CSVBatch]

    init(sample: ExtractSample<PersonRow>, batches: [CSVBatch], fields: PersonRowFields) {
        precondition(sample.records.count == batches.count, "every sampled row needs its batch")
        rejects = sample.rejects
        rowsSeen = sample.rowsSeen
        self.fields = fields
        persons = sample.records
        self.batches = batches
    }

    /// How many records the sample holds.
    public var count: Int { persons.count }

    /// Whether the sample holds no records.
    public var isEmpty: Bool { persons.isEmpty }

    public func withFields<Result>(at position: Int, _ body: (PersonFields) -> Result) -> Result {
        fields.withFields(of: persons[position], in: batches[position], body)
    }
}

extension ExtractReader where Record == PersonRow {
    /// Reads the whole extract and keeps a uniform random sample of at most `limit` person records as
    /// their rows, repeatably for a seed: the same rows, rejects and counts as
    /// ``sample(limit:seed:rejected:progress:)`` gives for ``PersonRecord``s.
    public mutating func personRowSample(
        limit: Int,
        seed: UInt64,
        splitting: SampleSplitting = .standard,
        rejected: ([RejectedRow]) throws -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> PersonRowSample {
        let drawn = try drawSample(
            limit: limit,
            seed: seed,
            keepingBatches: true,
            splitting: splitting,
            rejected: rejected,
            progress: progress
        )
        return PersonRowSample(sample: drawn.sample, batches: drawn.batches, fields: fields)
    }
}
