import Foundation
import GRDB
import Testing
import VigilCore
import VigilPipeline
import VigilStore

/// A small, hand-written world in its own folder: roster, records and locations as CSV, a config file,
/// and helpers to run the pipeline over it day after day and read what it published.
struct Scenario {
    let folder: String
    let modelPath: String
    var roster: [String]
    var records: [String]
    var locations: [String]
    var recordsMode = "snapshot"
    /// The configured name of the person-records source.
    var recordsSource = "records"
    /// More of `vigil.yaml` (top-level keys such as `thresholds`), appended to the configuration.
    var extraConfiguration = ""
    /// The person-records source's path or glob, in the scenario's folder.
    var recordsPath = "records.csv"
    /// More person-record files written beside `records.csv`, by name (for a glob to find); a name with
    /// folders (`in/a/crime.csv`) is written in them.
    var moreRecordFiles: [String: [String]] = [:]
    /// Files written as given, header and all, after ``moreRecordFiles`` (a file a run must refuse).
    var rawFiles: [String: String] = [:]
    /// More sources, as YAML flow mappings, listed after the person-records source.
    var moreSources: [String] = []
    var day = 0

    static let rosterHeader =
        "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date"
    static let recordsHeader =
        "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode"
    static let locationsHeader = "incident_id,event_date,incident_type,address_line,town,postcode"

    /// Employees the tests talk about, then fillers so the roster has a realistic spread.
    static let amelia = "E100,Amelia,Hartley,1986-04-12,14 Elm Road,Birmingham,B13 9PL,PC,Response 3,2015-09-01"
    static let mohammed =
        "E200,Mohammed,Iqbal,1990-11-03,7 Coventry Street,Coventry,CV1 2AB,Staff,Contact Centre,2021-03-15"
    static let grace =
        "E300,Grace,Okafor,1979-02-27,\"Flat 2, 55 Stafford Road\",Wolverhampton,WV10 0QP,PCSO,NPU West,2010-06-01"
    static let fillers: [String] = {
        let forenames = [
            "Oliver", "Harriet", "Tomasz", "Priya", "Declan", "Siobhan", "Kwame", "Ruth", "Imran", "Lucy", "Bogdan",
            "Anita",
        ]
        let surnames = [
            "Whitmore", "Pemberton", "Kowalczyk", "Raval", "Fitzgerald", "Doherty", "Mensah", "Greenhalgh", "Siddiqui",
            "Ashworth", "Popescu", "Lindqvist",
        ]
        return (0..<12).map { index in
            let dob = "19\(70 + index)-0\(1 + index % 9)-1\(index % 9)"
            return
                "E9\(index),\(forenames[index]),\(surnames[index]),\(dob),\(index + 3) Filler Lane,Dudley,DY\(index + 1) 4AB,Staff,Admin,2012-01-01"
        }
    }()

    static let ameliaVictim = "C1,crime,CR-1,2024-05-01,victim,Amelia,Hartley,12/04/1986,14 Elm Rd,Birmingham,B13 9PL"
    static let mohammedSubject =
        "I1,intelligence,IR-9,2025-01-20,subject,Mohammed,Iqbal,1990-11-03,7 Coventry St,Coventry,CV12AB"
    static let strangers = [
        "N1,crime,CR-2,2024-06-01,suspect,Bartholomew,Quigley,1968-09-30,2 Mill Lane,Walsall,WS1 1AA",
        "N2,custody,CU-3,2024-07-11,detained person,Zainab,Farouk,2001-12-25,9 Pool Street,Dudley,DY1 1AA",
        "N3,incident,IN-4,2024-08-19,caller,Wilfred,Osei,1955-03-14,31 Park View,Solihull,B91 3QQ",
    ]
    static let ameliaHomeIncident = "INC-1,2025-02-02,domestic,14 Elm Road,Birmingham,B13 9PL"
    static let elsewhereIncident = "INC-2,2025-02-03,noise,88 Distant Avenue,Walsall,WS2 9ZZ"

