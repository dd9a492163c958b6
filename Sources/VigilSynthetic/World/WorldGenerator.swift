import Foundation

/// Generates a deterministic synthetic West-Midlands-like world with ground truth, as CSV files.
///
/// Use it to build test worlds and benchmarks: the same parameters always give byte-identical files,
/// and person records are streamed, so millions of rows need little memory.
///
/// ```swift
/// let generator = WorldGenerator(parameters: WorldParameters(employees: 200, personRecords: 5_000, seed: 7))
/// let summary = try generator.write(to: "world")
/// print(summary.employeePersonRecords)
/// ```
///
/// Files written: `roster.csv`, `person_records.csv`, `incident_locations.csv`, `truth_person.csv`,
/// `truth_address.csv` and `world.json` (the parameters and a `WorldSummary`).
public struct WorldGenerator: Sendable {
    /// What to generate.
    public let parameters: WorldParameters

    /// Creates a generator for a set of parameters.
    public init(parameters: WorldParameters) {
        self.parameters = parameters
    }

    /// Creates `directory` and any missing parents, saying in the operating system's words why not.
    ///
    /// `mkdir` is called for each missing level so that the error names the level that failed and the
    /// real cause ("Not a directory", "Permission denied"), which Foundation's error on Linux loses.
    static func createFolder(_ directory: String, for target: String? = nil) throws {
        let target = target ?? directory
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                let why =
                    directory == target
                    ? "cannot write the world into \(target): it is a file, not a folder"
                    : "cannot create the folder \(target): \(directory) is a file, not a folder"
                throw SyntheticWorldError(.cannotWrite, why, path: target)
            }
            return
        }
        if let parent = Self.parent(of: directory) { try createFolder(parent, for: target) }
        guard mkdir(directory, 0o755) == 0 || errno == EEXIST else {
            let why = "cannot create the folder \(directory): \(SyntheticWorldError.systemReason)"
            throw SyntheticWorldError(.cannotWrite, why, path: target)
        }
    }

    /// The folder holding `path`, as an absolute path; nil for the root.
    ///
    /// Through `URL`: `NSString.deletingLastPathComponent` traps on a one-letter name ("a", "a/") on Linux.
    static func parent(of path: String) -> String? {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return parent == path || parent.isEmpty ? nil : parent
    }

    /// Writes the world into `directory` (created if missing; existing files are replaced).
    ///
    /// - Parameter progress: hears, now and then, how many person records and incident locations are
    ///   written so far, and how many there will be in all.
    @discardableResult
    public func write(
        to directory: String,
        progress: (_ written: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> WorldSummary {
        guard parameters.employees >= 0, parameters.personRecords >= 0, parameters.incidentLocations >= 0 else {
            throw SyntheticWorldError(.invalidParameters, "counts must not be negative")
        }
        try Self.createFolder(directory)
        let total = parameters.personRecords + parameters.incidentLocations
        var populationRandom = SeededGenerator(seed: parameters.seed, stream: 1)
        var population = Population(size: parameters.populationSize, random: &populationRandom)
        var rosterRandom = SeededGenerator(seed: parameters.seed, stream: 2)
        let roster = EmployeeRoster(parameters: parameters, population: &population, random: &rosterRandom)
        try RosterFile(population: population, roster: roster).write(to: directory + "/roster.csv")

        let renderer = RecordRenderer(names: population.names, book: population.book, rates: parameters.corruption)
        var recordRandom = SeededGenerator(seed: parameters.seed, stream: 3)
        let records = try PersonRecordStream(
            parameters: parameters,
            population: population,
            roster: roster,
            renderer: renderer
        ).write(to: directory, &recordRandom) { progress($0, total) }
        var incidentRandom = SeededGenerator(seed: parameters.seed, stream: 4)
        let incidents = try IncidentLocationStream(
            parameters: parameters,
            population: population,
            roster: roster,
            renderer: renderer
        ).write(to: directory, &incidentRandom) { progress(parameters.personRecords + $0, total) }

        var hardNegativePeople: [String: Int] = [:]
        var hardNegativeRecords: [String: Int] = [:]
        for (offset, kind) in HardNegative.Kind.allCases.enumerated() {
            hardNegativePeople[kind.rawValue] = roster.count(kind)
            hardNegativeRecords[kind.rawValue] = records.hardNegativeRecords[offset]
        }
        let summary = WorldSummary(
            parameters: parameters,
            population: population.people.count,
            households: population.households,
            addresses: population.book.addresses.count,
            postcodes: population.book.units.count,
            employees: roster.employees.count,
            employeesWithPreviousSurname: roster.employees.filter {
                $0.listsPreviousSurname && population[Int($0.person)].maiden >= 0
            }.count,
            employeesWhoMoved: roster.formerHomes.count,
            personRecords: records.records,
            employeePersonRecords: records.employeeRecords,
            employeesInRecords: records.employeesSeen.count,
            incidentLocations: incidents.incidents,
            truthAddressLinks: incidents.truthLinks,
            hardNegativePeople: hardNegativePeople,
            hardNegativeRecords: hardNegativeRecords,
            hardNegativeIncidents: [
                "neighbour": incidents.neighbourIncidents, "formerHome": incidents.formerHomeIncidents,
            ],
            recordCorruptions: records.tally.adding(records.employeeTally).byName,
            employeeRecordCorruptions: records.employeeTally.byName,
            incidentCorruptions: incidents.tally.byName
        )
        try writeManifest(summary, to: directory + "/world.json")
        return summary
    }

    private func writeManifest(_ summary: WorldSummary, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            var data = try encoder.encode(summary)
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw SyntheticWorldError(
                .cannotWrite,
                "cannot write \(path): \(SyntheticWorldError.reason(of: error))",
                path: path
            )
        }
    }
}
