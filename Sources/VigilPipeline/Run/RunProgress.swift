/// How far the daily run has got, for a progress display: the step it is on and, while it reads an
/// extract, the rows read and how much of the file.
///
/// ``DailyRun`` reports it to the closure it is given, from the thread doing the work; the run itself
/// never writes to a terminal.
public struct RunProgress: Sendable, Hashable {
    /// The step: the roster, a source's name, "relinking", "filing record keys", "publishing".
    public var stage: String
    /// Rows of the extract read so far, while one is read.
    public var rows: Int?
    /// How much of the current file has been read, from 0 to 1, when its size is known.
    public var fraction: Double?

    /// Creates a report.
    public init(stage: String, rows: Int? = nil, fraction: Double? = nil) {
        self.stage = stage
        self.rows = rows
        self.fraction = fraction
    }
}
