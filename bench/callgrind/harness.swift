// The linkage engine's hot paths on one thread, for counting instructions and cache misses with
// callgrind (see count.sh). Compiled together with Sources/VigilCore by swiftc, so it runs where a
// SwiftPM-built `vigil` cannot run under valgrind.
//
// usage: harness MODEL.json ROSTER.tsv RECORDS.tsv ROUNDS features|block|score
//
// The TSV files hold the canonical columns in order (count.sh writes them from a world's CSV files):
//   roster:  employee_id forenames surname date_of_birth address_line town postcode previous_surnames uprn
//   records: record_id forenames surname date_of_birth address_line town postcode uprn
// Each round extracts every record's features (features), or also gathers its candidates (block), or
// also finds its best match with the linker's scoring floor (score). Counting one round and three and
// taking the difference leaves the loading out.
import Foundation

@main
struct Harness {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 6, let rounds = Int(arguments[4]), ["features", "block", "score"].contains(arguments[5])
        else {
            FileHandle.standardError.write(
                Data("usage: harness MODEL.json ROSTER.tsv RECORDS.tsv ROUNDS features|block|score\n".utf8)
            )
            exit(2)
        }
        let model = try JSONDecoder().decode(LinkageModel.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
        let employees = try rows(arguments[2]).map { field in
            Employee(
                employeeID: field[0],
                forenames: field[1],
                surname: field[2],
                dateOfBirth: date(field[3]),
                addressLine: field[4],
                town: field[5],
                postcode: field[6],
                previousSurnames: field[7].split(separator: ";").map(String.init),
                uprn: field[8]
            )
        }
        let records = try rows(arguments[3]).map { field in
            PersonRecord(
                recordID: field[0],
                source: .crime,
                forenames: field[1],
                surname: field[2],
                dateOfBirth: date(field[3]),
                addressLine: field[4],
                town: field[5],
                postcode: field[6],
                uprn: field[7]
            )
        }
        let linker = RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
        let floor = linker.scoringFloor(threshold: model.person.threshold)
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        var checksum = 0.0
        for _ in 0..<rounds {
            for record in records {
                let features = extractor.features(of: record)
                switch arguments[5] {
                case "features":
                    checksum += Double(features.forenames.count)
                case "block":
                    candidates.removeAll(keepingCapacity: true)
                    linker.roster.personIndex.candidates(for: features, into: &candidates)
                    checksum += Double(candidates.count)
                default:
                    let best = linker.bestPersonMatch(
                        features: features,
                        recordID: record.recordID,
                        candidates: &candidates,
                        scoringFloor: floor
                    )
                    checksum += best?.matchWeight ?? 0
                }
            }
        }
        print("\(records.count) records, \(rounds) rounds, checksum \(checksum)")
    }

    static func rows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static func date(_ text: String) -> CalendarDate? {
        if case .date(let value) = DateParser.parse(text, format: .automatic) { return value }
        return nil
    }
}
