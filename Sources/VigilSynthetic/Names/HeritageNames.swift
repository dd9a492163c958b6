import Foundation

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
