import Foundation

/// Appends rejected rows to a CSV file (`file,line,field,reason,raw`) that a person can open.
///
/// The file is created (with its header) only when the first reject arrives, so a clean run leaves
/// no empty rejects file behind. An existing file is appended to without a second header.
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
    private var handle: FileHandle?

    /// Prepares a writer; nothing is created until ``append(_:)`` receives a reject.
    public init(path: String) {
        self.path = path
    }

    deinit {
        try? handle?.close()
    }

    /// Appends rejects, creating the file on the first one.
    ///
    /// - Throws: ``IngestError`` `unreadable` when the file cannot be created or written.
    public mutating func append(_ rejects: [RejectedRow]) throws {
        guard !rejects.isEmpty else { return }
        var text = ""
        if handle == nil {
            let exists = FileManager.default.fileExists(atPath: path)
            if !exists && !FileManager.default.createFile(atPath: path, contents: nil) {
                throw IngestError(.unreadable, "cannot create the rejects file", file: path)
            }
            guard let opened = FileHandle(forWritingAtPath: path) else {
                throw IngestError(.unreadable, "cannot open the rejects file for writing", file: path)
            }
            handle = opened
            if (try? opened.seekToEnd()) == 0 {
                text += "file,line,field,reason,raw\n"
            }
        }
        for reject in rejects {
            text += CSVBatch.csvLine([reject.file, String(reject.line), reject.field ?? "", reject.reason, reject.raw])
            text += "\n"
        }
        do {
            try handle?.write(contentsOf: Data(text.utf8))
        } catch {
            throw IngestError(.unreadable, "cannot write the rejects file: \(error)", file: path)
        }
        count += rejects.count
    }
}
