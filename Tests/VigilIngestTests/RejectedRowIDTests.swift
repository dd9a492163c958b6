import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// A rejected row still says which record it is, when its id column can be read.
@Suite struct RejectedRowIDTests {
    private func reject(_ raw: String) -> RejectedRow {
        RejectedRow(file: "f.csv", line: 2, field: nil, kind: .invalidDate, reason: "r", raw: raw)
    }

    @Test("fields are read as CSV: quoted commas, doubled quotes, spaces trimmed, line breaks end the row")
    func rawFields() {
        let row = reject("R1 ,\"Lee, Ann\",\"say \"\"hi\"\"\",,last\r\nR2,next")
        #expect(row.rawField(0) == "R1")
        #expect(row.rawField(1) == "Lee, Ann")
        #expect(row.rawField(2) == "say \"hi\"")
        #expect(row.rawField(3) == nil, "an empty field names nothing")
        #expect(row.rawField(4) == "last", "the row ends at its line break")
        #expect(row.rawField(5) == nil, "the next row's fields are not this row's")
        #expect(reject("R1,Ann").rawField(1) == "Ann", "the last field ends with the text")
        #expect(reject("R\u{FFFD}1,Ann").rawField(0) == nil, "an id that was not valid UTF-8 is unknown")
        #expect(reject("\"R1,Ann").rawField(0) == nil, "an unclosed quote never ends the field")
    }

    @Test("the last field of a row cut at the raw text limit is not taken for the whole value")
    func cutRow() {
        let long = "R1," + String(repeating: "x", count: RejectedRow.rawTextLimit + 50)
        let row = reject(long)
        #expect(row.rawField(0) == "R1")
        #expect(row.rawField(1) == nil)
    }

    @Test("the reader sets each reject's id from the id column, wherever the mapping puts it")
    func readerSetsIDs() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var bytes = Array(
            ("forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date,staff_no\n"
                + "Ann,Lee,31/02/1980,1 High St,Dudley,DY1 1AA,PC,Response,2010-09-01,E1\n"
                + "Bob,Kay,1980-01-01,2 High St,Dudley,DY1 1AA,PC,Response,2010-09-01,\n"
                + "Cal,Roe,1981-01-01,3 High St,Dudley,DY1 1AA,PC,Response,2010-09-01,E3\n").utf8
        )
        bytes +=
            Array("Dee,Fox".utf8) + [0xE9] + Array(",1982-01-01,4 High St,Dudley,DY1 1AA,PC,R,2010-09-01,E4\n".utf8)
        bytes += Array("Eve,Ash,1983-01-01,5 High St,Dudley,DY1 1AA,PC,R,2010-09-01,E5,extra\n".utf8)
        let path = dir.path("roster.csv")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let mapping = ColumnMapping(kind: .roster, columns: ["employee_id": .column("staff_no")])
        var reader = try ExtractReader<Employee>(path: path, mapping: mapping)
        var rejects: [RejectedRow] = []
        while let batch = try reader.nextBatch() { rejects += batch.rejects }
        #expect(rejects.map(\.kind) == [.invalidDate, .missingID, .invalidUTF8, .wrongFieldCount])
        #expect(rejects.map(\.recordID) == ["E1", nil, "E4", "E5"])
    }
}
