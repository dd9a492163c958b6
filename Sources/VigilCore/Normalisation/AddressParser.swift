/// Splits a free-text address line into flat, house number, house name, street and locality.
///
/// Handles the shapes found in HR and police extracts: "12 High St", "Flat 3, 12 High Street",
/// "3/12 High Street", "12a Church Rd", "Flat B 44 Soho Road", "Rose Cottage, Mill Lane",
/// "Apartment 5, The Mailbox, Wharfside Street", "12-14 Bristol Road", and FEBRL-style data where the
/// number and street arrive joined ("8 stanley street"). Placeholders (NFA, NO FIXED ABODE, UNKNOWN)
/// give a missing address. Runs once per record: one folding pass, then work on small token arrays.
///
/// ```swift
/// let address = AddressParser.parse(addressLine: "Flat 3, 12 High St", town: "Birmingham")
/// // flat "3", houseNumber "12", street "HIGH STREET", town "BIRMINGHAM"
/// ```
public enum AddressParser: Sendable {
    /// Parses an address line and its town field.
    public static func parse(addressLine: String, town: String) -> ParsedAddress {
        parse(addressLine: addressLine, normalisedTown: normaliseTown(town))
    }

    /// Parses an address line whose town field is already normalised (see ``normaliseTown(_:)``): a
    /// caller parsing millions of lines from a few hundred towns normalises each town once.
    public static func parse(addressLine: String, normalisedTown townName: String?) -> ParsedAddress {
        parse(folded: TextFolding.fold(addressLine), normalisedTown: townName)
    }

    /// Parses an address line already folded with ``TextFolding/fold(_:)``.
    static func parse(folded: [UInt8], normalisedTown townName: String?) -> ParsedAddress {
        let segments = AddressTokeniser.segments(folded)
        guard let firstSegment = segments.first, !isPlaceholder(folded, firstSegment: firstSegment) else {
            return .missing(town: townName)
        }
        var address = ParsedAddress(town: townName)
        var trailing: [[String]] = []
        for (index, segment) in segments.enumerated() {
            var tokens = segment
            takeFlat(&tokens, into: &address)
            if tokens.isEmpty || isPostcode(tokens) { continue }
            if !address.streetTokens.isEmpty {
                trailing.append(tokens)
                continue
            }
            takeHouseName(&tokens, into: &address)
            takeNumbers(&tokens, into: &address)
            if tokens.isEmpty { continue }
            if isHouseName(tokens, hasLaterSegment: index < segments.count - 1, address: address) {
                address.houseName = tokens.joined(separator: " ")
            } else {
                AddressAbbreviations.expandStreet(&tokens)
                let locality = splitLocality(&tokens)
                address.streetTokens = tokens
                if let locality { trailing.insert(locality, at: 0) }
            }
        }
        assignTrailing(trailing, to: &address)
        if address.streetTokens.isEmpty && address.houseNumber == nil && address.houseName == nil
            && address.flat == nil
        {
            return .missing(town: townName)
        }
        return address
    }

    /// Normalises a town field ("B'ham" → "BIRMINGHAM", "St. Albans" → "SAINT ALBANS"); `nil` when empty.
    public static func normaliseTown(_ raw: String) -> String? {
        var tokens = NameNormaliser.tokenise(TextFolding.fold(raw))
        if tokens.isEmpty { return nil }
        if tokens.count > 1 && tokens[0] == "ST" { tokens[0] = "SAINT" }
        let town = tokens.joined(separator: " ")
        if PlaceholderValues.isPlaceholderAddress(town) { return nil }
        return townAliases[town] ?? town
    }

    /// Whether the line, or its first comma-separated part, is a placeholder such as "NFA".
    private static func isPlaceholder(_ folded: [UInt8], firstSegment: [String]) -> Bool {
        if firstSegment.first == "NFA" { return true }
        // No placeholder holds a digit, and almost every real address does: skip the look-ups.
        if folded.contains(where: TextFolding.isDigit) { return false }
        if folded.count <= 48 {
            let words = NameNormaliser.tokenise(folded).joined(separator: " ")
            if PlaceholderValues.isPlaceholderAddress(words) { return true }
        }
        if firstSegment.first == "NFA" { return true }
        return PlaceholderValues.isPlaceholderAddress(firstSegment.joined(separator: " "))
    }

    /// Whether a segment is a postcode written into the address line ("B1 1AA").
    private static func isPostcode(_ tokens: [String]) -> Bool {
        guard tokens.count <= 2, tokens.reduce(0, { $0 + $1.utf8.count }) <= 8 else { return false }
        return UKPostcode(tokens.joined()) != nil
    }

