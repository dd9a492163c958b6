import VigilCore

/// A field whose missing rate the data-quality report measures, named by its canonical column.
///
/// Ids are not here: a row without one is rejected, so the reject counts say all there is to say.
/// Nor are previous surnames: most employees have none, so an empty field is not a gap.
enum QualityField: Int, CaseIterable, Sendable {
    case eventID
    case eventDate
    case incidentType
    case role
    case team
    case forenames
    case surname
    case dateOfBirth
    case addressLine
    case town
    case postcode
    case uprn
    case startDate

    /// How a field's value is judged missing.
    enum Shape: Sendable {
        case name
        case date
        case address
        case town
        case postcode
        case text
    }

    /// The canonical column name, as in the extract layouts and the gates' configuration.
    var name: String {
        switch self {
        case .eventID: return "event_id"
        case .eventDate: return "event_date"
        case .incidentType: return "incident_type"
        case .role: return "role"
        case .team: return "team"
        case .forenames: return "forenames"
        case .surname: return "surname"
        case .dateOfBirth: return "date_of_birth"
        case .addressLine: return "address_line"
        case .town: return "town"
        case .postcode: return "postcode"
        case .uprn: return "uprn"
        case .startDate: return "start_date"
        }
    }

    var shape: Shape {
        switch self {
        case .forenames, .surname: return .name
        case .eventDate, .dateOfBirth, .startDate: return .date
        case .addressLine: return .address
        case .town: return .town
        case .postcode: return .postcode
        case .eventID, .incidentType, .role, .team, .uprn: return .text
        }
    }

    /// The fields measured for an extract kind, in the kind's canonical column order.
    static func fields(of kind: ExtractKind) -> [QualityField] {
        let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
        return kind.canonicalFields.compactMap { byName[$0] }
    }

    /// Every field name any kind measures, for checking the gates' configuration.
    static let allNames: Set<String> = Set(allCases.map(\.name))
}
