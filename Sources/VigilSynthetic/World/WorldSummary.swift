/// What a generated world actually contains: sizes, truth links, and every corruption and hard
/// negative produced, as written to `world.json`.
///
/// Rates in `WorldParameters` are probabilities; these are the realised counts, which tests and
/// benchmark reports should quote.
public struct WorldSummary: Sendable, Codable, Equatable {
    /// The parameters the world was generated from.
    public var parameters: WorldParameters
    /// People in the population, employees and hard negatives included.
    public var population: Int
    /// Households built.
    public var households: Int
    /// Dwellings in the address book.
    public var addresses: Int
    /// Postcode units.
    public var postcodes: Int
    /// Rows in `roster.csv`.
    public var employees: Int
    /// Employees whose roster row lists a previous surname.
    public var employeesWithPreviousSurname: Int
    /// Employees who moved since 2016 (older records carry their former address).
    public var employeesWhoMoved: Int
    /// Rows in `person_records.csv`.
    public var personRecords: Int
    /// Person records that are truly about an employee (rows in `truth_person.csv`).
    public var employeePersonRecords: Int
    /// Distinct employees with at least one person record.
    public var employeesInRecords: Int
    /// Rows in `incident_locations.csv`.
    public var incidentLocations: Int
    /// Rows in `truth_address.csv`.
    public var truthAddressLinks: Int
    /// Hard-negative people created, by kind (relative, twin, namesake, sameNameNeighbour).
    public var hardNegativePeople: [String: Int]
    /// Person records written about hard negatives, by kind.
    public var hardNegativeRecords: [String: Int]
    /// Incident locations that are hard negatives: a neighbour's home or an employee's former home.
    public var hardNegativeIncidents: [String: Int]
    /// Corruptions applied across all person records, by `Corruption` raw value.
    public var recordCorruptions: [String: Int]
    /// Corruptions applied to the person records of employees only.
    public var employeeRecordCorruptions: [String: Int]
    /// Corruptions applied to incident locations.
    public var incidentCorruptions: [String: Int]

    /// How often a corruption was applied across all person records.
    public func count(_ corruption: Corruption) -> Int {
        recordCorruptions[corruption.rawValue] ?? 0
    }

    /// How many person records were written about hard negatives of a kind (`relative`, `twin`,
    /// `namesake`, `sameNameNeighbour`).
    public func hardNegativeRecordCount(_ kind: String) -> Int {
        hardNegativeRecords[kind] ?? 0
    }
}
