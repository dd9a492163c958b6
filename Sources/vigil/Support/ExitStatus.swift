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
}
