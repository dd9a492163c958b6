/// Towns, postcode districts and street-name parts of the synthetic West Midlands.
///
/// Postcodes are syntactically valid (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA) and sit in the real
/// districts of each town, but every unit, street and UPRN is invented.
enum Gazetteer {
    /// A post town with its share of households and its outward codes.
    struct Town: Sendable {
        let name: String
        let share: Double
        let districts: [String]
    }

    static let towns: [Town] = [
        Town(
            name: "Birmingham",
            share: 0.45,
            districts: (1...38).filter { ![2, 3, 22].contains($0) }.map { "B\($0)" } + ["B42", "B44"]
        ),
        Town(name: "Coventry", share: 0.12, districts: (1...6).map { "CV\($0)" }),
        Town(name: "Wolverhampton", share: 0.10, districts: ["WV1", "WV2", "WV3", "WV4", "WV6", "WV10", "WV11"]),
        Town(name: "Walsall", share: 0.07, districts: ["WS1", "WS2", "WS3", "WS4", "WS5", "WS8", "WS9"]),
        Town(name: "Dudley", share: 0.07, districts: ["DY1", "DY2", "DY3"]),
        Town(name: "West Bromwich", share: 0.04, districts: ["B70", "B71"]),
        Town(name: "Solihull", share: 0.05, districts: ["B90", "B91", "B92", "B93"]),
        Town(name: "Sutton Coldfield", share: 0.04, districts: ["B72", "B73", "B74", "B75", "B76"]),
        Town(name: "Smethwick", share: 0.03, districts: ["B66", "B67"]),
        Town(name: "Oldbury", share: 0.03, districts: ["B68", "B69"]),
    ]

    static let townTable = WeightedTable<Int>(towns.enumerated().map { ($0.offset, $0.element.share) })

    /// Letters allowed in the last two places of an inward code (never C, I, K, M, O, V).
    static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ")

    /// Street-name roots, some borrowed from ordinary English place words, none a real full address.
    static let streetRoots = [
        "Soho", "Stratford", "Warwick", "Bristol", "Hagley", "Lichfield", "Church", "Park", "Station",
        "Victoria", "Albert", "Queens", "Kings", "Grange", "Mill", "Oak", "Elm", "Ash", "Beech", "Willow",
        "Holly", "Cedar", "Chestnut", "Rose", "Poplar", "Meadow", "Orchard", "Farm", "Green", "Hill", "Vale",
        "Brook", "Water", "Bridge", "Canal", "Forge", "Foundry", "Chapel", "School", "Manor", "Hall",
        "Priory", "Abbey", "Castle", "Tower", "Windsor", "Tudor", "Stanley", "Russell", "Lodge", "Highfield",
        "Longmore", "Springfield", "Fairfield", "Moseley", "Ladypool", "Alum", "Coventry", "Dudley",
        "Walsall", "Tamworth", "Halesowen", "Lozells", "Heath", "Shirley", "Marston", "Wellington",
        "Nelson", "Gladstone", "Cromwell", "Milton", "Shakespeare", "Tennyson", "Byron", "Clifton", "Avon",
        "Severn", "Trent", "Tame", "Rea", "Cole", "Blythe", "Arden", "Sherwood", "Wren", "Lark", "Heron",
    ]

    /// Street suffixes with their shares; "Road" and "Street" dominate.
    static let streetSuffixes = WeightedTable<String>([
        ("Road", 0.38), ("Street", 0.18), ("Lane", 0.08), ("Avenue", 0.08), ("Close", 0.07),
        ("Drive", 0.06), ("Grove", 0.05), ("Crescent", 0.04), ("Way", 0.03), ("Place", 0.02),
        ("Terrace", 0.01),
    ])

    /// Postal abbreviations that records use in place of the full suffix.
    static let abbreviations: [(full: String, short: String)] = [
        ("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"),
        ("Drive", "Dr"), ("Grove", "Gr"), ("Crescent", "Cres"), ("Place", "Pl"), ("Terrace", "Terr"),
    ]
}
