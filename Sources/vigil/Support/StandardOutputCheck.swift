// `@preconcurrency`: C's `stdout` is a global variable, which Swift 6 treats as shared mutable state;
// it is only read here, on the exiting thread.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Makes a lost report a failure: if what a command printed could not all be written to standard output
/// (a full disk, a closed file), `vigil` says so and exits 1 rather than 0.
///
/// `print` writes through C's buffered standard output and drops its errors; this flushes that buffer
/// as the process ends and checks it, as the classic Unix tools do.
enum StandardOutputCheck {
    /// Registers the check to run at exit.
    static func install() {
        atexit {
            guard fflush(stdout) != 0 || ferror(stdout) != 0 else { return }
            let reason = String(cString: strerror(errno))
            fputs("vigil: cannot write standard output: \(reason)\n", stderr)
            _exit(1)
        }
    }
}
