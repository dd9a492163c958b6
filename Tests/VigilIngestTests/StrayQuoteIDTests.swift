import Testing
import VigilCore

@testable import VigilIngest

/// A stray quote at the start of a row's id swallows the rest of its line, yet the row still names its
/// record: the reject carries the id, so the daily run keeps the record (or the employee) it holds
/// instead of withdrawing it, or marking the employee a leaver.
@Suite struct StrayQuoteIDTests {
    static let header =
        "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
    static let row = ",crime,CRI-1,2024-01-01,suspect,David Carl,Martin,1988-11-16,1 High St,Dudley,DY1 1AA\n"

    @Test("a reject whose stray quote opens the id field still names the id")
    func idRecovered() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("crime.csv", Self.header + "1001" + Self.row + "\"1002" + Self.row + "1003" + Self.row)
        var reader = try ExtractReader<PersonRecord>(path: path)
        var records: [PersonRecord] = []
        var rejects: [RejectedRow] = []
        while let batch = try reader.nextBatch() {
            records += batch.records
            rejects += batch.rejects
        }
        #expect(records.map(\.recordID) == ["1001", "1003"])
        #expect(rejects.map(\.kind) == [.unbalancedQuote])
        #expect(rejects.first?.recordID == "1002")
    }

    @Test("taking quotes as text reads the field from the first line, and nothing from an empty one")
    func takingQuotesAsText() {
        let reject = RejectedRow(
            file: "r.csv",
            line: 2,
            field: nil,
            kind: .unbalancedQuote,
            reason: "",
            raw: "\"E100001,Ann,Lee\nmore,lines"
        )
        #expect(reject.rawFieldTakingQuotesAsText(0) == "E100001")
        #expect(reject.rawFieldTakingQuotesAsText(2) == "Lee")
        #expect(reject.rawFieldTakingQuotesAsText(3) == nil)
        let empty = RejectedRow(file: "r.csv", line: 2, field: nil, kind: .unbalancedQuote, reason: "", raw: "\",Ann")
        #expect(empty.rawFieldTakingQuotesAsText(0) == nil)
    }
}
