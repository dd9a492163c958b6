/// Whether and where a sample's file is split so that both cores read it (see `CSVReader+Split.swift`).
///
/// The split changes which rows a sample holds, not how good a sample it is: each part is sampled on its
/// own and the two samples are combined into one uniform sample of the file (`RowReservoir`). Where the
/// split falls depends only on the file, so a seed still gives the same sample of the same file.
public struct SampleSplitting: Sendable {
    /// Where the second part starts, as a share of the file's size (at the next line's start).
    public var fraction: Double
    /// Files smaller than this are read in one part.
    public var minimumBytes: Int

    public init(fraction: Double, minimumBytes: Int) {
        self.fraction = fraction
        self.minimumBytes = minimumBytes
    }

    /// Files of 8 MB or more are split, the first part the larger: the other core also reads the
    /// incident locations while training reads its sample.
    public static let standard = SampleSplitting(fraction: 0.6, minimumBytes: 8 << 20)

    /// How many rows the second part's own sample has room for: its expected share of a sample of
    /// `limit` rows, by its share of the bytes, with a margin of a tenth and 1,000 rows. A file whose
    /// rows are so unevenly long that its sample would want more of them is read again in one part.
    func tailLimit(forSample limit: Int) -> Int {
        let share = Double(limit) * (1 - fraction) * 1.1 + 1_000
        return share >= Double(limit) ? limit : max(1, Int(share))
    }

    /// Every file is read in one part.
    public static let never = SampleSplitting(fraction: 0, minimumBytes: .max)
}
