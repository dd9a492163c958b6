#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFile {
    /// Replaces the file at `path` with `bytes` all at once: they are written to a temporary file
    /// beside it, which is then renamed over it, so a reader never sees half a file and a failed
    /// write leaves the old one in place.
    ///
    /// A path that is not a regular file (a pipe, `/dev/stdout`, a device) is written into instead:
    /// renaming over it would replace the special file with an ordinary one.
    ///
    /// - Throws: ``Problem`` with the system's reason.
    public static func replace(_ path: String, with bytes: [UInt8]) throws {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            let file = try OutputFile(path: path)
            try file.write(bytes)
            try file.close()
            return
        }
        let temporary = temporaryPath(beside: path)
        do {
            let file = try OutputFile(path: temporary)
            try file.write(bytes)
            try file.close()
        } catch let problem as Problem {
            unlink(temporary)
            // The temporary file's name means nothing to the reader: the problem is the path's.
            throw Problem(action: problem.action, path: path, reason: problem.reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Problem(action: "replace", path: path, reason: reason)
        }
    }

    /// A name in `path`'s folder that no other writer uses: the file's name, this process and a
    /// random number, hidden.
    private static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + ".\(name).\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
    }
}
