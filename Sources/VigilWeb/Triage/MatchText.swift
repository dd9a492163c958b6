import Foundation

/// How match weights and probabilities are written on the triage pages.
enum MatchText {
    /// A weight with its sign and one decimal: "+14.3", "−2.0"; with `total`, "= 9.1".
    static func signed(_ value: Double, total: Double? = nil) -> String {
        if let total { return "= " + signed(total) }
        let rounded = (value * 10).rounded() / 10
        return (rounded >= 0 ? "+" : "−") + String(format: "%.1f", abs(rounded))
    }

    /// A probability as a percentage: "99.20%", ">99.99%".
    static func percent(_ probability: Double) -> String {
        let percent = probability * 100
        return percent >= 99.995 ? ">99.99%" : String(format: "%.2f%%", percent)
    }
}
