import Foundation
import Testing
import VigilTestSupport

@testable import VigilPipeline

#if canImport(Glibc)
import Glibc
#endif

/// A source that is a named pipe (or a device such as /dev/stdin) cannot be read twice, as the run
/// reads each extract: the configuration refuses it, instead of the run waiting for ever.
@Suite struct NonRegularExtractTests {
    @Test("a named pipe as a source, or as the roster, is a problem that says to copy it to a file")
    func namedPipeRefused() throws {
        let scratch = try ScratchFolder(prefix: "config-fifo")
        for name in ["model.json", "roster.csv"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: scratch.path(name)))
        }
        let fifo = scratch.path("crime.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        let yaml = """
            store: vigil.sqlite
            model: model.json
            roster: crime.csv
            sources:
              - {name: crime, kind: person_records, path: crime.csv}

            """
        let path = scratch.path("vigil.yaml")
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let problems = try #require(throws: ConfigurationProblems.self) {
            try PipelineConfiguration.load(path: path, for: .running)
        }
        let messages = problems.problems.map(\.message)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.allSatisfy { $0.contains("crime.csv is not a regular file (a named pipe") })
    }

    @Test("ordinary files are regular; a folder and a missing path are told apart")
    func regularFiles() throws {
        let scratch = try ScratchFolder(prefix: "config-regular")
        let file = scratch.path("a.csv")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(!ExtractFiles.isNotRegularFile(file))
        #expect(ExtractFiles.isNotRegularFile(scratch.path("")))
        #expect(!ExtractFiles.isNotRegularFile(scratch.path("missing.csv")), "absence is reported apart")
    }
}
