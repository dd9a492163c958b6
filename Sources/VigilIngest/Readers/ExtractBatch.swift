/// Records read from an extract in one pull, with the line each starts on, and the rows rejected.
public struct ExtractBatch<Record: Sendable>: Sendable {
    /// Accepted records, in file order.
    public var records: [Record] = []
    /// The physical line (1-based) on which each record's row starts; parallel to ``records``.
    public var lines: [Int] = []
    /// Rejected rows (CSV problems and validation failures), in line order.
    public var rejects: [RejectedRow] = []
    /// The CSV rows the records were read from, kept only by readers whose records are read from their
    /// rows (``PersonRow``); `nil` otherwise.
    public internal(set) var rows: CSVBatch?
    /// How much of the input had been read when this batch was, from 0 to 1; `nil` when the input's
    /// size is unknown (standard input, a pipe). For progress displays.
    public internal(set) var fractionRead: Double?

    /// Creates an empty batch.
    public init() {}
}
