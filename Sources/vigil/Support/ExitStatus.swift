import ArgumentParser

/// The exit codes `vigil` uses, documented in the README.
enum ExitStatus {
    /// Everything worked.
    static let success = ExitCode(0)
    /// Something failed: a file could not be read, a model is invalid, ...
    static let failure = ExitCode(1)
    /// The command line itself was wrong (swift-argument-parser's validation code).
    static let usage = ExitCode(64)
    /// The work completed, but some input rows were rejected (see the rejects file).
    static let completedWithRejects = ExitCode(3)
    /// A run published its results, but a data-quality gate failed.
    static let degraded = ExitCode(4)
    /// Another run holds the store (EX_TEMPFAIL: try again later).
    static let busy = ExitCode(75)
}
