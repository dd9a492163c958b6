import Foundation
import Testing
import VigilPipeline
import VigilTestSupport

/// Typos that a YAML reader would pass over without a word — a misspelt key inside `retention` or
/// `thresholds`, a plain value where a mapping belongs, a key written twice — are problems naming their
/// line, for `vigil config check` and for the run alike, rather than defaults silently left in force.
@Suite struct ConfigurationTypoTests {
    private let scratch: ScratchFolder
    private let folder: String

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-config-typos")
        let folder = try scratch.subfolder("files")
        for file in ["model.json", "roster.csv", "crime.csv"] {
            try #require(
                FileManager.default.createFile(atPath: folder.appendingPathComponent(file).path, contents: Data())
            )
        }
        self.folder = folder.path
    }

    static let base = """
        store: vigil.sqlite
        model: model.json
        roster: roster.csv
        sources:
          - {name: crime, kind: person_records, path: crime.csv}

        """

    /// The problems of `base` followed by `tail`, one per line; empty when the file is accepted.
    private func problems(_ tail: String, for purpose: PipelineConfiguration.Purpose = .running) throws -> [String] {
        try problems(yaml: Self.base + tail, for: purpose)
    }

    /// The problems of a whole file, one per line; empty when the file is accepted.
    private func problems(yaml: String, for purpose: PipelineConfiguration.Purpose = .running) throws -> [String] {
        do {
            _ = try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder, for: purpose)
            return []
        } catch let problems as ConfigurationProblems {
            return problems.problems.map(\.description)
        }
    }

    @Test("a misspelt key inside retention or thresholds is a problem on its line")
    func misspeltKeys() throws {
        let found = try problems("retention:\n  leaver_days: 30\nthresholds:\n  persn: 0.5\n")
        #expect(
            found == [
                "line 7: retention.leaver_days: unknown key (expected leavers_days)",
                "line 9: thresholds.persn: unknown key (expected person or home_address)",
            ],
            "in file order: \(found)"
        )
    }

    @Test("a plain value where retention or thresholds needs a mapping is a problem on its line")
    func plainValues() throws {
        let found = try problems("retention: 30\nthresholds: 0.8\n")
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("line 6: retention: must be a mapping with leavers_days") }, "\(found)")
        #expect(
            found.contains { $0.hasPrefix("line 7: thresholds: must be a mapping with person, home_address") },
            "\(found)"
        )
    }

    @Test("a key written twice is a problem naming both lines, at the top and inside a mapping or a source")
    func duplicateKeys() throws {
        let top = try problems("store: new.sqlite\n")
        #expect(top == ["line 6: store: given twice (first on line 1); only one would be used: remove the other"])
        let nested = try problems("thresholds:\n  person: 0.9\n  person: 0.99\n")
        #expect(
            nested == [
                "line 8: thresholds.person: given twice (first on line 7); only one would be used: remove the other"
            ]
        )
        #expect(try problems("thresholds: {person: 0.9}\nretention: {leavers_days: 30}\n").isEmpty)
        let inSource = try problems(
            yaml: Self.base.replacingOccurrences(of: "path: crime.csv}", with: "path: crime.csv, path: other.csv}")
        )
        #expect(inSource.contains { $0.contains("sources[1].path: given twice") }, "\(inSource)")
    }

    @Test("the stores' readers refuse the same typos: they are mistakes in the file, not absent files")
    func readersRefuseToo() throws {
        #expect(try problems("retention: {leaver_days: 30}\n", for: .readingTheStore).count == 1)
        #expect(try problems("store: other.sqlite\n", for: .readingTheStore).count == 1)
    }

    @Test("run_limit_hours is read, and defaults to 4")
    func runLimit() throws {
        let yaml = Self.base + "run_limit_hours: 6\n"
        #expect(try PipelineConfiguration.parse(yaml: yaml, file: "vigil.yaml", folder: folder).runLimitHours == 6)
        let plain = try PipelineConfiguration.parse(yaml: Self.base, file: "vigil.yaml", folder: folder)
        #expect(plain.runLimitHours == 4)
        #expect(try problems("run_limit_hours: 0\n") == ["line 6: run_limit_hours: must be a whole number above 0"])
    }
}
