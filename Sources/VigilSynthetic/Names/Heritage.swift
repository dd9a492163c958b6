/// The broad naming traditions of the synthetic West-Midlands population.
///
/// Heritage decides which name lists a household draws from and the naming customs that make
/// linkage hard: Singh and Kaur in place of a family name, Begum and Bibi recorded as surnames,
/// Muhammad as a first element before the name in use, diacritics in Polish names.
enum Heritage: Int, CaseIterable, Sendable {
    case whiteBritish
    case muslimSouthAsian
    case sikhPunjabi
    case hinduGujarati
    case caribbeanAfrican
    case easternEuropean

    /// Share of households, roughly following the West Midlands 2021 census mix.
    static let householdShares = WeightedTable<Heritage>([
        (.whiteBritish, 0.60),
        (.muslimSouthAsian, 0.15),
        (.sikhPunjabi, 0.07),
        (.hinduGujarati, 0.05),
        (.caribbeanAfrican, 0.08),
        (.easternEuropean, 0.05),
    ])
}
