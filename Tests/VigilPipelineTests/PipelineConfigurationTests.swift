import Foundation
import Testing
import VigilIngest
import VigilTestSupport

@testable import VigilPipeline

@Suite struct PipelineConfigurationTests {
    /// Each test's folders, removed when the test is done.
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-config")
    }

    private func folder(with files: [String]) throws -> String {
        let folder = try scratch.subfolder("extracts")
        for file in files {
            try #require(
                FileManager.default.createFile(
                    atPath: folder.appendingPathComponent(file).path,
                    contents: Data("x\n".utf8)
                )
            )
        }
        return folder.path
    }

    @Test("a complete file resolves paths against its folder and expands globs")
    func complete() throws {
        let folder = try folder(with: ["model.json", "roster.csv", "crime-1.csv", "crime-2.csv", "incidents.csv"])
        let yaml = """
            store: vigil.sqlite
            model: model.json
            roster: roster.csv
            sources:
              - {name: crime, kind: person_records, path: crime-*.csv, mode: delta}
              - {name: incidents, kind: incident_locations, path: incidents.csv}
            thresholds: {person: 0.8}
            retention: {leavers_days: 30}
            """
        let configuration = try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder)
        #expect(configuration.store == folder + "/vigil.sqlite")
        #expect(configuration.sources.map(\.mode) == [.delta, .snapshot])
        #expect(
            ExtractFiles.matching(configuration.sources[0].path).map { ($0 as NSString).lastPathComponent } == [
                "crime-1.csv", "crime-2.csv",
            ]
        )
        #expect(configuration.personThreshold == 0.8)
        #expect(configuration.homeAddressThreshold == nil)
        #expect(configuration.leaverRetentionDays == 30)
        #expect(configuration.staleAfterHours == 26)
    }

    @Test("a store in a folder that does not exist, or a store that is a folder, is a problem before any run")
    func storeFolder() throws {
        let folder = try folder(with: ["model.json", "roster.csv", "crime.csv"])
        func problems(store: String) throws -> String? {
            let yaml = """
                store: \(store)
                model: model.json
                roster: roster.csv
                sources: [{name: crime, kind: person_records, path: crime.csv}]
                """
            do {
                _ = try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder)
                return nil
            } catch let problems as ConfigurationProblems {
                return problems.description
            }
        }
        #expect(try problems(store: "vigil.sqlite") == nil)
        let missing = try #require(try problems(store: "stores/vigil.sqlite"))
        #expect(missing.contains("line 1: store: the folder \(folder)/stores does not exist"), "\(missing)")
        let isFolder = try #require(try problems(store: "."))
        #expect(
            isFolder.contains("line 1: store: \(folder) is a folder; name the store's file inside it"),
            "\(isFolder)"
        )
    }

    @Test("for the store's readers, files absent between runs are no problem, but mistakes in the file still are")
    func readingTheStore() throws {
        let folder = try folder(with: [])
        let yaml = """
            store: vigil.sqlite
            model: model.json
            roster: roster.csv
            roster_mapping: mappings/hr.yaml
            sources:
              - {name: crime, kind: person_records, path: crime-*.csv}
            stale_after_hours: 30
            """
        let configuration = try PipelineConfiguration.parse(
            yaml: yaml,
            file: "vigil.yaml",
            folder: folder,
            for: .readingTheStore
        )
        #expect(configuration.store == folder + "/vigil.sqlite")
        #expect(configuration.staleAfterHours == 30)
        #expect(throws: ConfigurationProblems.self, "a run needs every file") {
            _ = try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder)
        }
        let mistaken = yaml.replacingOccurrences(of: "stale_after_hours: 30", with: "stale_after_hours: soon")
        #expect(throws: ConfigurationProblems.self, "a bad value is a problem whatever the purpose") {
            _ = try PipelineConfiguration.parse(
                yaml: mistaken,
                file: "vigil.yaml",
                folder: folder,
                for: .readingTheStore
            )
        }
    }

    @Test("a retired source needs no path, and its path and mapping, if left in place, are not checked")
    func retiredSource() throws {
        let folder = try folder(with: ["model.json", "roster.csv", "crime.csv"])
        let configuration = try PipelineConfiguration.parse(
            yaml: """
                store: vigil.sqlite
                model: model.json
                roster: roster.csv
                sources:
                  - {name: crime, kind: person_records, path: crime.csv}
                  - {name: old-crime, kind: person_records, mode: retired}
                  - {name: old-storm, kind: incident_locations, path: gone-*.csv, mapping: gone.yaml, mode: retired}
                """,
            file: "vigil.yaml",
            folder: folder
        )
        #expect(configuration.sources.map(\.mode) == [.snapshot, .retired, .retired])
        #expect(configuration.sources[2].mapping == nil)
        #expect(throws: ConfigurationProblems.self, "a source in use still needs its files") {
            _ = try PipelineConfiguration.parse(
                yaml: """
                    store: vigil.sqlite
                    model: model.json
                    roster: roster.csv
                    sources:
                      - {name: old-crime, kind: person_records, path: gone-*.csv}
                    """,
                file: "vigil.yaml",
                folder: folder
            )
        }
    }

    @Test("every problem is reported at once, with its line and key")
    func everyProblem() throws {
        let folder = try folder(with: ["model.json"])
        let yaml = """
            store: vigil.sqlite
            model: model.json
            roster: missing-roster.csv
            colour: blue
            sources:
              - {name: crime, kind: crimes, path: crime.csv}
              - {name: crime, kind: person_records, path: crime.csv, mode: weekly}
            thresholds: {person: 1.5}
            """
        #expect {
            _ = try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder)
        } throws: { error in
            guard let problems = error as? ConfigurationProblems else { return false }
            let text = problems.description
            return problems.problems.count == 8
                && text.contains("line 4: colour: unknown key")
                && text.contains("roster: no such file")
                && text.contains("sources[1].kind: unknown kind 'crimes'")
                && text.contains("sources[2].name: the name 'crime' is used twice")
                && text.contains("sources[2].mode: unknown mode 'weekly'")
                && text.contains("thresholds.person: must be a probability")
                && text.contains("no file matches")
        }
    }

    @Test("every quality-gate problem is reported on its own line, not only the first on the gates' line")
    func everyGateProblem() throws {
        let folder = try folder(with: ["model.json", "roster.csv", "crime.csv"])
        let yaml = """
            store: vigil.sqlite
            model: model.json
            roster: roster.csv
            sources:
              - {name: crime, kind: person_records, path: crime.csv}
            quality_gates:
              max_row_drop: 0.5
              max_reject_rate: -1
              max_missing_rate: {surnam: 0.5, date_of_birth: 2}
              min_rows: 10
            """
        #expect {
            _ = try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder)
        } throws: { error in
            guard let problems = error as? ConfigurationProblems else { return false }
            let lines = problems.problems.map(\.description)
            return lines.count == 3
                && lines.contains { $0.hasPrefix("line 8: quality_gates.max_reject_rate: ") }
                && lines.contains { $0.hasPrefix("line 9: quality_gates.max_missing_rate") && $0.contains("surnam") }
                && lines.contains {
                    $0.hasPrefix("line 9: quality_gates.max_missing_rate") && $0.contains("date_of_birth")
                }
        }
    }

    @Test("valid quality gates are read whole")
    func validGates() throws {
        let folder = try folder(with: ["model.json", "roster.csv", "crime.csv"])
        let yaml = """
            store: vigil.sqlite
            model: model.json
            roster: roster.csv
            sources:
              - {name: crime, kind: person_records, path: crime.csv}
            quality_gates: {max_row_drop: null, max_missing_rate: {surname: 0.3, date_of_birth: 0.4}, min_rows: 10}
            """
        let configuration = try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder)
        #expect(configuration.qualityGates.maxRowDrop == nil)
        #expect(configuration.qualityGates.maxMissingRate == ["surname": 0.3, "date_of_birth": 0.4])
        #expect(configuration.qualityGates.minRows == 10)
        #expect(configuration.qualityGates.maxRejectRate == DataQualityGates.defaultMaxRejectRate)
    }
}
