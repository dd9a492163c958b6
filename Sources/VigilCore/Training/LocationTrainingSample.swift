/// The incident locations the home-address model trains on, held within a bound the roster sets rather
/// than the extract: a force's incident extract can run to millions of rows, and training must not hold
/// them all.
///
/// Training needs three things from the locations, and this keeps exactly those as they stream past:
/// - **the raw postcode of every location**, for the postcode term frequencies (counted, not kept);
/// - **a uniform sample** of at most `limit` locations (reservoir sampling, repeatable for a seed), from
///   which the random pairs that start u are drawn;
/// - **every location that shares a blocking key with an employee's home** (same UPRN, same postcode
///   and house, or same street, house and town): the pairs EM learns m and u from. There are at most a
///   few per home, so their number follows the roster.
///
/// With no more locations than `limit`, every location is in the sample and training is exactly what it
/// is on the whole list.
public struct LocationTrainingSample: Sendable {
    /// The sample's default bound: as many locations as the home-address model draws random pairs
    /// (``ModelTrainer/homeAddressStartPairs``).
    public static let defaultLimit = ModelTrainer.homeAddressStartPairs

    /// A uniform random sample of the locations seen, at most `limit` of them.
    public private(set) var sampled: [IncidentLocation] = []
    /// Locations near an employee's home that are not in ``sampled``.
    public private(set) var nearHomes: [IncidentLocation] = []
    /// How many locations were offered.
    public private(set) var seen = 0
    /// The raw postcode of every location seen, counted.
    private(set) var postcodes = TextTally()

    private let limit: Int
    private var generator: SplitMix64
    private let homes: AddressBlockingIndex
    private var extractor = PersonFeatureExtractor()
    private var candidates: [Int32] = []

    /// Prepares a sample for training against `roster`'s home addresses.
    ///
    /// - Parameters:
    ///   - limit: the most locations kept as the uniform sample.
    ///   - seed: the sample's seed, so training is repeatable.
    public init(roster: [Employee], limit: Int = defaultLimit, seed: UInt64) {
        var extractor = PersonFeatureExtractor()
        homes = AddressBlockingIndex(addresses: roster.map { extractor.features(of: $0).address })
        self.limit = max(1, limit)
        generator = SplitMix64(seed: seed ^ 0x6C6F_6361_7469_6F6E)
    }

    /// A sample holding every one of `locations` (for callers that already hold them all).
    public init(all locations: [IncidentLocation]) {
        homes = AddressBlockingIndex(addresses: [])
        limit = max(1, locations.count)
        generator = SplitMix64(seed: 0)
        for location in locations { add(location) }
    }

    /// Every location kept: the sample first, then the other locations near a home.
    public var kept: [IncidentLocation] { sampled + nearHomes }

    /// Offers one location.
    public mutating func add(_ location: IncidentLocation) {
        seen += 1
        postcodes.add(location.postcode)
        if sampled.count < limit {
            sampled.append(location)
            return
        }
        // Reservoir sampling (Algorithm R): the n-th location replaces a random sampled one with chance
        // limit / n. Whatever leaves or never enters the sample is kept only if it is near a home.
        let slot = Int(generator.next() % UInt64(seen))
        if slot < limit {
            let evicted = sampled[slot]
            sampled[slot] = location
            keepIfNearHome(evicted)
        } else {
            keepIfNearHome(location)
        }
    }

    /// Keeps `location` among ``nearHomes`` if it shares a blocking key with an employee's home.
    private mutating func keepIfNearHome(_ location: IncidentLocation) {
        candidates.removeAll(keepingCapacity: true)
        homes.candidates(for: extractor.features(of: location), rules: .linking, into: &candidates)
        if !candidates.isEmpty { nearHomes.append(location) }
    }
}
