/// Limits on a source's data quality; a report beyond one marks the run degraded and says why.
///
/// Read from the configuration (YAML or JSON) with these keys, every one optional:
///
/// ```yaml
/// max_missing_rate: {date_of_birth: 0.2}  # share of rows; default {surname: 0.5, date_of_birth: 0.5}
/// max_row_drop: 0.5         # fall in rows read since the previous run; default 0.5 (half)
/// max_reject_rate: 0.05     # share of rows rejected; default 0.05
/// max_dob_spike_rate: 0.05  # share of dates of birth on 1 January, in 1901 or earlier or on a
///                           # spike day; default 0.05
/// min_rows: 1               # fewest rows read; default none
/// ```
///
/// A key left out keeps its default; `null` turns the gate off (a delta extract, for instance, may
/// shrink by more than half from one day to the next). A `max_missing_rate` given replaces the default
/// list; a field a source does not have (an incident location has no surname) is skipped. Rates lie
/// between 0 and 1. A gate fires only when a figure is strictly beyond its limit, so a limit of 0.2
/// allows exactly 20%. Unknown keys and field names are errors, so a typo cannot switch a gate off.
public struct DataQualityGates: Codable, Sendable, Hashable {
    /// Missing-rate limits unless configured: a surname or date of birth missing in over half the rows.
    public static let defaultMaxMissingRate: [String: Double] = ["surname": 0.5, "date_of_birth": 0.5]
    /// Row-drop limit unless configured: the extract lost more than half its rows.
    public static let defaultMaxRowDrop = 0.5
    /// Reject-rate limit unless configured: more than 5% of rows rejected.
    public static let defaultMaxRejectRate = 0.05
    /// Date-of-birth spike limit unless configured: 5% of dates of birth on placeholder days, about
    /// eighteen times what 1 January alone gives when nothing is wrong.
    public static let defaultMaxDOBSpikeRate = 0.05

    /// The most a field (by canonical name, such as "date_of_birth") may be missing, as a share of rows.
    public var maxMissingRate: [String: Double]
    /// The largest fall in rows read since the previous run, as a share of the previous count.
    public var maxRowDrop: Double?
    /// The largest share of rows read that may be rejected.
    public var maxRejectRate: Double?
    /// The largest share of dates of birth that may look like placeholders
    /// (``DataQualityReport/DateQuality/suspectRate``).
    public var maxDOBSpikeRate: Double?
    /// The fewest rows an extract may have.
    public var minRows: Int?

    /// The documented defaults.
    public static let standard = DataQualityGates()

    /// No gate at all.
    public static let off = DataQualityGates(
        maxMissingRate: [:],
        maxRowDrop: nil,
        maxRejectRate: nil,
        maxDOBSpikeRate: nil,
        minRows: nil
    )

    /// Creates gates; each limit left out takes its documented default, and `nil` turns a gate off.
    public init(
        maxMissingRate: [String: Double] = defaultMaxMissingRate,
        maxRowDrop: Double? = defaultMaxRowDrop,
        maxRejectRate: Double? = defaultMaxRejectRate,
        maxDOBSpikeRate: Double? = defaultMaxDOBSpikeRate,
        minRows: Int? = nil
    ) {
        self.maxMissingRate = maxMissingRate
        self.maxRowDrop = maxRowDrop
        self.maxRejectRate = maxRejectRate
        self.maxDOBSpikeRate = maxDOBSpikeRate
        self.minRows = minRows
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxMissingRate = "max_missing_rate"
        case maxRowDrop = "max_row_drop"
        case maxRejectRate = "max_reject_rate"
        case maxDOBSpikeRate = "max_dob_spike_rate"
        case minRows = "min_rows"
    }

    /// Any key, for finding the ones the gates do not know.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads gates, keeping defaults for keys left out and refusing unknown keys and out-of-range limits.
    public init(from decoder: any Decoder) throws {
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        for key in try decoder.container(keyedBy: AnyKey.self).allKeys where !known.contains(key.stringValue) {
            let expected = CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath + [key],
                    debugDescription: "unknown gate '\(key.stringValue)' (expected one of \(expected))"
                )
            )
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        if container.contains(.maxMissingRate) {
            let limits =
                try container.decodeNil(forKey: .maxMissingRate)
                ? [:] : try container.decode([String: Double].self, forKey: .maxMissingRate)
            for (field, limit) in limits {
                guard QualityField.allNames.contains(field) else {
                    let expected = QualityField.allNames.sorted().joined(separator: ", ")
                    let message = "unknown field '\(field)' (expected one of \(expected))"
                    throw DecodingError.dataCorruptedError(
                        forKey: .maxMissingRate,
                        in: container,
                        debugDescription: message
                    )
                }
                try DataQualityGates.checkRate(limit, .maxMissingRate, in: container, what: "the limit for \(field)")
            }
            maxMissingRate = limits
        }
        maxRowDrop = try DataQualityGates.rate(.maxRowDrop, in: container, default: maxRowDrop)
        maxRejectRate = try DataQualityGates.rate(.maxRejectRate, in: container, default: maxRejectRate)
        maxDOBSpikeRate = try DataQualityGates.rate(.maxDOBSpikeRate, in: container, default: maxDOBSpikeRate)
        if container.contains(.minRows) {
            minRows = try container.decodeIfPresent(Int.self, forKey: .minRows)
            if let minRows, minRows < 0 {
                throw DecodingError.dataCorruptedError(
                    forKey: .minRows,
                    in: container,
                    debugDescription: "min_rows cannot be negative (\(minRows))"
                )
            }
        }
    }

    /// Writes every key, a gate that is off as `null`, so that reading it back gives the same gates.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(maxMissingRate, forKey: .maxMissingRate)
        try container.encode(maxRowDrop, forKey: .maxRowDrop)
        try container.encode(maxRejectRate, forKey: .maxRejectRate)
        try container.encode(maxDOBSpikeRate, forKey: .maxDOBSpikeRate)
        try container.encode(minRows, forKey: .minRows)
    }

    /// A rate key: absent keeps `fallback`, `null` is off, a number must lie between 0 and 1.
    private static func rate(
        _ key: CodingKeys,
        in container: KeyedDecodingContainer<CodingKeys>,
        default fallback: Double?
    ) throws -> Double? {
        guard container.contains(key) else { return fallback }
        guard let value = try container.decodeIfPresent(Double.self, forKey: key) else { return nil }
        try checkRate(value, key, in: container, what: key.rawValue)
        return value
    }

    private static func checkRate(
        _ value: Double,
        _ key: CodingKeys,
        in container: KeyedDecodingContainer<CodingKeys>,
        what: String
    ) throws {
        guard (0...1).contains(value) else {
            let message = "\(what) must be a share between 0 and 1 (0.2 for 20%), not \(value)"
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: message)
        }
    }
}
