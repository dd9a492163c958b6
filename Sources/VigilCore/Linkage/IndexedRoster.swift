/// The HR roster prepared for linking: each employee's features and the blocking indexes over them.
///
/// Built once per run (a roster of 15,000 takes well under a second) and then shared, read-only, by
/// every worker.
public struct IndexedRoster: Sendable {
    /// The employees, in roster order.
    public let employees: [Employee]
    /// Each employee's features, same order.
    public let features: [PersonFeatures]
    /// Each employee's date of birth and address codes, same order, contiguous for the scoring loop.
    let codes: [ComparisonCodes]
    /// The employees' towns, for spelling checks that need not visit each employee.
    let towns: InternedTowns
    /// The person blocking index.
    public let personIndex: BlockingIndex
    /// The home-address blocking index.
    public let addressIndex: AddressBlockingIndex
    private let positions: [String: Int]

    /// Prepares a roster using a model's term-frequency tables.
    public init(employees: [Employee], model: LinkageModel) {
        self.employees = employees
        let frequencies = model.person.termFrequencies
        features = ParallelChunks.map(count: employees.count) { range, _ in
            var extractor = PersonFeatureExtractor(termFrequencies: frequencies)
            return range.map { extractor.features(of: employees[$0]) }
        }.flatMap { $0 }
        let interned = InternedTowns.intern(features)
        towns = interned.towns
        codes = zip(features, interned.indices).map { person, town in
            var codes = person.codes
            codes.address.townIndex = town
            return codes
        }
        // The two indexes do not depend on each other: one is built on each core.
        let features = features
        (personIndex, (addressIndex, positions)) = ParallelChunks.both(
            { BlockingIndex(people: features) },
            {
                (
                    AddressBlockingIndex(addresses: features.map(\.address)),
                    Dictionary(
                        employees.enumerated().map { ($1.employeeID, $0) },
                        uniquingKeysWith: { first, _ in first }
                    )
                )
            }
        )
    }

    /// The position of an employee in the roster, or `nil` when they are not on it.
    public func position(of employeeID: String) -> Int? {
        positions[employeeID]
    }
}
