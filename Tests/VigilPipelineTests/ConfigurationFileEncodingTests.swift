import Foundation
import Testing
import VigilTestSupport

@testable import VigilPipeline

/// `vigil.yaml` saved by a Windows editor: with a UTF-8 byte-order mark it is read; in UTF-16 or
/// Windows-1252 it is refused with what to do, rather than parsed as something else.
@Suite struct ConfigurationFileEncodingTests {
    private static let yaml = """
        # Configuration for West Midlands — vetting
        store: vigil.sqlite
        model: model.json
        roster: roster.csv
        sources:
          - {name: crime, kind: person_records, path: crime.csv}

        """

    private func write(_ bytes: [UInt8], in scratch: ScratchFolder) throws -> String {
        let path = scratch.path("vigil.yaml")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a configuration starting with a UTF-8 byte-order mark is read")
    func byteOrderMark() throws {
        let scratch = try ScratchFolder(prefix: "config-encoding")
        let path = try write([0xEF, 0xBB, 0xBF] + Array(Self.yaml.utf8), in: scratch)
        let configuration = try PipelineConfiguration.load(path: path, for: .readingTheStore)
        #expect(configuration.sources.map(\.name) == ["crime"])
    }

    @Test("a configuration in UTF-16 or Windows-1252 is refused with what to do")
    func otherEncodings() throws {
        let scratch = try ScratchFolder(prefix: "config-encoding")
        let utf16: [UInt8] = [0xFF, 0xFE] + Self.yaml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try write(utf16, in: scratch)
        let problems = try #require(throws: ConfigurationProblems.self) {
            try PipelineConfiguration.load(path: path, for: .readingTheStore)
        }
        #expect(problems.problems.map(\.message) == ["the file is UTF-16; save vigil.yaml as UTF-8"])

        // The dash, as Windows-1252 writes it (0x97), on line 1.
        let cp1252 = Array(Self.yaml.utf8).split(separator: 0xE2, maxSplits: 1, omittingEmptySubsequences: false)
        let bytes = Array(cp1252[0]) + [0x97] + Array(cp1252[1].dropFirst(2))
        _ = try write(bytes, in: scratch)
        let invalid = try #require(throws: ConfigurationProblems.self) {
            try PipelineConfiguration.load(path: path, for: .readingTheStore)
        }
        #expect(invalid.description == "\(path): 1 problem\n  line 1 is not valid UTF-8; save vigil.yaml as UTF-8")
    }
}
