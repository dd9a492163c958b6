import VigilCore
import VigilIngest

extension ExtractLoading {
    /// Reads incident locations for training without holding them all: only what
    /// ``LocationTrainingSample`` keeps (a uniform sample, the locations near an employee's home, and
    /// every postcode counted), so training's memory follows the roster, not the extract. Like
    /// ``locationsAside(path:mapping:)`` it leaves the rejects file and the notes alone, so it can run on
    /// another core; take the result in with ``adopt(_:)-(LocationSampleRead)``.
    static func locationSampleAside(
        path: String,
        mapping: ColumnMapping,
        roster: [Employee],
        seed: UInt64
    ) throws -> LocationSampleRead {
        var reader = try ExtractReader<IncidentLocation>(path: path, mapping: mapping)
        var sample = LocationTrainingSample(roster: roster, seed: seed)
        var rejected: [RejectedRow] = []
        while let batch = try reader.nextBatch() {
            for location in batch.records { sample.add(location) }
            rejected += batch.rejects
        }
        return LocationSampleRead(sample: sample, rejects: rejected, summary: reader.summary)
    }

    /// Takes in locations sampled aside: their rejects go to the rejects file and their summary to the
    /// notes, in the order they would have if they had been read here and now.
    mutating func adopt(_ read: LocationSampleRead) throws -> LocationTrainingSample {
        try rejects.append(read.rejects)
        finish(read.summary)
        return read.sample
    }
}

/// Incident locations sampled for training on their own, their rejects and summary held until
/// `ExtractLoading.adopt` takes them.
struct LocationSampleRead: Sendable {
    var sample: LocationTrainingSample
    var rejects: [RejectedRow]
    var summary: IngestSummary
}
