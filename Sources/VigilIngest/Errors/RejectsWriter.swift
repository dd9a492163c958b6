import Foundation

/// Appends rejected rows to a CSV file (`file,line,field,reason,raw`) that a person can open.
///
/// The file is created (with its header) only when the first reject arrives, so a clean run leaves
/// no empty rejects file behind. An existing file is replaced when the writer starts afresh (a command's
/// rejects file holds that command's rejects, not yesterday's as well), otherwise appended to without a
/// second header.
///
/// ```swift
/// var rejects = RejectsWriter(path: "out/rejects.csv")
/// try rejects.append(batch.rejects)
/// ```
public struct RejectsWriter: ~Copyable {
    /// Where rejects go.
    public let path: String
    /// Rejects written so far by this writer.
    public private(set) var count = 0
    private var file: OutputFile?
    private let mode: OutputFile.Mode

    /// Prepares a writer; nothing is created until ``append(_:)`` receives a reject.
    ///
    /// - Parameter startsAfresh: whether the first reject replaces a file already at `path`.
    public init(path: String, startsAfresh: Bool = false) {
        self.path = path
        self.mode = startsAfresh ? .truncate : .append
    }

    /// Appends rejects, creating the file on the first one.
    ///
    /// Written through ``OutputFile``: a failed write (a full disk) is an error, never a reject lost.
    ///
    /// - Throws: ``IngestError`` `unreadable` when the file cannot be created or written, with the
    ///   system's reason.
    public mutating func append(_ rejects: [RejectedRow]) throws {
        guard !rejects.isEmpty else { return }
        var text = ""
        do {
            if file == nil {
                let opened = try OutputFile(path: path, mode: mode)
                if opened.size == 0 { text += "file,line,field,reason,raw\n" }
                file = consume opened
            }
            for reject in rejects {
                text += CSVBatch.csvLine([
                    reject.file, String(reject.line), reject.field ?? "", reject.reason, reject.raw,
                ])
                text += "\n"
            }
            try file?.write(text)
        } catch let problem as OutputFile.Problem {
            throw IngestError(.unreadable, "cannot \(problem.action) the rejects file: \(problem.reason)", file: path)
        }
        count += rejects.count
    }
}
