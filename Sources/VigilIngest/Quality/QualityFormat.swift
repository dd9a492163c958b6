import Foundation

/// Number formatting for data-quality text and gate messages, the same on every machine and locale.
enum QualityFormat {
    /// A count with thousands separators: "1,000,000", "-520,000".
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A count with an explicit sign: "+1,200", "-520,000", "0".
    static func signedCount(_ value: Int) -> String {
        value > 0 ? "+" + count(value) : count(value)
    }

    /// A share as a percentage: 0.34 → "34.0%".
    static func percent(_ rate: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f%%", rate * 100)
    }

    /// A share as a signed percentage: -0.52 → "-52.0%".
    static func signedPercent(_ rate: Double, decimals: Int = 1) -> String {
        rate > 0 ? "+" + percent(rate, decimals: decimals) : percent(rate, decimals: decimals)
    }

    /// A change between two shares in percentage points: 0.306 → "+30.6 points".
    static func points(_ delta: Double) -> String {
        let text = String(format: "%.1f", delta * 100)
        return (delta > 0 ? "+" : "") + text + " points"
    }

    /// A share and its limit with as few decimals as tell them apart (at most 2), and always enough to
    /// show the limit as configured (at most 6): 0.52 and 0.5 → ("52%", "50%"); 0.504 and 0.5 → ("50.4%",
    /// "50.0%"); 0.00055 and 0.0001 → ("0.06%", "0.01%"), not a gate of "0.0%".
    static func percents(_ value: Double, limit: Double, minimumDecimals: Int = 0) -> (String, String) {
        var decimals = minimumDecimals
        while decimals < 6 && !shows(limit, exactlyWith: decimals) { decimals += 1 }
        while decimals < 2 && percent(value, decimals: decimals) == percent(limit, decimals: decimals) {
            decimals += 1
        }
        return (percent(value, decimals: decimals), percent(limit, decimals: decimals))
    }

    /// Whether a share written as a percentage with `decimals` decimals is the share itself.
    private static func shows(_ rate: Double, exactlyWith decimals: Int) -> Bool {
        let scale = pow(10, Double(decimals))
        let shown = (rate * 100 * scale).rounded() / scale
        return abs(shown - rate * 100) < 1e-9
    }

    /// A ratio with one decimal: 365.25 → "365.3".
    static func ratio(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// `text` padded with spaces to `width` characters, on the left when `right` (for numbers).
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    /// `text` cut to `limit` characters, ending in "..." when cut.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 3)) + "..."
    }
}
