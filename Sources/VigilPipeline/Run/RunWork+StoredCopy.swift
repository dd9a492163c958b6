import GRDB
import VigilStore

extension RunWork {
    /// Whether a row read today still needs storing and linking, judged against the copy the store holds
    /// of the same id; counts what it passes over, under `noun` ("records", "locations").
    ///
    /// A row needs work when the store has no copy of it, or its copy differs or was withdrawn. It is
    /// passed over when a source listed later (read first) supplied the id today, when a later file of
    /// the same source (read first) did, or when the stored copy is the same — moved to `feed` first if
    /// another source had supplied it. Each stored row it does not pass over for the first two reasons
    /// is marked as seen in `seen`.
    mutating func needsWork(
        stored state: RecordState?,
        contentHash hash: Int64,
        feed: String,
        noun: String,
        laterSources: RowSet,
        seen: inout RowSet,
        move: (Int64) throws -> Void
    ) rethrows -> Bool {
        guard let state else { return true }
        if laterSources.contains(state.row) {
            count("\(noun) supplied by a later source")
            return false
        }
        if seen.contains(state.row) {
            count("\(noun) superseded by a later file")
            return false
        }
        seen.insert(state.row)
        guard state.contentHash == hash, !state.withdrawn else { return true }
        if state.feed != feed {
            try move(state.row)
            count("\(noun) moved from another source")
        }
        count("\(noun) unchanged")
        return false
    }
}
