import VigilCore
import VigilStore

extension StoreDatabase {
    /// Opens the store for `vigil status` or `vigil dq`, upgrading an older Vigil's schema first (see
    /// ``StoreDatabase/openForReading(path:actor:)``) and saying so on standard error.
    static func openForReadingNoting(path: String) throws -> StoreDatabase {
        let (store, upgraded) = try StoreDatabase.openForReading(path: path, actor: StoreOptions.actor)
        if !upgraded.isEmpty {
            Diagnostics.note(
                "\(path) was last written by an older Vigil: its schema was upgraded (\(upgraded.count.counted("migration")), "
                    + "recorded in the audit trail)"
            )
        }
        return store
    }
}
