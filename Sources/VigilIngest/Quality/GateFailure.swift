/// A data-quality gate a source failed on this run, with the reason in words.
///
/// A failure marks the run degraded rather than stopping it: the alerts still publish, and the
/// ``message`` tells the operator which extract to look at and why.
///
/// ```
/// crime: date of birth missing in 34.0% of rows (gate 20.0%)
/// crime: 480,000 rows, down 52% from 1,000,000 in the previous run (gate 50%)
/// ```
public struct GateFailure: Codable, Sendable, Hashable, CustomStringConvertible {
    /// Which gate failed; the raw value is its key in the configuration.
    public enum Gate: String, Codable, Sendable, Hashable, CaseIterable {
        /// Fewer rows than ``DataQualityGates/minRows``.
        case minRows = "min_rows"
        /// The row count fell by more than ``DataQualityGates/maxRowDrop`` since the previous run.
        case rowDrop = "max_row_drop"
        /// More rows rejected than ``DataQualityGates/maxRejectRate``.
        case rejectRate = "max_reject_rate"
        /// A field missing in more rows than its ``DataQualityGates/maxMissingRate``.
        case missingRate = "max_missing_rate"
        /// More dates of birth on placeholder days than ``DataQualityGates/maxDOBSpikeRate``.
        case dobSpikeRate = "max_dob_spike_rate"
    }

    /// The source's label.
    public var source: String
    /// Which gate failed.
    public var gate: Gate
    /// The field, for a missing-rate gate.
    public var field: String?
    /// The figure measured: a share (0.34), or a row count for ``Gate/minRows``.
    public var observed: Double
    /// The gate's limit, in the same unit as ``observed``.
    public var limit: Double
    /// The reason in words, beginning with the source's label.
    public var message: String

    /// Creates a failure.
    public init(source: String, gate: Gate, field: String? = nil, observed: Double, limit: Double, message: String) {
        self.source = source
        self.gate = gate
        self.field = field
        self.observed = observed
        self.limit = limit
        self.message = message
    }

    /// The ``message``.
    public var description: String { message }
}
