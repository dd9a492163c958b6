/// Whether the process of a run still recorded as *running* is alive, as told by the run lock.
///
/// A run holds the store's run lock (an `flock` the kernel releases however the process ends) from
/// before it is recorded until after its outcome is recorded. So a run still recorded as running while
/// no process holds the lock has died: killed, out of memory, or the machine stopped.
public enum RunLiveness: Hashable, Sendable {
    /// A process holds the run lock: the run is still going.
    case holdsLock
    /// No process holds the run lock: the run died before it finished.
    case died
    /// The lock could not be checked; the reason, in plain words.
    case unknown(String)
}
