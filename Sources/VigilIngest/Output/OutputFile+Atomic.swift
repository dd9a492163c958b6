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
        let file = try ReplacingOutputFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// A name in `path`'s folder that no other writer uses: the file's name, this process and a
    /// random number, hidden.
    static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + ".\(name).\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
    }
}
