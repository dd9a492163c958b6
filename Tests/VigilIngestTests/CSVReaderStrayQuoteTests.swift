import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// The person-record header with an unmapped `nickname` column, as in the extract that showed the defect.
private let header =
    "record_id,source,event_id,event_date,role,forenames,nickname,surname,date_of_birth,address_line,town,postcode\n"

@Suite struct CSVReaderStrayQuoteTests {
    @Test("a stray quote whose joined lines have the header's field count rejects its own line, not the next row")
    func strayQuoteWithMatchingFieldCount() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let r1 = "R1,crime,E1,2023-03-07,suspect,John,\"Smiler,Smith,1970-02-02,1 High Street,Dudley,DY1 1AA"
        let r2 =
            "R2,crime,E2,2023-03-08,suspect,Sarah,Sal 5'4\",Taylor,2001-01-15,88 Sherwood Crescent,Birmingham,B20 3QZ"
        let r3 = "R3,crime,E3,2023-03-09,suspect,Daniel,,Dunbury,1971-01-22,101 Springfield Street,Birmingham,B26 9AP"
        for ending in ["\n", "\r\n"] {
            let path = try dir.write("stray.csv", header + [r1, r2, r3].map { $0 + ending }.joined())
            for chunkSize in [16, 29, 64, 1 << 20] {
                for maxRows in [1, 2, 10] {
                    let result = try readAll(path, chunkSize: chunkSize, maxRows: maxRows)
                    let context = "chunk \(chunkSize), batch \(maxRows), \(ending == "\n" ? "LF" : "CRLF")"
                    #expect(result.rows.map(\.first) == ["R2", "R3"], "\(context)")
                    #expect(result.rows.first?[7] == "Taylor", "\(context)")
                    #expect(result.rows.first?[6] == "Sal 5'4\"", "\(context)")
                    #expect(result.lines == [3, 4], "\(context)")
                    let reject = try #require(result.rejects.first, "\(context)")
                    #expect(result.rejects.count == 1, "\(context)")
                    #expect(reject.line == 2 && reject.field == "nickname" && reject.kind == .unbalancedQuote)
                    #expect(reject.raw == r1, "\(context)")
                    #expect(
                        reject.reason
                            == "unbalanced quote: the quote looks stray, joining lines 2 to 3 into one row, as line 2 "
                            + "without it is a whole row of 12 fields, and so is line 3; the quote opened on line 2 "
                            + "runs on to line 3, so only line 2 is rejected and the lines after it are read again",
                        "\(context)"
                    )
                }
            }
        }
    }

    @Test("a genuine two-line quoted address stays one row at every chunk size")
    func genuineMultiLineAddress() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // The second row's first line comes out whole by chance (its commas make up for the town and
        // postcode): its last line does not, so it is no stray quote either.
        let text =
            "id,address,town,postcode\n1,\"Flat 1,\n12 High St\",Dudley,B1 1AA\n"
            + "2,\"Flat 2, 14 High St,\nRear\",Dudley,B1 1AB\n3,\"5 Low St\",Dudley,B1 1AC\n"
        let path = try dir.write("address.csv", text)
        for chunkSize in [16, 17, 23, 1 << 20] {
            for maxRows in [1, 3] {
                let result = try readAll(path, chunkSize: chunkSize, maxRows: maxRows)
                let context = "chunk \(chunkSize), batch \(maxRows)"
                #expect(
                    result.rows == [
                        ["1", "Flat 1,\n12 High St", "Dudley", "B1 1AA"],
                        ["2", "Flat 2, 14 High St,\nRear", "Dudley", "B1 1AB"],
                        ["3", "5 Low St", "Dudley", "B1 1AC"],
                    ],
                    "\(context)"
                )
                #expect(result.lines == [2, 4, 6], "\(context)")
                #expect(result.rejects.isEmpty, "\(context)")
            }
        }
    }

    @Test(
        "rows of only separators, spaces, tabs or non-breaking spaces, and an end-of-file mark, are skipped and counted"
    )
    func blankLikeRowsSkipped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(
            "blank.csv",
            "id,name,town\n1,Ann,Leeds\n,,\n   \n,,,,\n2,Bob,York\r\n,,\r\n\t\n\u{A0}\n,\t, \u{A0}\n\u{1A}"
        )
        for chunkSize in [16, 1 << 20] {
            var reader = try CSVReader(path: path, chunkSize: chunkSize)
            var rows: [[String]] = []
            var rejects: [RejectedRow] = []
            while let batch = try reader.nextBatch(maxRows: 2) {
                rows += (0..<batch.rowCount).map { batch.strings(row: $0) }
                rejects += batch.rejects
            }
            #expect(rows == [["1", "Ann", "Leeds"], ["2", "Bob", "York"]], "chunk \(chunkSize)")
            #expect(rejects.isEmpty, "chunk \(chunkSize)")
            #expect(reader.rowsSkipped == 8, "chunk \(chunkSize)")
            #expect(reader.skippedLines == [3, 4, 5, 7, 8, 9, 10, 11], "chunk \(chunkSize)")
        }
        let records = try dir.write(
            "records.csv",
            header.replacingOccurrences(of: "nickname,", with: "") + ",,,,,,,,,,\n"
        )
        var extract = try ExtractReader<PersonRecord>(path: records)
        while try extract.nextBatch() != nil {}
        #expect(extract.summary.rowsRead == 0 && extract.summary.rowsSkipped == 1)
        #expect(
            extract.summary.description
                == "records.csv: 0 read, 0 accepted, 0 rejected; 1 empty or blank line skipped (line 2)"
        )
    }
}
