#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written in pieces that replaces what is at its path only once the writer commits: the
/// pieces go to a temporary file beside it, renamed over the path by ``commit()``.
///
/// A command that fails halfway (an extract missing, a mapping naming absent columns) must not leave
/// its `--out` emptied or half written: the file from the last good run stays until a new one is
/// complete. A writer dropped without committing removes its temporary file, unless it is told to put
/// it in place (``whenDropped``). A path that is not a
/// regular file (a pipe, `/dev/stdout`, a device) is written into directly, as ``OutputFile`` does,
/// since renaming over it would replace the special file with an ordinary one.
///
/// ```swift
/// var out = try ReplacingOutputFile(path: "matches.csv")
/// try out.write(header)
/// try out.commit()   // without this, matches.csv is as it was
/// ```
public struct ReplacingOutputFile: ~Copyable {
    /// The path the output replaces, as given.
    public let path: String
    private var file: OutputFile
    /// The temporary file written, or `nil` when the path is written into directly.
    private let temporary: String?
    /// What the temporary file is renamed to: the path, or the file a symbolic link at the path names
    /// (the link stays, and points at the new file).
    private let destination: String
    /// The permissions of the file replaced, given to the new one: matches hold personal data, and a
    /// file an operator made private must not become readable by all.
    private let keptMode: mode_t?
    private var committed = false
    /// What becomes of what was written when the writer is dropped without ``commit()``.
    public var whenDropped = DroppedOutput.discard

    /// What a writer dropped without committing does with what it wrote.
    public enum DroppedOutput: Sendable {
        /// Removes it: the path keeps what it held (a failed command's half-written `--out`).
        case discard
        /// Puts it in place as ``commit()`` would (a failed command's rejects, which the user needs). A
        /// killed process runs no code, so its path still keeps what it held.
        case putInPlace
    }

    /// Opens a temporary file beside `path` (or `path` itself, when it is not a regular file).
    ///
    /// - Throws: ``OutputFile/Problem`` naming `path` and the system's reason.
    public init(path: String) throws {
        var status = stat()
        let exists = stat(path, &status) == 0
        let direct = exists && (status.st_mode & S_IFMT) != S_IFREG
        let destination = direct ? path : Self.resolvingLink(path)
        let temporary = direct ? nil : OutputFile.temporaryPath(beside: destination)
        do {
            file = try OutputFile(path: temporary ?? path)
        } catch let problem as OutputFile.Problem {
            // The temporary file's name means nothing to the reader: the problem is the path's.
            throw OutputFile.Problem(action: problem.action, path: path, reason: problem.reason)
        }
        self.path = path
        self.destination = destination
        self.temporary = temporary
        keptMode = exists && !direct ? status.st_mode & 0o7777 : nil
    }

    /// Standard output, written into and never closed; ``commit()`` only checks the last write.
    public init(standardOutputNamed name: String = "standard output") {
        path = name
        file = OutputFile(standardOutputNamed: name)
        temporary = nil
        destination = name
        keptMode = nil
    }

    /// The file a symbolic link at `path` names, or `path` itself.
    private static func resolvingLink(_ path: String) -> String {
        var link = stat()
        guard lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK, let real = realpath(path, nil) else {
            return path
        }
        defer { free(real) }
        return String(cString: real)
    }

    deinit {
        guard !committed, let temporary else { return }
        if whenDropped == .putInPlace {
            // The file is closed after this, by `OutputFile`; what was written is already the file's.
            if let keptMode { chmod(temporary, keptMode) }
            if rename(temporary, destination) == 0 { return }
        }
        unlink(temporary)
    }

    /// Writes every byte.
    ///
    /// - Throws: ``OutputFile/Problem`` naming `path` and the system's reason.
    public func write(_ bytes: [UInt8]) throws {
        do {
            try file.write(bytes)
        } catch let problem as OutputFile.Problem {
            throw OutputFile.Problem(action: problem.action, path: path, reason: problem.reason)
        }
    }

    /// Closes the file and renames it over `path`; on failure the temporary file is removed and what
    /// was at `path` is left as it was.
    ///
    /// - Throws: ``OutputFile/Problem`` naming `path` and the system's reason.
    public consuming func commit() throws {
        do {
            try file.closeInPlace()
        } catch let problem as OutputFile.Problem {
            throw OutputFile.Problem(action: problem.action, path: path, reason: problem.reason)
        }
        guard let temporary else {
            committed = true
            return
        }
        if let keptMode { chmod(temporary, keptMode) }
        guard rename(temporary, destination) == 0 else {
            throw OutputFile.Problem(action: "replace", path: path, reason: String(cString: strerror(errno)))
        }
        committed = true
    }
}
