import Foundation

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

/// Hand-written name lists for one heritage, ordered from commonest to rarest.
struct HeritageNames: Sendable {
    var male: [String]
    var female: [String]
    var surnames: [String]
    /// Zipf exponent for the ordered lists; higher concentrates mass on the first names.
    var exponent: Double = 1.0
}

/// Zipf-like weights for an ordered list: the item of rank r gets weight scale / (r + 1)^exponent.
func zipfWeights(_ names: [String], exponent: Double, scale: Double = 1.0) -> [(String, Double)] {
    names.enumerated().map { rank, name in (name, scale / pow(Double(rank + 1), exponent)) }
}
