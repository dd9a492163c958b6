import Foundation
import Synchronization
import VigilCore

/// Links batches of records on every core: features, stored blocking keys, best match and explanation.
///
/// Each batch is split into one chunk per worker; results come back in input order, so a run's output
/// does not depend on thread timing.
struct ParallelLinker: Sendable {
    /// One person record, linked.
    struct PersonOutcome: Sendable {
        /// The keys the record is stored under, for new starters' reverse lookup.
        var keys: StoredBlockingKeys
        /// The best employee if above the threshold.
        var match: LinkResult?
        /// The match's explanation as JSON, when there is a match.
        var explanation: String
    }

    /// One incident location, linked.
    struct LocationOutcome: Sendable {
        var keys: StoredBlockingKeys
        /// Every employee whose home it is, above the threshold, with explanations as JSON.
        var matches: [(result: LinkResult, explanation: String)]
    }

    let linker: RecordLinker
    let workers: Int
    private let pool: ExtractorPool
    private let personThreshold: Double
    private let scoringFloor: Double
    private let addressThreshold: Double

    init(linker: RecordLinker, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.linker = linker
        self.workers = max(1, workers)
        pool = ExtractorPool(make: linker.makeExtractor)
        personThreshold = FellegiSunterModel.weight(ofProbability: linker.model.person.threshold)
        scoringFloor = linker.scoringFloor(threshold: linker.model.person.threshold)
        addressThreshold =
            linker.model.homeAddress.map { FellegiSunterModel.weight(ofProbability: $0.threshold) }
            ?? .infinity
    }

    func linkPersons(_ records: [PersonRecord]) -> [PersonOutcome] {
        inChunks(records) { chunk, extractor in
            var candidates: [Int32] = []
            return chunk.map { record in
                let features = extractor.features(of: record)
                let keys = StoredBlockingKeys(record: features)
                guard
                    let best = linker.bestPersonMatch(
                        features: features,
                        recordID: record.recordID,
                        candidates: &candidates,
                        scoringFloor: scoringFloor
                    ), best.matchWeight >= personThreshold
                else { return PersonOutcome(keys: keys, match: nil, explanation: "") }
                let explanation = linker.explainPerson(features: features, employeeIndex: best.employeeIndex)
                return PersonOutcome(keys: keys, match: best, explanation: Self.json(explanation))
            }
        }
    }

    func linkLocations(_ locations: [IncidentLocation]) -> [LocationOutcome] {
        inChunks(locations) { chunk, extractor in
            var candidates: [Int32] = []
            return chunk.map { location in
                let features = extractor.features(of: location)
                let keys = StoredBlockingKeys(location: features)
                let matches = linker.homeAddressMatches(
                    for: features,
                    incidentID: location.incidentID,
                    candidates: &candidates
                )
                .filter { $0.matchWeight >= addressThreshold }
                .compactMap { result -> (LinkResult, String)? in
                    guard
                        let explanation = linker.explainHomeAddress(
                            features: features,
                            employeeIndex: result.employeeIndex
                        )
                    else { return nil }
                    return (result, Self.json(explanation))
                }
                return LocationOutcome(keys: keys, matches: matches)
            }
        }
    }

    /// The keys each location is stored under, without linking it.
    func locationKeys(_ locations: [IncidentLocation]) -> [StoredBlockingKeys] {
        inChunks(locations) { chunk, extractor in
            chunk.map { StoredBlockingKeys(location: extractor.features(of: $0)) }
        }
    }

    private func inChunks<Input: Sendable, Output: Sendable>(
        _ inputs: [Input],
        _ work: @Sendable (ArraySlice<Input>, inout PersonFeatureExtractor) -> [Output]
    ) -> [Output] {
        guard inputs.count > 64, workers > 1 else {
            return pool.withExtractor { work(inputs[...], &$0) }
        }
        let size = (inputs.count + workers - 1) / workers
        let results = Mutex<[Int: [Output]]>([:])
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let start = worker * size
            guard start < inputs.count else { return }
            let output = pool.withExtractor { work(inputs[start..<min(start + size, inputs.count)], &$0) }
            results.withLock { $0[worker] = output }
        }
        return results.withLock { chunks in (0..<workers).flatMap { chunks[$0] ?? [] } }
    }

    static func json(_ explanation: MatchExplanation) -> String {
        explanation.jsonText ?? "{}"
    }
}
