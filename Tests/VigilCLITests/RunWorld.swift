import Foundation
import GRDB
import Testing

/// A folder with a `vigil.yaml` over the shared trained world, for tests of `vigil run`.
struct RunWorld {
    let directory: TemporaryDirectory
    let world: TrainedWorld

    init(prefix: String) async throws {
        world = try await TrainedWorld.shared()
        directory = try TemporaryDirectory(prefix: prefix)
        try copy(world.roster, to: "roster.csv")
        try copy(world.records, to: "records.csv")
        try copy(world.locations, to: "locations.csv")
        try directory.write(
            "vigil.yaml",
            """
            store: vigil.sqlite
            model: \(world.model)
            roster: roster.csv
            sources:
              - {name: records, kind: person_records, path: records.csv}
              - {name: incidents, kind: incident_locations, path: locations.csv}
            """
        )
    }

    func copy(_ source: String, to name: String) throws {
        let target = directory.path(name)
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: source, toPath: target)
    }

    var store: String { directory.path("vigil.sqlite") }

    /// `vigil run` in the folder.
    func run(_ extra: String...) async throws -> VigilRun {
        try await directory.vigil(arguments: ["run", "--config", directory.path("vigil.yaml")] + extra)
    }

    /// Everything published that a re-run must reproduce exactly, as sorted text lines.
    func publishedState() throws -> [String] {
        let queue = try DatabaseQueue(path: store)
        return try queue.read { db in
            var lines: [String] = []
            // Killed before the schema was created: nothing to compare.
            guard try db.tableExists("alert") else { return lines }
            lines += try String.fetchAll(
                db,
                sql: """
                    SELECT alert_key || ' ' || status || ' ' || roles || ' ' || printf('%.6f', probability) || ' '
                        || predates_start || ' ' || evidence_withdrawn FROM alert
                    """
            )
            lines += try String.fetchAll(
                db,
                sql: """
                    SELECT 'evidence ' || a.alert_key || ' ' || e.match_kind || ' ' || e.row_id || ' ' || e.withdrawn
                    FROM alert_evidence e JOIN alert a ON a.id = e.alert_id
                    """
            )
            lines += try String.fetchAll(
                db,
                sql:
                    "SELECT 'match ' || r.record_id || ' ' || m.employee_id FROM person_match m JOIN person_record r ON r.id = m.record_row"
            )
            lines += try String.fetchAll(
                db,
                sql:
                    "SELECT 'home ' || l.incident_id || ' ' || m.employee_id FROM address_match m JOIN incident_location l ON l.id = m.location_row"
            )
            lines.append("records \(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person_record") ?? -1)")
            lines.append(
                "employees \(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM employee WHERE active = 1") ?? -1)"
            )
            lines.append("history \(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM alert_history") ?? -1)")
            return lines.sorted()
        }
    }

    /// Runs' statuses, oldest first.
    func runStatuses() throws -> [String] {
        try DatabaseQueue(path: store).read { db in
            guard try db.tableExists("run") else { return [] }
            return try String.fetchAll(db, sql: "SELECT status FROM run ORDER BY id")
        }
    }

    func remove() {
        directory.remove()
    }
}
