import Foundation

/// Trains the person and home-address models: term frequencies, u by random sampling, m by EM on
/// agreement-pattern counts in sessions with different blocking rules, and the prior.
///
/// Follows Splink's recipe. Each EM session blocks on one rule and holds the comparisons that rule
/// forces to agree out of the likelihood; another session supplies their m. Where two sessions both see
/// a comparison's matches, its m pools their expected match counts (Splink averages the sessions'
/// estimates instead). The prior comes from the date-of-birth session: its estimated matches, divided by
/// the chance a true match lands in that block.
public struct ModelTrainer: Sendable {
    /// Random pairs drawn to estimate u.
    public var randomPairs: Int
    /// Seed for sampling, so training is repeatable.
    public var seed: UInt64
    /// The person-match probability at or above which a pair is reported.
    public var personThreshold: Double
    /// The home-address probability at or above which a pair is reported.
    public var homeAddressThreshold: Double

    public init(
        randomPairs: Int = 1_000_000,
        seed: UInt64 = 42,
        personThreshold: Double = 0.9,
        homeAddressThreshold: Double = 0.5
    ) {
        self.randomPairs = randomPairs
        self.seed = seed
        self.personThreshold = personThreshold
        self.homeAddressThreshold = homeAddressThreshold
    }

    /// Trains a model from a roster, a sample of person records and (optionally) incident locations.
    ///
    /// - Parameter recordsSeen: how many records the sample was drawn from (for the report).
    public func train(
        roster: [Employee],
        records: [PersonRecord],
        locations: [IncidentLocation] = [],
        recordsSeen: Int? = nil,
        trainedAt: String
    ) -> LinkageModel {
        let tables = Self.termFrequencies(roster: roster, records: records, locations: locations)
        var extractor = PersonFeatureExtractor(termFrequencies: tables)
        let employees = roster.map { extractor.features(of: $0) }
        let people = ParallelChunks.map(count: records.count) { range, _ in
            var worker = PersonFeatureExtractor(termFrequencies: tables)
            return range.map { worker.features(of: records[$0]) }
        }.flatMap { $0 }
        var generator = SplitMix64(seed: seed)
        var sessions: [TrainingReport.Session] = []

        var person = trainPerson(employees: employees, records: people, generator: &generator, sessions: &sessions)
        person.termFrequencies = tables
        var homeAddress: FellegiSunterModel?
        if !locations.isEmpty {
            let addresses = ParallelChunks.map(count: locations.count) { range, _ in
                let worker = PersonFeatureExtractor(termFrequencies: tables)
                return range.map { worker.features(of: locations[$0]) }
            }.flatMap { $0 }
            var model = trainHomeAddress(
                homes: employees.map(\.address),
                locations: addresses,
                generator: &generator,
                sessions: &sessions
            )
            model.termFrequencies = [
                PersonFeatureExtractor.Column.postcode: tables[PersonFeatureExtractor.Column.postcode]
            ]
            .compactMapValues { $0 }
            homeAddress = model
        }
        let report = TrainingReport(
            rosterSize: roster.count,
            recordsSeen: recordsSeen ?? records.count,
            recordsUsed: records.count,
            locationsUsed: locations.count,
            randomPairsForU: randomPairs,
            seed: seed,
            sessions: sessions
        )
        return LinkageModel(person: person, homeAddress: homeAddress, training: report, trainedAt: trainedAt)
    }

    /// Term-frequency tables for forenames, surnames and postcodes over the roster and the sample.
    static func termFrequencies(
        roster: [Employee],
        records: [PersonRecord],
        locations: [IncidentLocation]
    ) -> [String: TermFrequencyTable] {
        let extractor = PersonFeatureExtractor()
        let counted = ParallelChunks.map(count: records.count) { range, _ in
            var counters = [TermFrequencyCounter](repeating: TermFrequencyCounter(), count: 3)
            for position in range {
                let record = records[position]
                let values = extractor.termFrequencyValues(
                    forenames: record.forenames,
                    surname: record.surname,
                    postcode: record.postcode
                )
                if let value = values.forename { counters[0].add(value) }
                if let value = values.surname { counters[1].add(value) }
                if let value = values.postcode { counters[2].add(value) }
            }
            return counters
        }
        var forenames = TermFrequencyCounter()
        var surnames = TermFrequencyCounter()
        var postcodes = TermFrequencyCounter()
        for chunk in counted {
            forenames.merge(chunk[0])
            surnames.merge(chunk[1])
            postcodes.merge(chunk[2])
        }
        for employee in roster {
            let values = extractor.termFrequencyValues(
                forenames: employee.forenames,
                surname: employee.surname,
                postcode: employee.postcode
            )
            if let value = values.forename { forenames.add(value) }
            if let value = values.surname { surnames.add(value) }
            if let value = values.postcode { postcodes.add(value) }
        }
        for location in locations {
            if let value = extractor.termFrequencyValues(forenames: "", surname: "", postcode: location.postcode)
                .postcode
            {
                postcodes.add(value)
            }
        }
        let columns = PersonFeatureExtractor.Column.self
        return [
            columns.forename: TermFrequencyTable(column: columns.forename, counts: forenames.counts),
            columns.surname: TermFrequencyTable(column: columns.surname, counts: surnames.counts),
            columns.postcode: TermFrequencyTable(column: columns.postcode, counts: postcodes.counts),
        ]
    }
}