    init(roster: [String]? = nil, records: [String]? = nil, locations: [String]? = nil) async throws {
        modelPath = try await TrainedModel.path()
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("vigil-scenario-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.roster = roster ?? ([Self.amelia, Self.mohammed, Self.grace] + Self.fillers)
        self.records = records ?? ([Self.ameliaVictim, Self.mohammedSubject] + Self.strangers)
        self.locations = locations ?? [Self.ameliaHomeIncident, Self.elsewhereIncident]
    }

    var storePath: String { folder + "/vigil.sqlite" }

    /// The configuration for today's files.
    func configuration() throws -> PipelineConfiguration {
        try write()
        let more = moreSources.map { "  - \($0)\n" }.joined()
        return try PipelineConfiguration.parse(
            yaml: """
                store: vigil.sqlite
                model: \(modelPath)
                roster: roster.csv
                retention: {leavers_days: 30}
                sources:
                  - {name: \(recordsSource), kind: person_records, path: \(recordsPath), mode: \(recordsMode)}
                \(more)  - {name: incidents, kind: incident_locations, path: locations.csv}
                \(extraConfiguration)
                """,
            file: "vigil.yaml",
            folder: folder
        )
    }

    func write() throws {
        try ([Self.rosterHeader] + roster).joined(separator: "\n").appending("\n")
            .write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        try ([Self.recordsHeader] + records).joined(separator: "\n").appending("\n")
            .write(toFile: folder + "/records.csv", atomically: true, encoding: .utf8)
        for (name, rows) in moreRecordFiles {
            let file = URL(fileURLWithPath: folder + "/" + name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try ([Self.recordsHeader] + rows).joined(separator: "\n").appending("\n")
                .write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        for (name, text) in rawFiles {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: folder + "/" + name).deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        try ([Self.locationsHeader] + locations).joined(separator: "\n").appending("\n")
            .write(toFile: folder + "/locations.csv", atomically: true, encoding: .utf8)
    }

    /// Runs the pipeline as of noon on the next simulated day.
    @discardableResult
    mutating func run() throws -> RunRecord {
        day += 1
        let time = Self.noon(ofDay: day)
        return try DailyRun(configuration: configuration(), clock: { time }, workers: 2).run()
    }

    static func noon(ofDay day: Int) -> Date {
        Date(timeIntervalSince1970: 1_780_000_000 + Double(day) * 86_400)
    }

    func store() throws -> StoreDatabase {
        try StoreDatabase(path: storePath)
    }

    /// Every alert as `key status roles` lines, sorted.
    func alerts() throws -> [AlertRow] {
        try store().read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alert ORDER BY alert_key").map(AlertRow.init)
        }
    }

    func alert(_ key: String) throws -> AlertRow? {
        try alerts().first { $0.key == key }
    }

    /// The history events of one alert, oldest first.
    func history(_ key: String) throws -> [String] {
        try store().read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT h.event FROM alert_history h JOIN alert a ON a.id = h.alert_id WHERE a.alert_key = ? ORDER BY h.id",
                arguments: [key]
            )
        }
    }

    /// Closes an alert as a reviewer would: under review, then no further action.
    func closeWithNoFurtherAction(_ key: String) throws {
        let alert = try #require(try alert(key))
        try store().write { db in
            for status in [AlertStatus.underReview, .noFurtherAction] {
                try AlertWorkflow.decide(
                    alertID: alert.id,
                    .init(status: status, reason: "checked with the officer"),
                    by: "rev1",
                    at: Date(),
                    in: db
                )
            }
        }
    }

    /// The keys of the alerts holding a record's evidence now (not withdrawn).
    func alertsHolding(recordID: String) throws -> [String] {
        try store().read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT a.alert_key FROM alert_evidence e JOIN alert a ON a.id = e.alert_id
                    JOIN person_record p ON p.id = e.row_id
                    WHERE e.match_kind = 'person' AND e.withdrawn = 0 AND p.record_id = ?
                    ORDER BY a.alert_key
                    """,
                arguments: [recordID]
            )
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// The parts of an alert the tests check.
struct AlertRow: Hashable {
    var id: Int64
    var key: String
    var status: String
    var roles: String
    var eventDate: String?
    var probability: Double
    var predatesStart: Bool
    var evidenceWithdrawn: Bool

    init(_ row: Row) {
        id = row["id"]
        key = row["alert_key"]
        status = row["status"]
        roles = row["roles"]
        eventDate = row["event_date"]
        probability = row["probability"]
        predatesStart = row["predates_start"]
        evidenceWithdrawn = row["evidence_withdrawn"]
    }
}
