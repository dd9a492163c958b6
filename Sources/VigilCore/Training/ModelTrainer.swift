import Foundation

/// Trains the person and home-address models: term frequencies, u by random sampling, m by EM on
/// agreement-pattern counts in two sessions with different blocking rules, and the prior.
///
/// Follows Splink's recipe. Each EM session blocks on one rule and holds the comparisons that rule
/// forces to agree out of the likelihood; the other session supplies their m. The prior comes from the
/// date-of-birth session: its estimated matches, divided by the chance a true match lands in that block.
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
        randomPairs: Int = 2_000_000, seed: UInt64 = 42, personThreshold: Double = 0.9,
        homeAddressThreshold: Double = 0.9
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
        let people = records.map { extractor.features(of: $0) }
        var generator = SplitMix64(seed: seed)
        var sessions: [TrainingReport.Session] = []

        var person = trainPerson(employees: employees, records: people, generator: &generator, sessions: &sessions)
        person.termFrequencies = tables
        var homeAddress: FellegiSunterModel?
        if !locations.isEmpty {
            let addresses = locations.map { extractor.features(of: $0) }
            var model = trainHomeAddress(
                homes: employees.map(\.address), locations: addresses, generator: &generator, sessions: &sessions
            )
            model.termFrequencies = [PersonFeatureExtractor.Column.postcode: tables[PersonFeatureExtractor.Column.postcode]]
                .compactMapValues { $0 }
            homeAddress = model
        }
        let report = TrainingReport(
            rosterSize: roster.count, recordsSeen: recordsSeen ?? records.count, recordsUsed: records.count,
            locationsUsed: locations.count, randomPairsForU: randomPairs, seed: seed, sessions: sessions
        )
        return LinkageModel(person: person, homeAddress: homeAddress, training: report, trainedAt: trainedAt)
    }

    /// Term-frequency tables for forenames, surnames and postcodes over the roster and the sample.
    static func termFrequencies(
        roster: [Employee], records: [PersonRecord], locations: [IncidentLocation]
    ) -> [String: TermFrequencyTable] {
        var extractor = PersonFeatureExtractor()
        var forenames = TermFrequencyCounter()
        var surnames = TermFrequencyCounter()
        var postcodes = TermFrequencyCounter()
        func count(_ features: PersonFeatures) {
            if let first = features.firstForename { forenames.add(first.text) }
            if let surname = features.surname { surnames.add(surname.text) }
            if let postcode = features.address.evidencePostcode { postcodes.add(postcode) }
        }
        for employee in roster { count(extractor.features(of: employee)) }
        for record in records { count(extractor.features(of: record)) }
        for location in locations {
            if let postcode = extractor.features(of: location).evidencePostcode { postcodes.add(postcode) }
        }
        let columns = PersonFeatureExtractor.Column.self
        return [
            columns.forename: TermFrequencyTable(column: columns.forename, counts: forenames.counts),
            columns.surname: TermFrequencyTable(column: columns.surname, counts: surnames.counts),
            columns.postcode: TermFrequencyTable(column: columns.postcode, counts: postcodes.counts),
        ]
    }
}
