import Foundation

/// Messages for the person at the terminal, on standard error so standard output stays data.
enum Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data(("vigil: " + message + "\n").utf8))
    }
}
