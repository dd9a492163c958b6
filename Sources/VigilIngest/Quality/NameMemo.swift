import VigilCore

/// What the data-quality profiler counted for a raw forename or surname spelling, so that a spelling
/// seen again is not normalised again.
///
/// Five million records hold a few tens of thousands of distinct spellings, and normalising a name
/// costs several times a dictionary look-up. Memory stays bounded: a full memo starts again empty.
struct NameMemo: Sendable {
    /// Spellings remembered per part before the memo starts again.
    static let capacity = 65_536

    /// The value counted for a spelling: the normalised name, or `nil` for a placeholder.
    private var forenames: [String: String?] = [:]
    private var surnames: [String: String?] = [:]

    /// The remembered outcome for `raw`: `.some(nil)` for a placeholder, `nil` when not remembered.
    func value(_ raw: String, part: NamePart) -> String?? {
        part == .forenames ? forenames[raw] : surnames[raw]
    }

    mutating func remember(_ raw: String, part: NamePart, _ counted: String?) {
        if part == .forenames {
            if forenames.count >= Self.capacity { forenames.removeAll(keepingCapacity: true) }
            forenames[raw] = .some(counted)
        } else {
            if surnames.count >= Self.capacity { surnames.removeAll(keepingCapacity: true) }
            surnames[raw] = .some(counted)
        }
    }
}
