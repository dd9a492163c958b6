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
        records: some PersonFieldsCollection,
        locations: [IncidentLocation] = [],
        recordsSeen: Int? = nil,
        trainedAt: String
    ) -> LinkageModel {
        train(
            roster: roster,
            records: records,
            locations: LocationTrainingSample(all: locations),
            recordsSeen: recordsSeen,
            trainedAt: trainedAt
        )
    }

    /// Trains a model from a roster, a sample of person records and a sample of incident locations
    /// (see ``LocationTrainingSample``).
    ///
    /// - Parameter recordsSeen: how many records the sample was drawn from (for the report).
    public func train(
        roster: [Employee],
        records: some PersonFieldsCollection,
        locations sample: LocationTrainingSample,
        recordsSeen: Int? = nil,
        trainedAt: String
    ) -> LinkageModel {
        let tables = Self.termFrequencies(roster: roster, records: records, locationPostcodes: sample.postcodes)
        let employees = ParallelChunks.map(count: roster.count) { range, _ in
            var worker = PersonFeatureExtractor(termFrequencies: tables)
            return range.map { worker.features(of: roster[$0]) }
        }.flatMap { $0 }
        let people = ParallelChunks.map(count: records.count) { range, _ in
            var worker = PersonFeatureExtractor(termFrequencies: tables)
            return range.map { position in records.withFields(at: position) { worker.features(of: $0) } }
        }.flatMap { $0 }
        var generator = SplitMix64(seed: seed)
        var sessions: [TrainingReport.Session] = []

        var person = trainPerson(employees: employees, records: people, generator: &generator, sessions: &sessions)
        person.termFrequencies = tables
        person = person.partialAgreementNeverOutweighsWhole()
        var homeAddress: FellegiSunterModel?
        if sample.seen > 0 {
            let locations = sample.kept
            let addresses = ParallelChunks.map(count: locations.count) { range, _ in
                var worker = PersonFeatureExtractor(termFrequencies: tables)
                return range.map { worker.features(of: locations[$0]) }
            }.flatMap { $0 }
            var model = trainHomeAddress(
                homes: employees.map(\.address),
                locations: addresses,
                sampled: sample.sampled.count,
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
            locationsUsed: sample.seen,
            randomPairsForU: randomPairs,
            seed: seed,
            sessions: sessions
        )
        return LinkageModel(person: person, homeAddress: homeAddress, training: report, trainedAt: trainedAt)
    }

    /// Term-frequency tables for forenames, surnames and postcodes over the roster, the sample and every
    /// incident location's postcode.
    ///
    /// The raw values are counted first and each distinct one is normalised once: a sample of 300,000
    /// records holds far fewer distinct spellings than records.
    static func termFrequencies(
        roster: [Employee],
        records: some PersonFieldsCollection,
        locationPostcodes: TextTally
    ) -> [String: TermFrequencyTable] {
        let counted = ParallelChunks.map(count: records.count) { range, _ in
            var raw = RawValueCounts()
            for position in range { records.withFields(at: position) { raw.add($0) } }
            return raw
        }
        var raw = RawValueCounts()
        for chunk in counted { raw.merge(chunk) }
        for employee in roster {
            raw.add(forenames: employee.forenames, surname: employee.surname, postcode: employee.postcode)
        }
        raw.postcodes.merge(locationPostcodes)
        // Each distinct raw value is normalised once, the three columns' values on both cores.
        let extractor = PersonFeatureExtractor()
        let forenames = Self.counter(raw.forenames, keys: { extractor.forenameFrequencyKeys($0) })
        let surnames = Self.counter(raw.surnames) {
            extractor.termFrequencyValues(forenames: "", surname: $0, postcode: "").surname
        }
        let postcodes = Self.counter(raw.postcodes) {
            extractor.termFrequencyValues(forenames: "", surname: "", postcode: $0).postcode
        }
        let columns = PersonFeatureExtractor.Column.self
        return [
            columns.forename: TermFrequencyTable(column: columns.forename, counts: forenames.counts),
            columns.surname: TermFrequencyTable(column: columns.surname, counts: surnames.counts),
            columns.postcode: TermFrequencyTable(column: columns.postcode, counts: postcodes.counts),
        ]
    }

    /// Counts of the values `normalise` makes of raw values (a raw value it rejects is not counted).
    private static func counter(
        _ raw: TextTally,
        normalise: @escaping @Sendable (String) -> String?
    ) -> TermFrequencyCounter {
        counter(raw, keys: { normalise($0).map { [$0] } ?? [] })
    }

    /// Counts of the keys `keys` makes of raw values; one raw value may count under several keys.
    private static func counter(
        _ raw: TextTally,
        keys: @escaping @Sendable (String) -> [String]
    ) -> TermFrequencyCounter {
        let values = raw.entries
        let normalised = ParallelChunks.map(count: values.count) { range, _ in
            range.map { keys(values[$0].text) }
        }.flatMap { $0 }
        var counter = TermFrequencyCounter()
        for (value, names) in zip(values, normalised) {
            for name in names { counter.add(name, count: value.count) }
        }
        return counter
    }

    /// How often each raw forenames, surname and postcode field occurs, before normalisation.
    private struct RawValueCounts: Sendable {
        var forenames = TextTally()
        var surnames = TextTally()
        var postcodes = TextTally()

        /// Counts a person's raw values; a whole name in one field counts as the forenames and surname
        /// the features split it into (`PersonFeatureExtractor.wholeName`).
        mutating func add(forenames: String, surname: String, postcode: String) {
            if let whole = PersonFeatureExtractor.wholeName(forenames: forenames, surname: surname) {
                add(forenames: whole.forenames, surname: whole.surname, postcode: postcode)
                return
            }
            self.forenames.add(forenames)
            surnames.add(surname)
            postcodes.add(postcode)
        }

        /// Counts a record's raw values from the bytes of its fields; only a value not met before, or a
        /// whole name in one field, becomes text.
        mutating func add(_ fields: PersonFields) {
            let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
            if fields.surname.allSatisfy(blank) || fields.forenames.allSatisfy(blank),
                let whole = PersonFeatureExtractor.wholeName(
                    forenames: fields.forenames.text,
                    surname: fields.surname.text
                )
            {
                add(forenames: whole.forenames, surname: whole.surname, postcode: fields.postcode.text)
                return
            }
            forenames.add(bytes: fields.forenames)
            surnames.add(bytes: fields.surname)
            postcodes.add(bytes: fields.postcode)
        }

        mutating func merge(_ other: RawValueCounts) {
            forenames.merge(other.forenames)
            surnames.merge(other.surnames)
            postcodes.merge(other.postcodes)
        }
    }
}
