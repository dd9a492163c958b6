/// What to generate: sizes, seed, shares and corruption rates of a synthetic world.
///
/// The same parameters always produce byte-identical files. Defaults follow what we see in West
/// Midlands extracts: about 2% of person records concern employees, a fifth lack a date of birth.
///
/// ```swift
/// let parameters = WorldParameters(employees: 200, personRecords: 5_000, seed: 42)
/// let summary = try WorldGenerator(parameters: parameters).write(to: "world")
/// ```
public struct WorldParameters: Sendable, Codable, Equatable {
    /// Number of people on the HR roster.
    public var employees: Int
    /// Number of rows in `person_records.csv`.
    public var personRecords: Int
    /// Number of rows in `incident_locations.csv`; defaults to a tenth of the person records.
    public var incidentLocations: Int
    /// The seed of every random choice.
    public var seed: UInt64
    /// Share of person records that concern an employee (truly linked records).
    public var employeeRecordShare: Double
    /// Share of person records about a hard negative: a relative, twin, namesake or same-name neighbour.
    public var hardNegativeRecordShare: Double
    /// Share of incident locations at an employee's current home.
    public var employeeHomeIncidentShare: Double
    /// Share of incident locations at a neighbour of an employee (same postcode, different address).
    public var neighbourIncidentShare: Double
    /// Share of incident locations at an address an employee has moved away from.
    public var formerHomeIncidentShare: Double
    /// Share of employees who moved house since 2016 (older records carry the previous address).
    public var movedEmployeeShare: Double
    /// Share of employees with a twin in the household.
    public var twinShare: Double
    /// Share of employees with a common name who get a same-name, same-birthday stranger elsewhere.
    public var namesakeShare: Double
    /// Share of employees with a same-name neighbour in their postcode at a different house number.
    public var sameNameNeighbourShare: Double
    /// How often each kind of error or variation is applied to a person record or incident location.
    public var corruption: CorruptionRates

    /// Creates parameters; unspecified shares take the documented defaults.
    public init(
        employees: Int,
        personRecords: Int,
        incidentLocations: Int? = nil,
        seed: UInt64,
        employeeRecordShare: Double = 0.02,
        hardNegativeRecordShare: Double = 0.004,
        employeeHomeIncidentShare: Double = 0.03,
        neighbourIncidentShare: Double = 0.03,
        formerHomeIncidentShare: Double = 0.005,
        movedEmployeeShare: Double = 0.15,
        twinShare: Double = 0.015,
        namesakeShare: Double = 0.05,
        sameNameNeighbourShare: Double = 0.01,
        corruption: CorruptionRates = CorruptionRates()
    ) {
        precondition(employees >= 0 && personRecords >= 0, "counts must not be negative")
        self.employees = employees
        self.personRecords = personRecords
        self.incidentLocations = incidentLocations ?? personRecords / 10
        self.seed = seed
        self.employeeRecordShare = employeeRecordShare
        self.hardNegativeRecordShare = hardNegativeRecordShare
        self.employeeHomeIncidentShare = employeeHomeIncidentShare
        self.neighbourIncidentShare = neighbourIncidentShare
        self.formerHomeIncidentShare = formerHomeIncidentShare
        self.movedEmployeeShare = movedEmployeeShare
        self.twinShare = twinShare
        self.namesakeShare = namesakeShare
        self.sameNameNeighbourShare = sameNameNeighbourShare
        self.corruption = corruption
    }

    /// Number of people in the population the roster and the records are drawn from.
    var populationSize: Int {
        max(5_000, employees * 30, personRecords / 3)
    }
}
