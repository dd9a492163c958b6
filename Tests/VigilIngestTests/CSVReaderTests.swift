import Foundation
import Testing

@testable import VigilIngest

/// Reads a whole CSV file into rows (as strings with their lines) and rejects.
func readAll(
    _ path: String,
    fieldLimit: Int = CSVReader.defaultFieldLimit,
    chunkSize: Int = 1 << 20,
    maxRows: Int = 3,
    rereadLimit: Int = QuotedSpan.limit,
    encoding: TextEncoding = .utf8
)
    throws -> (header: [String], rows: [[String]], lines: [Int], rejects: [RejectedRow], skipped: [Int])
{
    var reader = try CSVReader(path: path, encoding: encoding, fieldLimit: fieldLimit, chunkSize: chunkSize)
    reader.rereadLimit = rereadLimit
    var rows: [[String]] = []
    var lines: [Int] = []
    var rejects: [RejectedRow] = []
    while let batch = try reader.nextBatch(maxRows: maxRows) {
        for row in 0..<batch.rowCount {
            rows.append(batch.strings(row: row))
            lines.append(batch.line(ofRow: row))
        }
        rejects += batch.rejects
    }
    // The count of lines skipped as empty or blank, then the lines of the first of them.
    return (reader.header, rows, lines, rejects, [reader.rowsSkipped] + reader.skippedLines)
}

@Suite struct CSVReaderTests {
    @Test("plain rows come through with their fields and line numbers")
    func plainRows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("plain.csv", "id,name\n1,Ann\n2,Bob\n\n3,Cy\n")
        let result = try readAll(path)
        #expect(result.header == ["id", "name"])
        #expect(result.rows == [["1", "Ann"], ["2", "Bob"], ["3", "Cy"]])
        #expect(result.lines == [2, 3, 5])
        #expect(result.rejects.isEmpty)
    }
}

