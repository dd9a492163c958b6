/// Writes rejected rows to a CSV file (`file,line,field,reason,raw`) that a person can open.
///
/// The rejects replace what was at the path only as a whole, as `--out` does (``ReplacingOutputFile``):
/// they are written to a temporary file beside it, renamed into place with the replaced file's
/// permissions (through a symbolic link, to the file it names). A command killed midway therefore
/// leaves the previous rejects file as it was. A command that ends with an error it handles still puts
/// its rejects in place, since the person fixing the extract needs them: ``finish()`` does it, and so
/// does a writer dropped without it. Only rejects that could not all be written (a full disk) are left
/// out, and the previous file kept.
///
/// Nothing is created until the first reject arrives, so a clean run leaves an earlier rejects file as
/// it was. A pipe or device at the path (`/dev/stdout`) is written into as the rejects come.
///
/// ```swift
/// var rejects = RejectsWriter(path: "out/rejects.csv")
/// try rejects.append(batch.rejects)
/// try rejects.finish()   // out/rejects.csv now holds this command's rejects
/// ```
public struct RejectsWriter: ~Copyable {
    /// Where rejects go.
    public let path: String
    /// Rejects written so far by this writer.
    public private(set) var count = 0
    private var file: ReplacingOutputFile?

    /// Prepares a writer; nothing is created until ``append(_:)`` receives a reject.
    public init(path: String) {
        self.path = path
    }

    /// Writes rejects, opening the temporary file on the first one.
    ///
    /// Written through ``OutputFile``: a failed write (a full disk) is an error, never a reject lost; the
    /// rejects are then not put in place.
    ///
    /// - Throws: ``IngestError`` `unreadable` when the file cannot be created or written, with the
    ///   system's reason.
    public mutating func append(_ rejects: [RejectedRow]) throws {
        guard !rejects.isEmpty else { return }
        var text = ""
        do {
            if file == nil {
                var opened = try ReplacingOutputFile(path: path)
                opened.whenDropped = .putInPlace
                file = consume opened
                text += "file,line,field,reason,raw\n"
            }
            for reject in rejects {
                text += CSVBatch.csvLine([
                    reject.file, String(reject.line), reject.field ?? "", reject.reason, reject.raw,
                ])
                text += "\n"
            }
            try file?.write(Array(text.utf8))
        } catch let problem as OutputFile.Problem {
            // Part of the rejects is missing: the previous file is better kept than replaced by a part.
            file?.whenDropped = .discard
            file = nil
            throw IngestError(.unreadable, "cannot \(problem.action) the rejects file: \(problem.reason)", file: path)
        }
        count += rejects.count
    }

    /// Puts the rejects written so far in place of the file at ``path``; nothing when there were none.
    ///
    /// - Throws: ``IngestError`` `unreadable` when the file cannot be finished or renamed into place.
    public mutating func finish() throws {
        guard let finished = file.take() else { return }
        do {
            try finished.commit()
        } catch let problem as OutputFile.Problem {
            throw IngestError(.unreadable, "cannot \(problem.action) the rejects file: \(problem.reason)", file: path)
        }
    }
}
