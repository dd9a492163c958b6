import GRDB
import VigilCore

/// The current matches: at most one employee per person record, any number per incident location.
///
/// Matches are replaced as records and employees change; the alerts built on them keep the history.
public enum MatchTable {
    /// The current matches of a record or location row.
    public static func matches(kind: MatchKind, row: Int64, in db: Database) throws -> [StoredMatch] {
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(table(kind)) WHERE \(rowColumn(kind)) = ?")
        return try Row.fetchAll(statement, arguments: [row]).map { match(kind, $0) }
    }

    /// Stores a match, replacing the one for the same row and employee.
    public static func save(_ match: StoredMatch, run: Int64, in db: Database) throws {
        switch match.kind {
        case .person:
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO person_match (record_row, employee_id, match_weight, probability, ambiguous,
                        runner_up, explanation, model_version, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            )
            .execute(arguments: [
                match.row, match.employeeID, match.matchWeight, match.probability, match.ambiguous, match.runnerUp,
                match.explanation, match.modelVersion, run,
            ])
        case .homeAddress:
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO address_match (location_row, employee_id, match_weight, probability,
                        explanation, model_version, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """
            )
            .execute(arguments: [
                match.row, match.employeeID, match.matchWeight, match.probability, match.explanation,
                match.modelVersion, run,
            ])
        }
    }

    /// Removes the match between a row and an employee.
    public static func delete(kind: MatchKind, row: Int64, employeeID: String, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM \(table(kind)) WHERE \(rowColumn(kind)) = ? AND employee_id = ?")
            .execute(arguments: [row, employeeID])
    }

    /// The rows currently matched to any of these employees.
    public static func rows(kind: MatchKind, matchedTo employeeIDs: Set<String>, in db: Database) throws -> Set<Int64> {
        let statement = try db.cachedStatement(
            sql: "SELECT \(rowColumn(kind)) FROM \(table(kind)) WHERE employee_id = ?"
        )
        var rows = Set<Int64>()
        for employeeID in employeeIDs {
            rows.formUnion(try Int64.fetchAll(statement, arguments: [employeeID]))
        }
        return rows
    }

    /// The person records whose current match names one of these employees as its runner-up: their
    /// runner-up and whether they are ambiguous depend on that employee, so a change to the employee (or
    /// their leaving) must link them again.
    public static func personRows(withRunnerUpIn employeeIDs: Set<String>, in db: Database) throws -> Set<Int64> {
        var rows = Set<Int64>()
        // One pass over the matches with a runner-up, whatever the number of employees asked about.
        let cursor = try Row.fetchCursor(
            db,
            sql: "SELECT record_row, runner_up FROM person_match WHERE runner_up <> ''"
        )
        while let row = try cursor.next() {
            let runnerUp: String = row["runner_up"]
            if employeeIDs.contains(runnerUp) { rows.insert(row["record_row"]) }
        }
        return rows
    }

    /// How many matches of each kind are current.
    public static func count(kind: MatchKind, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table(kind))") ?? 0
    }

    static func table(_ kind: MatchKind) -> String {
        kind == .person ? "person_match" : "address_match"
    }

    static func rowColumn(_ kind: MatchKind) -> String {
        kind == .person ? "record_row" : "location_row"
    }

    static func match(_ kind: MatchKind, _ row: Row) -> StoredMatch {
        StoredMatch(
            kind: kind,
            row: row[rowColumn(kind)],
            employeeID: row["employee_id"],
            matchWeight: row["match_weight"],
            probability: row["probability"],
            ambiguous: kind == .person ? row["ambiguous"] : false,
            runnerUp: kind == .person ? row["runner_up"] : "",
            explanation: row["explanation"],
            modelVersion: row["model_version"]
        )
    }
}