@Suite struct CSVReaderBadInputTests {
    @Test("text after a closing quote rejects only that row, naming its line and field")
    func junkAfterQuote() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("junk.csv", "id,name\n1,Ann\n2,\"Bob\"x\n3,Cy\n")
        let result = try readAll(path)
        #expect(result.rows == [["1", "Ann"], ["3", "Cy"]])
        #expect(result.lines == [2, 4])
        let reject = try #require(result.rejects.first)
        #expect(result.rejects.count == 1)
        #expect(reject.line == 3 && reject.field == "name" && reject.kind == .unbalancedQuote)
        #expect(reject.raw == "2,\"Bob\"x")
    }

    @Test("a quote never closed rejects its row and the lines after it are read again")
    func unclosedQuote() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("open.csv", "id,name\n1,Ann\n2,\"Bob\n3,Cy\n4,Di\"\"s\n")
        let result = try readAll(path)
        #expect(result.rows == [["1", "Ann"], ["3", "Cy"], ["4", "Di\"\"s"]])
        #expect(result.lines == [2, 4, 5])
        let reject = try #require(result.rejects.first)
        #expect(reject.line == 3 && reject.field == "name" && reject.kind == .unbalancedQuote)
        #expect(reject.reason.contains("line 3"))
        #expect(reject.raw == "2,\"Bob")
    }

    @Test("a stray quote closed lines later by another field's quote rejects only its own line")
    func strayQuoteClosedLater() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = "id,name,town\n1,\"Ann,Leeds\n2,Bob,York\n3,Cy,\"Hull, East\"\n4,Di,Ely\n"
        let path = try dir.write("stray.csv", text)
        for chunkSize in [16, 23, 1 << 20] {
            for maxRows in [1, 2, 10] {
                let result = try readAll(path, chunkSize: chunkSize, maxRows: maxRows)
                let context = "chunk \(chunkSize), batch \(maxRows)"
                #expect(
                    result.rows == [["2", "Bob", "York"], ["3", "Cy", "Hull, East"], ["4", "Di", "Ely"]],
                    "\(context)"
                )
                #expect(result.lines == [3, 4, 5], "\(context)")
                #expect(result.rejects.map(\.line) == [2], "\(context)")
                #expect(result.rejects.first?.raw == "1,\"Ann,Leeds", "\(context)")
                #expect(result.rejects.first?.kind == .unbalancedQuote, "\(context)")
                #expect(result.rejects.first?.reason.contains("only line 2 is rejected") == true, "\(context)")
            }
        }
    }

    @Test("a stray quote whose run ends a row with too few fields gives back the rows it ran over")
    func strayQuoteWrongFieldCount() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("stray.csv", "id,name,town\r\n1,\"Ann,Leeds\r\n2,Bob,York\"\r\n3,Cy,Hull\r\n")
        let result = try readAll(path)
        #expect(result.rows == [["2", "Bob", "York\""], ["3", "Cy", "Hull"]])
        #expect(result.lines == [3, 4])
        let reject = try #require(result.rejects.first)
        #expect(result.rejects.count == 1)
        #expect(reject.line == 2 && reject.kind == .wrongFieldCount && reject.raw == "1,\"Ann,Leeds")
        #expect(reject.reason.hasPrefix("expected 3 fields (as in the header) but found 2; the quote opened on line 2"))
    }

    @Test("a well-formed quoted line break stays inside its row")
    func quotedLineBreakKept() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("multi.csv", "id,address\n1,\"12 High St\nFlat 2\"\n2,x\n")
        let result = try readAll(path)
        #expect(result.rows == [["1", "12 High St\nFlat 2"], ["2", "x"]])
        #expect(result.lines == [2, 4])
        #expect(result.rejects.isEmpty)
    }

    @Test("an unclosed quote's reject that fills a batch does not lose the last line read again after it")
    func unclosedQuoteFillingABatch() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // No line break at the end: the line read again is still open when the batch is full.
        let path = try dir.write("open.csv", "id,name\n1,Ann\n2,\"Bob\n3,Cy")
        for maxRows in 1...3 {
            let result = try readAll(path, maxRows: maxRows)
            #expect(result.rows == [["1", "Ann"], ["3", "Cy"]], "batches of \(maxRows)")
            #expect(result.lines == [2, 4], "batches of \(maxRows)")
            #expect(result.rejects.map(\.line) == [3], "batches of \(maxRows)")
        }
    }

    @Test("rows with too few or too many fields are rejected with the counts")
    func wrongFieldCount() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("count.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n")
        let result = try readAll(path)
        #expect(result.rows == [["1", "2", "3"], ["10", "11", "12"]])
        #expect(result.rejects.map(\.line) == [3, 4])
        #expect(result.rejects.allSatisfy { $0.kind == .wrongFieldCount && $0.field == nil })
        #expect(result.rejects[0].reason == "expected 3 fields (as in the header) but found 2")
    }

    @Test("invalid UTF-8 rejects the row and names the field")
    func invalidUTF8() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = Array("id,name\n1,Zoë\n2,".utf8) + [0x42, 0xFF, 0x43] + Array("\n3,Cy\n".utf8)
        let path = try dir.write("utf8.csv", bytes: bytes)
        let result = try readAll(path)
        #expect(result.rows == [["1", "Zoë"], ["3", "Cy"]])
        let reject = try #require(result.rejects.first)
        #expect(reject.line == 3 && reject.field == "name" && reject.kind == .invalidUTF8)
    }

    @Test("an empty file, or one of blank lines, is a file-level error")
    func emptyFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for (name, text) in [("empty.csv", ""), ("blank.csv", "\n\r\n\n")] {
            let path = try dir.write(name, text)
            let error = try #require(throws: IngestError.self) { _ = try CSVReader(path: path) }
            #expect(error.code == .emptyFile)
            #expect(error.description.hasPrefix(name))
        }
    }

    @Test("a missing file is reported as not found")
    func missingFile() throws {
        let error = try #require(throws: IngestError.self) { _ = try CSVReader(path: "/nonexistent/x.csv") }
        #expect(error.code == .fileNotFound)
    }

    @Test("a 10 MB field is rejected without stopping the read, and the next row comes through")
    func hugeField() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var bytes = Array("id,note\n1,short\n2,\"".utf8)
        bytes += [UInt8](repeating: 0x61, count: 10_000_000)
        bytes += Array("\"\n3,after\n".utf8)
        let path = try dir.write("huge.csv", bytes: bytes)
        let result = try readAll(path)
        #expect(result.rows == [["1", "short"], ["3", "after"]])
        #expect(result.lines == [2, 4])
        let reject = try #require(result.rejects.first)
        #expect(reject.line == 3 && reject.field == "note" && reject.kind == .fieldTooLong)
        #expect(reject.raw.utf8.count <= RejectedRow.rawTextLimit)
    }

    @Test(
        "a long quoted field over many lines, closed, in a row of the right shape is one reject; its lines are not rows",
        arguments: [64, 1 << 20]
    )
    func longMultiLineField(chunkSize: Int) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = "id,note,town\n1,short,Dudley\n2,\"notes begin\n"
        for line in 0..<40 { text += "line \(line) of notes, with commas, and more\n" }
        // A line inside the notes that has the shape of a row must not become one.
        text += "9,pasted,Walsall\n"
        text += "end of notes\",Dudley\n3,after,Walsall\n"
        let path = try dir.write("notes.csv", bytes: Array(text.utf8))
        let result = try readAll(path, fieldLimit: 200, chunkSize: chunkSize, rereadLimit: 256)
        #expect(result.rows == [["1", "short", "Dudley"], ["3", "after", "Walsall"]])
        #expect(result.lines == [2, 46])
        #expect(result.rejects.count == 1)
        let reject = try #require(result.rejects.first)
        #expect(reject.line == 3 && reject.field == "note" && reject.kind == .fieldTooLong)
        #expect(reject.reason.contains("lines 3 to 45, one row"), "\(reject.reason)")
    }

    @Test("a long field whose first line is longer than a reject keeps is still one long field, not a stray quote")
    func longFirstLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = "id,note,town\n1,short,Dudley\n2,\"" + String(repeating: "notes, with commas ", count: 100) + "\n"
        for line in 0..<20 { text += "line \(line),x,y\n" }
        text += "end\",Dudley\n3,after,Walsall\n"
        let path = try dir.write("notes.csv", bytes: Array(text.utf8))
        let result = try readAll(path, fieldLimit: 200, chunkSize: 64, rereadLimit: 256)
        #expect(result.rows == [["1", "short", "Dudley"], ["3", "after", "Walsall"]])
        #expect(result.rejects.count == 1)
    }

    @Test("two stray quotes far apart, joining rows into one too long, still have the lines between read again")
    func farStrayQuotes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = "id,name,town\n1,Ann,Dudley\n2,\"Stray,Walsall\n"
        for row in 0..<40 { text += "\(10 + row),Row \(row),Dudley\n" }
        text += "99,Bob\",Walsall\n100,Last,Dudley\n"
        let path = try dir.write("strays.csv", bytes: Array(text.utf8))
        let result = try readAll(path, fieldLimit: 200, chunkSize: 64, rereadLimit: 256)
        // Every row between and after the quotes is read (a quote inside a field is text); only the first
        // quote's line is rejected.
        #expect(result.rows.count == 1 + 40 + 2, "\(result.rejects.map(\.reason))")
        #expect(result.rows.contains(["25", "Row 15", "Dudley"]))
        #expect(result.rejects.count == 1)
    }
}

