/// Abbreviations in UK address lines and their expansions ("RD" → "ROAD").
///
/// Used by ``AddressParser`` so "12 High St" and "12 High Street" agree. "ST" is special: at the start
/// of a street name it is "SAINT" ("ST MARYS ROAD"), elsewhere "STREET"; N, S, E and W are expanded only
/// as a directional suffix after a street type ("CHURCH ROAD N").
public enum AddressAbbreviations: Sendable {
    /// Expands the abbreviations in a street's tokens, in place.
    public static func expandStreet(_ tokens: inout [String]) {
        for index in tokens.indices {
            let token = tokens[index]
            if token == "ST" {
                tokens[index] = index == 0 && tokens.count > 1 ? "SAINT" : "STREET"
            } else if index == 0 && token == "DR" && tokens.count > 1 && !streetTypes.contains(tokens[1]) {
                tokens[index] = "DOCTOR"
            } else if let expansion = expansions[token] {
                tokens[index] = expansion
            } else if index == tokens.count - 1, index > 0, let direction = directions[token],
                streetTypes.contains(tokens[index - 1])
            {
                tokens[index] = direction
            }
        }
    }

    /// Whether a token (already expanded) names a kind of street, such as ROAD, LANE or GREEN.
    public static func isStreetType(_ token: String) -> Bool {
        streetTypes.contains(token)
    }

    /// Abbreviation → full word, for every position in a street name.
    static let expansions: [String: String] = [
        "RD": "ROAD", "AVE": "AVENUE", "AV": "AVENUE", "AVEN": "AVENUE", "LN": "LANE", "DR": "DRIVE",
        "DRV": "DRIVE", "CL": "CLOSE", "CLS": "CLOSE", "CRES": "CRESCENT", "CRESC": "CRESCENT", "CRS": "CRESCENT",
        "CT": "COURT", "CRT": "COURT", "GDNS": "GARDENS", "GDN": "GARDENS", "GRN": "GREEN", "GR": "GROVE",
        "GRO": "GROVE", "GRV": "GROVE", "PL": "PLACE", "SQ": "SQUARE", "TER": "TERRACE", "TERR": "TERRACE",
        "TCE": "TERRACE", "PDE": "PARADE", "WY": "WAY", "HWY": "HIGHWAY", "PK": "PARK", "MT": "MOUNT",
        "BLVD": "BOULEVARD", "EST": "ESTATE", "STH": "SOUTH", "NTH": "NORTH", "LWR": "LOWER", "UPR": "UPPER",
        "UPPR": "UPPER", "GT": "GREAT", "GRT": "GREAT", "LT": "LITTLE", "LTL": "LITTLE", "CNR": "CORNER",
        "BDWY": "BROADWAY", "RW": "ROW", "WLK": "WALK", "HL": "HILL", "MWS": "MEWS", "CIR": "CIRCLE",
        "VW": "VIEW", "APPR": "APPROACH", "CSWY": "CAUSEWAY", "ESP": "ESPLANADE", "EMB": "EMBANKMENT",
        "CRN": "CORNER", "CTR": "CENTRE", "DRWY": "DRIVEWAY", "GRD": "GROUND", "HTS": "HEIGHTS",
        "IND": "INDUSTRIAL", "JCT": "JUNCTION", "MDW": "MEADOW", "MDWS": "MEADOWS", "PKWY": "PARKWAY",
        "QY": "QUAY", "RDGE": "RIDGE", "VLS": "VILLAS", "WHF": "WHARF", "YD": "YARD", "BLDGS": "BUILDINGS",
        "HSE": "HOUSE", "CTG": "COTTAGE", "CTGS": "COTTAGES", "FM": "FARM", "CH": "CHURCH",
    ]

    /// Single-letter directional suffixes.
    static let directions: [String: String] = ["N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST"]

    /// Words that end a street name; an address segment ending in one is a street, not a building.
    static let streetTypes: Set<String> = [
        "ROAD", "STREET", "AVENUE", "LANE", "DRIVE", "CLOSE", "CRESCENT", "COURT", "GARDENS", "GREEN", "GROVE",
        "PLACE", "SQUARE", "TERRACE", "PARADE", "WAY", "HIGHWAY", "PARK", "MOUNT", "BOULEVARD", "ROW", "WALK",
        "HILL", "MEWS", "CIRCLE", "VIEW", "APPROACH", "CAUSEWAY", "ESPLANADE", "EMBANKMENT", "RISE", "VALE",
        "WHARF", "YARD", "QUAY", "GATE", "GROUND", "MEADOW", "MEADOWS", "BROADWAY", "HEIGHTS", "RIDGE",
        "PARKWAY", "CORNER", "END", "FIELDS", "BANK", "BROW", "CROFT", "DALE", "FOLD", "GARTH", "GLADE", "GLEN",
        "HOLLOW", "KNOLL", "LEA", "LINK", "LOAN", "OVAL", "PASSAGE", "PATH", "PROMENADE", "QUADRANT", "REACH",
        "RING", "SIDE", "SPUR", "STRAND", "VILLAS", "WALKWAY", "WYND", "ESTATE", "NORTH", "SOUTH", "EAST",
        "WEST", "QUEENSWAY", "RINGWAY", "PRECINCT", "CHASE", "COPSE", "DRIFT", "ORCHARD", "PADDOCK",
    ]

    /// Words that introduce a sub-building (flat) number.
    static let flatMarkers: Set<String> = [
        "FLAT", "FLT", "APARTMENT", "APT", "APPT", "UNIT", "ROOM", "RM", "SUITE", "MAISONETTE",
    ]
}
