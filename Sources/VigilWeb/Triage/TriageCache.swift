import Foundation
import GRDB
import VigilStore

/// What the triage pages compute from the published data and the list of users, kept until a run, a
/// decision, an assignment or a change of accounts moves the store's generation on.
///
/// Under load the same reviewers open the same queue again and again between two runs; its counts,
/// page of alerts, team list and health banner are the same each time until something changes. The
/// generation is counted by triggers in the store, so changes made by another process (`vigil run`)
/// or straight in SQL are seen too.
final class TriageCache: Sendable {
    /// One queue page as one viewer asked for it.
    struct PageKey: Hashable, Sendable {
        var query: AlertQueue.Query
        var viewer: AlertQueue.Viewer
    }

    private let pages = GenerationCache<PageKey, AlertQueue.Page>(capacity: 512)
    private let teamList = GenerationCache<Int, [String]>(capacity: 1)
    private let storeHealth = GenerationCache<Int, StoreHealth>(capacity: 1)
    private let accounts = GenerationCache<Int, [UserAccount]>(capacity: 1)

    /// An empty cache.
    init() {}

    /// One page of the queue (``AlertQueue/page(_:viewer:in:)``).
    func page(
        _ query: AlertQueue.Query,
        viewer: AlertQueue.Viewer,
        at generation: StoreGeneration,
        in db: Database
    ) throws -> AlertQueue.Page {
        try pages.value(for: PageKey(query: query, viewer: viewer), at: generation.published) {
            try AlertQueue.page(query, viewer: viewer, in: db)
        }
    }

    /// The teams of employees with alerts (``AlertQueue/teams(in:)``).
    func teams(at generation: StoreGeneration, in db: Database) throws -> [String] {
        try teamList.value(for: 0, at: generation.published) { try AlertQueue.teams(in: db) }
    }

    /// Whether the published data can be trusted at `now` (staleness is judged afresh every time).
    func health(at generation: StoreGeneration, now: Date, in db: Database) throws -> StoreHealth {
        try storeHealth.value(for: 0, at: generation.published) {
            try StoreHealth.current(staleAfterHours: DataStatus.staleAfterHours, now: now, in: db)
        }
        .judged(at: now)
    }

    /// Every account, by name (``UserDirectory/all(in:)``).
    func users(at generation: StoreGeneration, in db: Database) throws -> [UserAccount] {
        try accounts.value(for: 0, at: generation.users) { try UserDirectory.all(in: db) }
    }
}
