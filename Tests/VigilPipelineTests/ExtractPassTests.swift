import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

@testable import VigilIngest
@testable import VigilPipeline

/// A run must not withdraw what an extract lacks when part of the extract was never read.
@Suite struct ExtractPassTests {
    /// Person records with a stray quote on line 12 that nothing closes.
    private static func extract(rows: Int) -> String {
        var text =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
        for number in 1...rows {
            let forenames = number == 11 ? "\"John" : "John"
            text += "R\(number),crime,E\(number),2023-03-07,suspect,\(forenames),Smith,1970-02-02,\(number) High St,"
            text += "Dudley,DY1 1AA\n"
        }
        return text
    }

    @Test("an extract whose lines after a stray quote could not be read again stops the run, naming the count")
    func unreadLinesStopTheRun() throws {
        let folder = try ScratchFolder(prefix: "extract-pass")
        let path = folder.path("crime.csv")
        let text = Self.extract(rows: 100)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var batches = 0
        var rejects = RejectsWriter(path: folder.path("crime.rejects.csv"))
        let error = try #require(throws: PipelineError.self) {
            _ = try ExtractPass.read(
                source: "crime",
                path: path,
                named: "crime.csv",
                rejects: &rejects,
                open: { _ in
                    // The same bytes through a pipe, with a small limit, as from a program's output.
                    var ends: [Int32] = [0, 0]
                    guard pipe(&ends) == 0 else { throw PipelineError(.missingInput, "no pipe") }
                    _ = text.utf8CString.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count - 1) }
                    close(ends[1])
                    var reader = try ExtractReader<PersonRecord>(fileDescriptor: ends[0], name: path)
                    reader.csv.rereadLimit = 128
                    return reader
                },
                body: { _ in batches += 1 }
            )
        }
        #expect(batches == 1)
        #expect(error.code == .unusableInput)
        #expect(error.message.hasPrefix("crime: 89 lines of \(path) were not read after a stray quote"))
        #expect(error.message.contains("nothing was published or withdrawn"))
    }

    @Test("the same extract read from its file is read again after the stray quote and passes")
    func rereadFromTheFile() throws {
        let folder = try ScratchFolder(prefix: "extract-pass")
        let path = folder.path("crime.csv")
        try Data(Self.extract(rows: 100).utf8).write(to: URL(fileURLWithPath: path))
        var accepted = 0
        var rejects = RejectsWriter(path: folder.path("crime.rejects.csv"))
        let (input, summary) = try ExtractPass.read(
            source: "crime",
            path: path,
            named: "crime.csv",
            rejects: &rejects,
            open: { path in
                var reader = try ExtractReader<PersonRecord>(path: path)
                reader.csv.rereadLimit = 128
                return reader
            },
            body: { batch in accepted += batch.records.count }
        )
        #expect(accepted == 99 && summary.linesUnread == 0)
        #expect(input.rowsRead == 100 && input.rowsRejected == 1)
    }
}
