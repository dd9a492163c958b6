/// The comparison of one record with one candidate: its levels and, where a term-frequency-adjusted
/// level agreed, how common the agreed value is.
public struct ComparedPair: Hashable, Sendable {
    /// One level per comparison.
    public var vector: ComparisonVector
    /// Per comparison, the relative frequency of the agreed value, or 0 when no adjustment applies.
    public var frequencies: SIMD8<Double>

    public init(vector: ComparisonVector = ComparisonVector(), frequencies: SIMD8<Double> = .zero) {
        self.vector = vector
        self.frequencies = frequencies
    }
}
