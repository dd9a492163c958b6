import Foundation
import VigilStore

extension RunLock {
    /// Whether a process holds the run lock of the store at `storePath`, without taking it.
    ///
    /// Opens `<store>.lock` read-only (never creating it) and asks for a shared lock without waiting: a
    /// run's exclusive lock refuses it. A shared lock granted is dropped at once. A run that starts in
    /// that instant may be refused as busy (exit 75); its next attempt proceeds.
    ///
    /// - Returns: ``RunLiveness/holdsLock`` when a process holds it, ``RunLiveness/died`` when none
    ///   does (or there is no lock file), ``RunLiveness/unknown(_:)`` when the file cannot be opened.
    public static func probe(storePath: String) -> RunLiveness {
        let path = storePath + ".lock"
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return .died }
            return .unknown("cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else {
            if errno == EWOULDBLOCK { return .holdsLock }
            return .unknown("cannot check the lock file \(path): \(String(cString: strerror(errno)))")
        }
        flock(descriptor, LOCK_UN)
        return .died
    }
}
