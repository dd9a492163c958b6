/// Why `vigil demo` cannot go on: a message for the person at the terminal.
struct DemoError: Error, CustomStringConvertible, Sendable {
    /// What is wrong and what to do.
    let message: String

    /// Creates an error with its message.
    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
