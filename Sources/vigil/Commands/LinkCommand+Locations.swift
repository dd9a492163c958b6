import VigilCore
import VigilIngest

extension LinkCommand {
    /// Reads incident locations batch by batch and links each batch as it is read, holding only the match
    /// lines: memory follows the matches, not the extract. Like ``ExtractLoading/locationsAside(path:mapping:)``
    /// it leaves the rejects file and the notes alone, so it can run beside the person records; take the
    /// result in with ``ExtractLoading/adopt(_:)-(LinkedLocations)`` and write its lines.
    static func linkLocationsAside(
        path: String,
        mapping: ColumnMapping,
        linker: RecordLinker,
        pool: ExtractorPool
    ) throws -> LinkedLocations {
        var reader = try ExtractReader<IncidentLocation>(path: path, mapping: mapping)
        var linked = LinkedLocations(summary: reader.summary)
        while let batch = try reader.nextBatch() {
            linked.rejects += batch.rejects
            pool.withExtractor { extractor in
                linked.add(batch.records, linker: linker, extractor: &extractor)
            }
        }
        linked.summary = reader.summary
        return linked
    }
}

/// Incident locations linked on their own: the match lines, in the locations' order, and the read's
/// rejects and summary, held until `ExtractLoading.adopt` takes them.
struct LinkedLocations: Sendable {
    /// The matches' CSV lines.
    var lines: [UInt8] = []
    /// How many matches the lines hold.
    var matches = 0
    var rejects: [RejectedRow] = []
    var summary: IngestSummary

    init(summary: IngestSummary) {
        self.summary = summary
    }

    /// Links `locations` to every employee whose home each is, at or above the home-address threshold.
    mutating func add(_ locations: [IncidentLocation], linker: RecordLinker, extractor: inout PersonFeatureExtractor) {
        guard let addressModel = linker.model.homeAddress else { return }
        let thresholdWeight = FellegiSunterModel.weight(ofProbability: addressModel.threshold)
        var candidates: [Int32] = []
        var scratch: [UInt8] = []
        for location in locations {
            let features = extractor.features(of: location)
            for result in linker.homeAddressMatches(
                for: features,
                incidentID: location.incidentID,
                candidates: &candidates
            ) where result.matchWeight >= thresholdWeight {
                guard
                    let explanation = linker.explainHomeAddress(features: features, employeeIndex: result.employeeIndex)
                else { continue }
                MatchTable.append(
                    result,
                    runnerUpID: "",
                    explanation: explanation,
                    modelVersion: linker.model.version,
                    to: &lines,
                    scratch: &scratch
                )
                matches += 1
            }
        }
    }
}

extension ExtractLoading {
    /// Takes in incident locations linked aside: their rejects go to the rejects file and their summary
    /// to the notes, in the order they would have if they had been read here and now.
    mutating func adopt(_ read: LinkedLocations) throws {
        try rejects.append(read.rejects)
        finish(read.summary)
    }
}
