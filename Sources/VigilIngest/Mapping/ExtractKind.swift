/// The three kinds of extract Vigil reads, with their canonical columns.
public enum ExtractKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The HR roster: one row per employee.
    case roster
    /// Crime, intelligence, custody and incident-log person records.
    case personRecords = "person_records"
    /// Where incidents happened, for the home-address check.
    case incidentLocations = "incident_locations"

    /// The canonical column names, in the documented order (see DEVELOPERS.md).
    public var canonicalFields: [String] {
        switch self {
        case .roster:
            return [
                "employee_id", "forenames", "surname", "date_of_birth", "address_line", "town", "postcode", "role",
                "team", "start_date", "previous_surnames", "uprn",
            ]
        case .personRecords:
            return [
                "record_id", "source", "event_id", "event_date", "role", "forenames", "surname", "date_of_birth",
                "address_line", "town", "postcode", "uprn",
            ]
        case .incidentLocations:
            return ["incident_id", "event_date", "incident_type", "address_line", "town", "postcode", "uprn"]
        }
    }

    /// Canonical fields an extract may lack; every other field must be in the header (or mapped to null).
    public var optionalFields: Set<String> {
        switch self {
        case .roster: return ["previous_surnames", "uprn"]
        case .personRecords: return ["event_id", "event_date", "role", "address_line", "town", "postcode", "uprn"]
        case .incidentLocations: return ["uprn"]
        }
    }

    /// The field that identifies a row; it must be non-empty and unique within a file.
    public var idField: String {
        switch self {
        case .roster: return "employee_id"
        case .personRecords: return "record_id"
        case .incidentLocations: return "incident_id"
        }
    }

    /// The fields that hold dates.
    public var dateFields: Set<String> {
        switch self {
        case .roster: return ["date_of_birth", "start_date"]
        case .personRecords: return ["event_date", "date_of_birth"]
        case .incidentLocations: return ["event_date"]
        }
    }
}
