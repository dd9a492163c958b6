import VigilCore

extension ExtractReader where Record == Employee {
    /// Opens a roster extract; without a mapping the canonical roster columns are expected.
    ///
    /// - Throws: ``IngestError`` (`fileNotFound`, `emptyFile`, `missingColumn`, `unreadable`).
    public init(path: String, mapping: ColumnMapping = .canonical(.roster)) throws {
        try self.init(csv: CSVReader(path: path, encoding: mapping.encoding), roster: mapping)
    }

    /// Reads a roster from an open descriptor such as standard input; `name` is used in messages.
    public init(fileDescriptor: Int32, name: String, mapping: ColumnMapping = .canonical(.roster)) throws {
        try self.init(
            csv: CSVReader(fileDescriptor: fileDescriptor, name: name, encoding: mapping.encoding),
            roster: mapping
        )
    }

    private init(csv: consuming CSVReader, roster mapping: ColumnMapping) throws {
        precondition(mapping.kind == .roster, "an Employee reader needs a roster mapping")
        try self.init(csv: csv, mapping: mapping) { columns in
            let slots = mapping.kind.canonicalFields.map(columns.slot)
            return { (row: inout MappedRow) throws(MappedRow.Issue) -> Employee in
                let previous = row.text(slots[10]).split(separator: ";").map { String($0.trimmingSpaces) }
                return Employee(
                    employeeID: row.text(slots[0]),
                    forenames: row.text(slots[1]),
                    surname: row.text(slots[2]),
                    dateOfBirth: try row.date(slots[3]),
                    addressLine: row.text(slots[4]),
                    town: row.text(slots[5]),
                    postcode: row.text(slots[6]),
                    role: row.text(slots[7]),
                    team: row.text(slots[8]),
                    startDate: try row.date(slots[9]),
                    previousSurnames: previous.filter { !$0.isEmpty },
                    uprn: row.text(slots[11])
                )
            }
        }
    }
}

extension ExtractReader where Record == PersonRecord {
    /// Opens a person-record extract; without a mapping the canonical columns are expected.
    ///
    /// - Throws: ``IngestError`` (`fileNotFound`, `emptyFile`, `missingColumn`, `unreadable`).
    public init(path: String, mapping: ColumnMapping = .canonical(.personRecords)) throws {
        try self.init(csv: CSVReader(path: path, encoding: mapping.encoding), personRecords: mapping)
    }

    /// Reads person records from an open descriptor such as standard input.
    public init(fileDescriptor: Int32, name: String, mapping: ColumnMapping = .canonical(.personRecords)) throws {
        try self.init(
            csv: CSVReader(fileDescriptor: fileDescriptor, name: name, encoding: mapping.encoding),
            personRecords: mapping
        )
    }

    private init(csv: consuming CSVReader, personRecords mapping: ColumnMapping) throws {
        precondition(mapping.kind == .personRecords, "a PersonRecord reader needs a person_records mapping")
        try self.init(csv: csv, mapping: mapping) { columns in
            let slots = mapping.kind.canonicalFields.map(columns.slot)
            return { (row: inout MappedRow) throws(MappedRow.Issue) -> PersonRecord in
                let checked = try row.personRecordChecks(slots: slots)
                return PersonRecord(
                    recordID: row.text(slots[0]),
                    source: checked.source,
                    eventID: row.text(slots[2]),
                    eventDate: checked.eventDate,
                    role: row.text(slots[4]),
                    forenames: row.text(slots[5]),
                    surname: row.text(slots[6]),
                    dateOfBirth: checked.dateOfBirth,
                    addressLine: row.text(slots[8]),
                    town: row.text(slots[9]),
                    postcode: row.text(slots[10]),
                    uprn: row.text(slots[11])
                )
            }
        }
    }
}

extension ExtractReader where Record == IncidentLocation {
    /// Opens an incident-location extract; without a mapping the canonical columns are expected.
    ///
    /// A location with no address line, postcode or UPRN is rejected: it cannot match a home address.
    public init(path: String, mapping: ColumnMapping = .canonical(.incidentLocations)) throws {
        try self.init(csv: CSVReader(path: path, encoding: mapping.encoding), incidents: mapping)
    }

    /// Reads incident locations from an open descriptor such as standard input.
    public init(fileDescriptor: Int32, name: String, mapping: ColumnMapping = .canonical(.incidentLocations)) throws {
        try self.init(
            csv: CSVReader(fileDescriptor: fileDescriptor, name: name, encoding: mapping.encoding),
            incidents: mapping
        )
    }

    private init(csv: consuming CSVReader, incidents mapping: ColumnMapping) throws {
        precondition(
            mapping.kind == .incidentLocations,
            "an IncidentLocation reader needs an incident_locations mapping"
        )
        try self.init(csv: csv, mapping: mapping) { columns in
            let slots = mapping.kind.canonicalFields.map(columns.slot)
            let noAddress = Self.noAddressIssue(columns, addressSlots: [slots[3], slots[5], slots[6]])
            return { (row: inout MappedRow) throws(MappedRow.Issue) -> IncidentLocation in
                let location = IncidentLocation(
                    incidentID: row.text(slots[0]),
                    eventDate: try row.date(slots[1]),
                    incidentType: row.text(slots[2]),
                    addressLine: row.text(slots[3]),
                    town: row.text(slots[4]),
                    postcode: row.text(slots[5]),
                    uprn: row.text(slots[6])
                )
                if location.addressLine.isEmpty && location.postcode.isEmpty && location.uprn.isEmpty {
                    throw noAddress
                }
                return location
            }
        }
    }

    /// The reject for a location with no address, in the extract's own column names: those of the
    /// address line, postcode and UPRN that it has (the canonical names where none is mapped).
    private static func noAddressIssue(_ columns: ResolvedColumns, addressSlots: [Int]) -> MappedRow.Issue {
        let read = addressSlots.filter { !columns.columns[$0].isEmpty }
        let names = (read.isEmpty ? addressSlots : read).map { columns.displayNames[$0] }
        let list: String
        switch names.count {
        case 1: list = "\(names[0]) is empty"
        case 2: list = "\(names[0]) and \(names[1]) are both empty"
        default: list = names.dropLast().joined(separator: ", ") + " and \(names.last!) are all empty"
        }
        return MappedRow.Issue(kind: .missingAddress, field: names[0], reason: "no address: " + list)
    }
}
