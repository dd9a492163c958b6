import Foundation

/// Makes sure only one `vigil run` works on a store at a time.
///
/// The lock is an exclusive `flock` on `<store>.lock`. The kernel releases it when the holder exits,
/// however it exits, so a lock left by a killed run is never stale: the next run takes it and says
/// that the previous holder died. The file also records who holds it, for the refusal message.
public struct RunLock: ~Copyable {
    /// Why the lock could not be taken.
    public struct Refused: Error, CustomStringConvertible, Sendable {
        /// What to tell the person.
        public var description: String
        /// Whether another run holds the lock (try later), rather than the lock file being unusable.
        public var busy: Bool
    }

    /// The lock file.
    public let path: String
    /// The previous holder's details when it died holding the lock ("pid 4242 since ..."), else `nil`.
    public let recoveredFrom: String?
    private let descriptor: Int32

    /// Takes the lock for the store at `storePath`, or throws ``Refused`` naming the run holding it.
    public init(storePath: String) throws {
        path = storePath + ".lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Refused(
                description:
                    "cannot create the lock file \(path): \(String(cString: strerror(errno))); nothing was changed",
                busy: false
            )
        }
        let holder = Self.contents(descriptor)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            let who = holder.isEmpty ? "another process" : holder
            throw Refused(
                description: "another vigil run is in progress on this store (\(who)); wait for it to finish",
                busy: true
            )
        }
        self.descriptor = descriptor
        recoveredFrom = holder.isEmpty ? nil : holder
        let me = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName) since \(StoreTimeText.now())"
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, me, me.utf8.count, 0)
    }

    /// Releases the lock and clears the holder, so the next run knows this one ended cleanly.
    borrowing func release() {
        _ = ftruncate(descriptor, 0)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func contents(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "" }
        return String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The current time as the store writes it.
enum StoreTimeText {
    static func now() -> String {
        Date().formatted(.iso8601)
    }
}
