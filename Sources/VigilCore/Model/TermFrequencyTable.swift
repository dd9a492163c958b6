/// How often each value of a column occurs, for term-frequency adjustment.
///
/// Agreeing on SINGH or SMITH is weaker evidence than agreeing on a rare surname. Following Splink, an
/// agreement at a term-frequency-adjusted level has its `u` replaced by the frequency of the agreed value,
/// so the Bayes factor becomes `m / frequency(value)`. Values never seen get `unseenFrequency`: the
/// frequency of a value seen once, so an unseen value is treated as rare, not as impossible.
public struct TermFrequencyTable: Codable, Hashable, Sendable {
    /// The column the table describes, such as `surname`.
    public var column: String
    /// Relative frequency of each recorded value, for values seen at least `minimumCount` times.
    public var frequencies: [String: Double]
    /// The frequency given to a value that is not in `frequencies`.
    public var unseenFrequency: Double
    /// How many values the table was built from.
    public var sampleSize: Int

    public init(column: String, frequencies: [String: Double], unseenFrequency: Double, sampleSize: Int) {
        self.column = column
        self.frequencies = frequencies
        self.unseenFrequency = unseenFrequency
        self.sampleSize = sampleSize
    }

    /// Builds a table from value counts, keeping values seen at least `minimumCount` times.
    ///
    /// Dropping the long tail keeps model files small; dropped values fall back to `unseenFrequency`,
    /// which is the frequency of the rarest kept value or of one occurrence, whichever is smaller.
    public init(column: String, counts: [String: Int], minimumCount: Int = 2) {
        let total = max(1, counts.values.reduce(0, +))
        var kept: [String: Double] = [:]
        for (value, count) in counts where count >= minimumCount {
            kept[value] = Double(count) / Double(total)
        }
        self.init(
            column: column,
            frequencies: kept,
            unseenFrequency: Double(max(1, minimumCount - 1)) / Double(total),
            sampleSize: total
        )
    }

    /// The relative frequency of a value.
    public func frequency(of value: String) -> Double {
        frequencies[value] ?? unseenFrequency
    }
}

/// Counts values for a term-frequency table while records stream past.
public struct TermFrequencyCounter: Sendable {
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    /// Counts one occurrence of a value, or `count` of them; empty values are ignored.
    public mutating func add(_ value: String, count: Int = 1) {
        guard !value.isEmpty, count > 0 else { return }
        counts[value, default: 0] += count
    }

    /// Adds another counter's counts to this one.
    public mutating func merge(_ other: TermFrequencyCounter) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }
}
