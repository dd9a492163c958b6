import GRDB

/// Each run's data-quality reports, one JSON document per source, kept for the dashboard.
public enum DataQualityReportTable {
    /// Stores one source's report for a run.
    public static func save(run: Int64, source: String, json: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO data_quality_report (run_id, source, report) VALUES (?, ?, ?)",
            arguments: [run, source, json]
        )
    }

    /// A run's reports by source.
    public static func reports(run: Int64, in db: Database) throws -> [String: String] {
        var reports: [String: String] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT source, report FROM data_quality_report WHERE run_id = ?",
            arguments: [run]
        ) {
            reports[row["source"]] = row["report"]
        }
        return reports
    }

    /// The newest report for each source before `run` that the data-quality gates may compare with: from
    /// a run that passed every gate, or a degraded run someone acknowledged. A degraded run's reports are
    /// not a baseline, so re-running the same files fails the same gates instead of passing against them.
    public static func baselineReports(before run: Int64, in db: Database) throws -> [String: String] {
        var reports: [String: String] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT d.source, d.report FROM data_quality_report d JOIN run r ON r.id = d.run_id
                WHERE d.run_id < ? AND (r.status = 'succeeded' OR (r.status = 'degraded' AND r.acknowledged IS NOT NULL))
                ORDER BY d.run_id
                """,
            arguments: [run]
        ) {
            reports[row["source"]] = row["report"]
        }
        return reports
    }

    /// The newest published report for each source before `run` (for "change since the previous run").
    public static func previousReports(before run: Int64, in db: Database) throws -> [String: String] {
        var reports: [String: String] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT d.source, d.report FROM data_quality_report d JOIN run r ON r.id = d.run_id
                WHERE d.run_id < ? AND r.status IN ('succeeded', 'degraded')
                ORDER BY d.run_id
                """,
            arguments: [run]
        ) {
            reports[row["source"]] = row["report"]
        }
        return reports
    }
}
