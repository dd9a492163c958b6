import VigilCore
import VigilIngest

/// A person-record extract of mostly good rows among bad ones: invalid dates, unknown sources, repeated
/// and empty ids, short rows, quoted fields with commas and line breaks, and unclosed quotes.
func messyRecords(rows: Int, _ generator: inout SplitMix64) -> String {
    var text = "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"
    for number in 1...rows {
        let pick = generator.next() % 20
        let id = pick == 0 ? "R\(max(1, number - 3))" : pick == 1 ? "" : "R\(number)"
        let source = pick == 2 ? "gossip" : "crime"
        let birth = pick == 3 ? "1990-02-30" : "1990-02-\(10 + number % 18)"
        let address = pick == 4 ? "\"1 High St,\nFlat 2\"" : "\(number) High St"
        switch pick {
        case 5: text += "\(id),\(source),C\(number)\n"
        case 6 where number == rows: text += "\(id),crime,C1,2024-01-01,victim,\"Ann,Lee,1990-01-01,x,y,z\n"
        default:
            text += "\(id),\(source),C\(number),2024-01-0\(1 + number % 9),victim,Ann,Lee\(number % 50),\(birth),"
            text += "\(address),Dudley,DY1 1AA\n"
        }
    }
    return text
}

/// Person records read the ordinary way, batch by batch (997 rows, so batches end mid-file): what a
/// sample with room for every row must equal.
func streamedPersonRecords(
    _ path: String
) throws -> (
    records: [PersonRecord], rejects: [RejectedRow], summary: IngestSummary
) {
    var reader = try ExtractReader<PersonRecord>(path: path)
    var records: [PersonRecord] = []
    var rejects: [RejectedRow] = []
    while let batch = try reader.nextBatch(maxRows: 997) {
        records += batch.records
        rejects += batch.rejects
    }
    return (records, rejects, reader.summary)
}
