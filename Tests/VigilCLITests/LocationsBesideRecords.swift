import Foundation
import Testing

/// Shared by the tests of commands that read incident locations beside the person records (`train`,
/// `link`): an extract with one bad row, and the check that the locations' rejects and notes still come
/// after the records'.
enum LocationsBesideRecords {
    /// The first `count` rows of an extract and one row with too few fields after them (file line
    /// `count + 2`), written to `name` in `directory`.
    static func extract(
        _ source: String,
        firstRows count: Int,
        badRow: String,
        as name: String,
        in directory: TemporaryDirectory
    ) throws -> String {
        let text = try CSVText(contentsOf: source)
        let lines = [CSVText.line(text.header)] + text.rows.prefix(count).map(CSVText.line) + [badRow]
        return try directory.write(name, lines.joined(separator: "\n") + "\n")
    }

    /// The first `count` incident locations of the world and a row with a missing column.
    static func locations(
        _ world: TrainedWorld,
        firstRows count: Int,
        in directory: TemporaryDirectory
    ) throws
        -> String
    {
        try extract(
            world.locations,
            firstRows: count,
            badRow: "LX-1,2020-01-01,Assault,1 High Street,Birmingham",
            as: "locations.csv",
            in: directory
        )
    }

    /// The run ended with `status` (by default 3, completed with rejects); the rejects file names `files`
    /// at `lines`, in that order; and the records' note (`recordsNote`) comes before the locations'
    /// (`locationsNote`).
    static func expectRecordsFirst(
        _ run: VigilRun,
        rejectsPath: String,
        files: [String],
        lines: [String],
        recordsNote: String,
        locationsNote: String,
        status: Int32 = 3
    ) throws {
        #expect(run.status == status, "\(run)")
        let rejects = try CSVText(contentsOf: rejectsPath)
        #expect(rejects.column("file").map { ($0 as NSString).lastPathComponent } == files)
        #expect(rejects.column("line") == lines)
        let notes = run.standardError
        let records = try #require(notes.range(of: recordsNote), "\(notes)")
        let locations = try #require(notes.range(of: locationsNote), "\(notes)")
        #expect(records.lowerBound < locations.lowerBound)
    }
}
