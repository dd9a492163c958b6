import ArgumentParser
import VigilIngest

/// Where the roster is and how its columns map.
struct RosterOptions: ParsableArguments {
    @Option(name: .long, help: "The HR roster extract (CSV).")
    var roster: String

    @Option(name: .long, help: "A YAML column mapping for the roster (default: canonical column names).")
    var rosterMapping: String?

    func mapping() throws -> ColumnMapping {
        try Self.mapping(at: rosterMapping)
    }

    /// The roster mapping in the file at `path`, or the canonical columns without one.
    static func mapping(at path: String?) throws -> ColumnMapping {
        try path.map { try ColumnMapping.load(path: $0, expecting: .roster) } ?? .canonical(.roster)
    }
}

/// Where the person records and incident locations are and how their columns map.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Person records (CSV); '-' reads standard input.")
    var records: String?

    @Option(name: .long, help: "A YAML column mapping for the person records.")
    var recordsMapping: String?

    @Option(name: .long, help: "Incident locations (CSV), for home-address matches.")
    var locations: String?

    @Option(name: .long, help: "A YAML column mapping for the incident locations.")
    var locationsMapping: String?

    @Option(name: .long, help: "Where rejected rows are written, with their reasons.")
    var rejects: String = "vigil-rejects.csv"

    func recordsMappingValue() throws -> ColumnMapping {
        try recordsMapping.map { try ColumnMapping.load(path: $0, expecting: .personRecords) }
            ?? .canonical(.personRecords)
    }

    func locationsMappingValue() throws -> ColumnMapping {
        try locationsMapping.map { try ColumnMapping.load(path: $0, expecting: .incidentLocations) }
            ?? .canonical(.incidentLocations)
    }
}
