import GRDB
import VigilCore
import VigilStore

extension RunWork {
    /// Why every stored record must be linked again before today's extracts, or `nil` when only the
    /// records today's roster changes affect need it: the model or an effective threshold differs from
    /// the last published run's. A store whose last published run did not record its thresholds (made by
    /// an older vigil) is linked again once, as a changed threshold there could not be seen.
    func reasonToRelinkEverything(_ db: Database) throws -> String? {
        guard let previous = try RunLog.lastPublished(db) else { return nil }
        if previous.modelVersion != model.version {
            return "model changed from \(previous.modelVersion) to \(model.version)"
        }
        guard let before = previous.thresholds else {
            return "the last published run (\(previous.id)) did not record its thresholds (an older vigil); "
                + "thresholds now \(model.thresholds)"
        }
        if before != model.thresholds {
            return "thresholds changed from \(before) to \(model.thresholds)"
        }
        return nil
    }
}
