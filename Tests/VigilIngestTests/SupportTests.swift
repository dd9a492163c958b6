import Foundation
import Testing

@testable import VigilIngest

@Suite struct RejectsWriterTests {
    @Test("no rejects file is created until there is a reject, and values are quoted")
    func writesQuotedCSV() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("rejects.csv")
        var writer = RejectsWriter(path: path)
        try writer.append([])
        #expect(!FileManager.default.fileExists(atPath: path))
        let reject = RejectedRow(
            file: "r.csv",
            line: 3,
            field: "name",
            kind: .unbalancedQuote,
            reason: "a, b",
            raw: "2,\"Bob\nx"
        )
        try writer.append([reject])
        try writer.append([reject])
        try writer.finish()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("file,line,field,reason,raw\nr.csv,3,name,\"a, b\",\"2,\"\"Bob\nx\"\n"))
        let result = try readAll(path)
        #expect(result.rows.count == 2 && result.rows[0][4] == "2,\"Bob\nx")
        #expect(writer.count == 2)
    }

    @Test("raw text is cut to the limit at a character boundary")
    func truncatesRaw() {
        let reject = RejectedRow(
            file: "f",
            line: 1,
            field: nil,
            kind: .wrongFieldCount,
            reason: "r",
            raw: String(repeating: "é", count: 800)
        )
        #expect(reject.raw.utf8.count == RejectedRow.rawTextLimit)
    }
}
