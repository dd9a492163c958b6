import Foundation
import VigilIngest
import VigilStore

/// A run as a few lines of text for the terminal.
struct RunSummaryText {
    let record: RunRecord

    init(_ record: RunRecord) {
        self.record = record
    }

    var text: String {
        var lines = ["run \(record.id): \(record.status.rawValue) (model \(record.modelVersion))"]
        lines.append(
            "  started \(record.startedAt.formatted(.iso8601))"
                + (record.finishedAt.map { ", finished \($0.formatted(.iso8601))" } ?? "")
        )
        // A glob source reads several files: each line names its file, by as much of its path as tells it
        // from the others (in/a/crime.csv and in/b/crime.csv are a/crime.csv and b/crime.csv).
        let names = DistinctFileNames(record.inputs.map(\.path))
        for input in record.inputs {
            let file = names.name(of: input.path)
            let rows = input.rowsRead == 1 ? "1 row" : "\(input.rowsRead) rows"
            var line =
                "  \(input.source) (\(file)): \(rows) read, \(input.rowsAccepted) accepted, \(input.rowsRejected) rejected"
            if let rejects = input.rejectsFile { line += " (rejects: \(rejects))" }
            lines.append(line)
        }
        if !record.counts.isEmpty {
            lines.append(
                "  " + record.counts.keys.sorted().map { "\($0) \(record.counts[$0]!)" }.joined(separator: ", ")
            )
        }
        if !record.durations.isEmpty {
            let total = record.durations.values.reduce(0, +)
            let stages = record.durations.keys.sorted().map {
                "\($0) \(String(format: "%.2f", record.durations[$0]!)) s"
            }
            lines.append("  took \(String(format: "%.2f", total)) s: " + stages.joined(separator: ", "))
        }
        lines += record.messages.map { "  note: \($0)" }
        return lines.joined(separator: "\n")
    }
}