    /// Takes a leading "FLAT 3" / "APARTMENT 3" / "UNIT 3" from a segment.
    private static func takeFlat(_ tokens: inout [String], into address: inout ParsedAddress) {
        guard tokens.count >= 2, AddressAbbreviations.flatMarkers.contains(tokens[0]) else { return }
        if address.flat == nil { address.flat = tokens[1] }
        tokens.removeFirst(2)
    }

    /// Takes a building name that precedes a number in the same segment ("MILL HOUSE 12 HIGH STREET").
    private static func takeHouseName(_ tokens: inout [String], into address: inout ParsedAddress) {
        guard tokens.count >= 3, !AddressTokeniser.isNumberLike(tokens[0]), address.houseName == nil,
            let position = tokens.firstIndex(where: AddressTokeniser.isNumberLike), position < tokens.count - 1,
            !AddressAbbreviations.isStreetType(tokens[position - 1])
        else { return }
        address.houseName = tokens[..<position].joined(separator: " ")
        tokens.removeFirst(position)
    }

    /// Takes leading numbers: "12", "12A", "12-14", "3/12" (flat 3 of number 12), "3, 12" (flat 3 of 12).
    private static func takeNumbers(_ tokens: inout [String], into address: inout ParsedAddress) {
        while let token = tokens.first, AddressTokeniser.isNumberLike(token) {
            tokens.removeFirst()
            if let slash = token.firstIndex(of: "/") {
                if address.flat == nil { address.flat = String(token[..<slash]) }
                address.houseNumber = String(token[token.index(after: slash)...])
            } else if let previous = address.houseNumber {
                if address.flat == nil { address.flat = previous }
                address.houseNumber = token
            } else {
                address.houseNumber = token
            }
        }
    }

    /// Whether a numberless segment names a building rather than a street.
    private static func isHouseName(_ tokens: [String], hasLaterSegment: Bool, address: ParsedAddress) -> Bool {
        guard address.houseName == nil, address.houseNumber == nil, let last = tokens.last else { return false }
        if houseNameWords.contains(last) { return true }
        var expanded = tokens
        AddressAbbreviations.expandStreet(&expanded)
        return hasLaterSegment && !AddressAbbreviations.isStreetType(expanded[expanded.count - 1])
    }

    /// Words that end a street name for certain; what follows them in the same segment is a locality
    /// ("COANE STREET MOUNT VIEW" when the extract joined street and locality without a comma).
    static let streetEndings: Set<String> = [
        "STREET", "ROAD", "AVENUE", "PLACE", "CRESCENT", "DRIVE", "CLOSE", "LANE", "COURT", "CIRCUIT", "PARADE",
        "TERRACE", "GROVE", "WAY", "BOULEVARD", "HIGHWAY", "SQUARE", "GARDENS",
    ]

    /// Words that may follow a street ending and still belong to the street ("CHURCH ROAD EAST").
    static let streetSuffixes: Set<String> = ["NORTH", "SOUTH", "EAST", "WEST", "UPPER", "LOWER"]

    /// Removes and returns what follows the first certain street ending, if anything does.
    private static func splitLocality(_ tokens: inout [String]) -> [String]? {
        guard tokens.count >= 3,
            let end = tokens.indices.dropFirst().first(where: { streetEndings.contains(tokens[$0]) }),
            end < tokens.count - 1, !streetSuffixes.contains(tokens[end + 1])
        else { return nil }
        let locality = Array(tokens[(end + 1)...])
        tokens.removeSubrange((end + 1)...)
        return locality
    }

    /// Segments after the street: the first is the locality; the last is the town when none was given.
    private static func assignTrailing(_ trailing: [[String]], to address: inout ParsedAddress) {
        var names = trailing.map { $0.joined(separator: " ") }
        names.removeAll { $0 == address.town || counties.contains($0) }
        if address.town == nil, names.count >= 1, let town = normaliseTown(names.removeLast()) {
            address.town = town
        }
        address.locality = names.first
    }

    /// Last words that mark a building name even with no street after it.
    static let houseNameWords: Set<String> = [
        "COTTAGE", "COTTAGES", "HOUSE", "FARM", "FARMHOUSE", "LODGE", "HALL", "BARN", "MANOR", "VILLA",
        "BUNGALOW", "MILL", "GRANGE", "RECTORY", "VICARAGE", "CHAMBERS", "BUILDINGS", "TOWER", "HOSTEL",
    ]

    /// Counties and country names that add nothing to an address comparison.
    static let counties: Set<String> = [
        "WEST MIDLANDS", "WARWICKSHIRE", "STAFFORDSHIRE", "WORCESTERSHIRE", "SHROPSHIRE", "HEREFORDSHIRE",
        "UK", "UNITED KINGDOM", "ENGLAND", "GB", "GREAT BRITAIN",
    ]

    /// Common informal town spellings.
    static let townAliases: [String: String] = ["BHAM": "BIRMINGHAM", "WOLVERHAMTON": "WOLVERHAMPTON"]
}
