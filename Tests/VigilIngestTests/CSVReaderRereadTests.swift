import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// A person-record extract of `rows` good rows, the one on `strayLine` (a physical line) with a quote
/// before its forenames that nothing closes; `town` is written into every row (for other encodings).
func extractWithStrayQuote(rows: Int, strayLine: Int, town: String = "Dudley") -> String {
    var text = "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
    for number in 1...rows {
        let forenames = number + 1 == strayLine ? "\"John" : "John"
        text += "R\(number),crime,E\(number),2023-03-07,suspect,\(forenames),Smith\(number % 50),1970-02-02,"
        text += "\(number) High Street,\(town),DY1 1AA\n"
    }
    return text
}

/// Reads everything a reader gives.
private func readEverything(
    _ reader: inout CSVReader,
    maxRows: Int
) throws -> (rows: [[String]], lines: [Int], rejects: [RejectedRow]) {
    var result: (rows: [[String]], lines: [Int], rejects: [RejectedRow]) = ([], [], [])
    while let batch = try reader.nextBatch(maxRows: maxRows) {
        result.rows += (0..<batch.rowCount).map { batch.strings(row: $0) }
        result.lines += batch.lines
        result.rejects += batch.rejects
    }
    return result
}

/// A pipe already holding `bytes` and closed for writing, as standard input from another program is:
/// it cannot be read twice. Returns the end to read.
func pipeHolding(_ bytes: [UInt8]) throws -> Int32 {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    try #require(bytes.count < 60_000, "the test writes the whole pipe before reading it")
    let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    close(ends[1])
    try #require(written == bytes.count)
    return ends[0]
}

@Suite struct CSVReaderRereadTests {
    @Test("past the limit kept in memory, the lines after a stray quote are read again from the file")
    func rereadFromFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", extractWithStrayQuote(rows: 200, strayLine: 52))
        let kept = try readAll(path, maxRows: 1000)
        #expect(kept.rows.count == 199 && kept.rejects.map(\.line) == [52])
        for chunkSize in [16, 100, 1 << 20] {
            for maxRows in [1, 7, 1000] {
                var reader = try CSVReader(path: path, chunkSize: chunkSize)
                reader.rereadLimit = 256
                let again = try readEverything(&reader, maxRows: maxRows)
                let context = "chunk \(chunkSize), batch \(maxRows)"
                #expect(again.rows == kept.rows && again.lines == kept.lines, "\(context)")
                #expect(again.rejects == kept.rejects, "\(context)")
                #expect(reader.linesUnread == 0, "\(context)")
            }
        }
        let reject = try #require(kept.rejects.first)
        #expect(
            reject.reason
                == "unbalanced quote: the quote opened on line 52 is never closed, so only line 52 is rejected and "
                + "the lines after it are read again"
        )
    }

    @Test("a Windows-1252 file is read again from the file at the right line")
    func rereadFromWindows1252File() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // "Bèrry" is one byte longer as UTF-8 than as written: offsets in the file are not the scanner's.
        let text = extractWithStrayQuote(rows: 120, strayLine: 30, town: "B\u{E8}rry")
        let path = try dir.write("records.csv", bytes: text.unicodeScalars.map { UInt8($0.value) })
        let kept = try readAll(path, maxRows: 1000, encoding: .windows1252)
        #expect(kept.rows.count == 119 && kept.rows.last?[9] == "B\u{E8}rry")
        for chunkSize in [16, 1 << 20] {
            let again = try readAll(
                path,
                chunkSize: chunkSize,
                maxRows: 10,
                rereadLimit: 100,
                encoding: .windows1252
            )
            #expect(again.rows == kept.rows && again.lines == kept.lines, "chunk \(chunkSize)")
            #expect(again.rejects == kept.rejects, "chunk \(chunkSize)")
        }
    }

    @Test("standard input past the limit cannot be read again: the reject names the lines not read and counts them")
    func unreadLinesFromAPipe() throws {
        let text = extractWithStrayQuote(rows: 200, strayLine: 52)
        for chunkSize in [16, 1 << 20] {
            let descriptor = try pipeHolding(Array(text.utf8))
            defer { close(descriptor) }
            var reader = try CSVReader(fileDescriptor: descriptor, name: "<stdin>", chunkSize: chunkSize)
            reader.rereadLimit = 256
            let result = try readEverything(&reader, maxRows: 10)
            #expect(result.rows.count == 50 && result.lines.last == 51, "chunk \(chunkSize)")
            #expect(reader.linesUnread == 149, "chunk \(chunkSize)")
            let reject = try #require(result.rejects.first)
            #expect(result.rejects.count == 1 && reject.line == 52 && reject.kind == .unbalancedQuote)
            #expect(
                reject.reason
                    == "unbalanced quote: the quote opened on line 52 is never closed; lines 53 to 201 after it "
                    + "(149 lines) were NOT READ: the quote runs on for more than 256 bytes, more than is kept to "
                    + "read again, and <stdin> cannot be read twice (it is not a regular file)",
                "chunk \(chunkSize)"
            )
        }
    }

    @Test("an extract read from a pipe counts the lines it could not read in its summary")
    func summaryCountsUnreadLines() throws {
        let descriptor = try pipeHolding(Array(extractWithStrayQuote(rows: 200, strayLine: 52).utf8))
        defer { close(descriptor) }
        var reader = try ExtractReader<PersonRecord>(fileDescriptor: descriptor, name: "<stdin>")
        reader.csv.rereadLimit = 256
        while try reader.nextBatch(maxRows: 30) != nil {}
        #expect(reader.summary.linesUnread == 149)
        #expect(
            reader.summary.description
                == "<stdin>: 51 read, 50 accepted, 1 rejected (unbalanced quote 1); 149 lines NOT READ after a stray "
                + "quote (see the rejects)"
        )
    }

    @Test("standard input redirected from a regular file is read again from the file")
    func redirectedStandardInput() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", extractWithStrayQuote(rows: 200, strayLine: 52))
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var reader = try CSVReader(fileDescriptor: descriptor, name: "<stdin>", chunkSize: 64)
        reader.rereadLimit = 256
        let result = try readEverything(&reader, maxRows: 10)
        #expect(result.rows.count == 199 && result.lines.last == 201)
        #expect(result.rejects.map(\.line) == [52] && reader.linesUnread == 0)
    }

    @Test("a file descriptor (as for standard input) reads like a path")
    func fileDescriptor() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("stdin.csv", "id,name\n1,Ann\n2,\"Bob\n3,Cy\n")
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var reader = try CSVReader(fileDescriptor: descriptor, name: "<stdin>")
        var rows: [[String]] = []
        var rejects: [RejectedRow] = []
        while let batch = try reader.nextBatch(maxRows: 100) {
            rows += (0..<batch.rowCount).map { batch.strings(row: $0) }
            rejects += batch.rejects
        }
        #expect(rows == [["1", "Ann"], ["3", "Cy"]])
        #expect(rejects.first?.file == "<stdin>" && rejects.first?.line == 3)
    }
}
