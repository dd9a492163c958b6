import Foundation

/// A failure to write a synthetic world, with what a person needs to fix it.
public struct SyntheticWorldError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// A file or directory could not be created or written.
        public static let cannotWrite = Code("cannotWrite")
        /// The parameters cannot describe a world (for example a negative count).
        public static let invalidParameters = Code("invalidParameters")

        public var description: String { name }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A human explanation.
    public var message: String
    /// The file or directory concerned, if any.
    public var path: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
    }

    /// The explanation alone, as a person reads it ("cannot create the folder world: a file of that
    /// name is in the way"); `code` is for programs.
    public var description: String { message }

    /// The operating system's words for the last failed C call (`errno`), such as "No space left on device".
    static var systemReason: String { String(cString: strerror(errno)) }

    /// The operating system's words for a Foundation error: its POSIX cause when it has one.
    static func reason(of error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        return error.localizedDescription
    }
}