@Suite struct CSVReaderFormTests {
    @Test("a UTF-8 byte-order mark is not part of the first column's name")
    func byteOrderMark() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\n1,Ann\n".utf8))
        let result = try readAll(path)
        #expect(result.header == ["id", "name"])
        #expect(result.rows == [["1", "Ann"]])
    }

    @Test("CRLF and mixed line endings give the same rows and lines as LF")
    func lineEndings() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("crlf.csv", "id,name\r\n1,Ann\r\n2,\"Bob\"\n3,Cy\r\n\r\n4,\r\n")
        let result = try readAll(path)
        #expect(result.rows == [["1", "Ann"], ["2", "Bob"], ["3", "Cy"], ["4", ""]])
        #expect(result.lines == [2, 3, 4, 6])
        #expect(result.rejects.isEmpty)
    }

    @Test("quoted fields keep commas, doubled quotes and newlines, and later line numbers stay right")
    func embeddedNewlines() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = "id,address\n1,\"1 High St,\nFlat 2\"\n2,\"say \"\"hi\"\"\r\nthere\"\n3,plain\n4,\"x\n"
        let path = try dir.write("nl.csv", text)
        let result = try readAll(path)
        #expect(
            result.rows.prefix(3) == [["1", "1 High St,\nFlat 2"], ["2", "say \"hi\"\r\nthere"], ["3", "plain"]]
        )
        #expect(result.lines == [2, 4, 6])
        #expect(result.rejects.map(\.line) == [7])
    }

    @Test("tiny chunks give exactly the rows and rejects that one big chunk gives")
    func chunkBoundaries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = "id,name,town\n1,\"Ann, \"\"A\"\"\",Leeds\r\n2,Bob\n3,\"multi\nline\",York\n4,Di,\"Hull\"\n"
        let path = try dir.write("chunks.csv", text)
        let big = try readAll(path)
        for size in [16, 17, 23] {
            let small = try readAll(path, chunkSize: size, maxRows: 1)
            #expect(small.rows == big.rows)
            #expect(small.lines == big.lines)
            #expect(small.rejects == big.rejects)
        }
        #expect(big.rows.count == 3 && big.rejects.count == 1)
    }

    @Test("plain fields of every length end exactly at their comma, carriage return or line feed")
    func plainFieldsOfEveryLength() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // The scanner skips eight bytes at a time while none ends a field: a delimiter at every offset in
        // a word, and fields shorter and longer than a word, must still split where they are.
        var expected: [[String]] = []
        var text = "a,b,c\n"
        for length in 0...24 {
            for ending in ["\n", "\r\n", "\r"] {
                let field = String((0..<length).map { Character(UnicodeScalar(UInt8(0x41 + ($0 % 26)))) })
                let row = [field, String(field.reversed()), "x\(length) y"]
                expected.append(row)
                text += row.joined(separator: ",") + ending
            }
        }
        let path = try dir.write("lengths.csv", text)
        for chunkSize in [16, 21, 1 << 20] {
            let read = try readAll(path, chunkSize: chunkSize, maxRows: 7)
            #expect(read.rejects.isEmpty, "chunk size \(chunkSize)")
            #expect(read.rows == expected, "chunk size \(chunkSize)")
        }
    }

    @Test("a plain field cut by a chunk boundary stays plain: a quote inside it opens nothing")
    func plainFieldAcrossChunks() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // Rows of plain fields with a quote inside them, one after another: at some chunk size the cut
        // falls in every position of a row, including just after a row's first byte.
        let text = "id,name,note\n" + (1...12).map { "\($0),O\"Neil,5\" tall\n" }.joined()
        let path = try dir.write("quotes.csv", text)
        let big = try readAll(path)
        #expect(big.rows.count == 12 && big.rejects.isEmpty)
        #expect(big.rows.first == ["1", "O\"Neil", "5\" tall"])
        for size in 16...40 {
            let small = try readAll(path, chunkSize: size, maxRows: 2)
            #expect(small.rows == big.rows, "chunk size \(size)")
            #expect(small.rejects.isEmpty, "chunk size \(size)")
        }
    }
}
