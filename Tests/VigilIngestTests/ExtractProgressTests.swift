import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// How much of an extract has been read, for progress displays.
@Suite struct ExtractProgressTests {
    @Test("batches of a file say how much of it had been read, ending at the whole file")
    func fileFractions() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
        for index in 0..<40_000 {
            text += "R\(index),crime,E\(index),2024-01-01,victim,Ann,Lee,1980-01-01,1 High St,Dudley,DY1 1AA\n"
        }
        let path = try dir.write("records.csv", text)
        // About 3.4 MB: the reader takes it a 1 MiB chunk at a time.
        var reader = try ExtractReader<PersonRecord>(path: path)
        var fractions: [Double] = []
        while let batch = try reader.nextBatch(maxRows: 10_000) { fractions.append(try #require(batch.fractionRead)) }
        #expect(fractions.count == 4)
        #expect(fractions == fractions.sorted(), "the share read only grows")
        #expect(fractions.first.map { $0 > 0.1 && $0 < 0.5 } == true, "\(fractions)")
        #expect(fractions.last == 1)
    }

    @Test("input whose size is unknown, such as a pipe, has no share read")
    func pipeHasNone() throws {
        let pipe = Pipe()
        let header =
            "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
        pipe.fileHandleForWriting.write(Data((header + "R1,crime,E1,,victim,Ann,Lee,,,,\n").utf8))
        try pipe.fileHandleForWriting.close()
        var reader = try ExtractReader<PersonRecord>(
            fileDescriptor: pipe.fileHandleForReading.fileDescriptor,
            name: "stdin",
            mapping: .canonical(.personRecords)
        )
        let batch = try #require(try reader.nextBatch())
        #expect(batch.records.count == 1)
        #expect(batch.fractionRead == nil)
    }
}
