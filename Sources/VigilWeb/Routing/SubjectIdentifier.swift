/// How the dashboard reads an alert number or an employee id, whether a path names it or a person typed
/// it into a box (the home page's alert number, the access review's subject).
///
/// One rule everywhere, so that what one page refuses another does not quietly accept and record: the
/// access review must not index an "alert abc" in the audit trail that no alert page could ever have.
///
/// ```swift
/// SubjectIdentifier.alertNumber("42")          // 42
/// SubjectIdentifier.alertNumber("12abc")       // nil
/// SubjectIdentifier.isEmployeeID("E100248")    // true
/// ```
enum SubjectIdentifier {
    /// The longest employee id or user name accepted.
    static let maximumLength = 64

    /// An alert number: a whole number above zero written in figures only (`42`), or `nil`.
    static func alertNumber(_ text: String) -> Int64? {
        guard !text.isEmpty, text.utf8.allSatisfy(isFigure), let number = Int64(text), number > 0 else {
            return nil
        }
        return number
    }

    /// Whether `text` can be an employee id: 1 to 64 letters, figures, `-`, `_`, `.` or `/` (roster ids
    /// such as `E100248` or `PC-4471`), and no spaces, quotes or markup.
    static func isEmployeeID(_ text: String) -> Bool {
        (1...maximumLength).contains(text.utf8.count)
            && text.utf8.allSatisfy { byte in
                isFigure(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/")].contains(byte)
            }
    }

    private static func isFigure(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
