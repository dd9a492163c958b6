import Foundation

/// An address line that holds the whole address, postcode and all, while the postcode field is empty:
/// "41 Shirley Drive, Wolverhampton, WV6 4NQ" or "41 Shirley Drive Wolverhampton WV6 4NQ".
///
/// Many systems keep the address in one free-text field. Read as a street, such a line hides its
/// postcode (and its town), and the employee's own address scored as "postcode missing". The postcode is
/// taken from the end of the line only when it is a valid UK postcode; with commas, the part before it
/// is taken as the town when the town field is empty and the part holds no digits.
public struct WholeAddressLine: Equatable, Sendable {
    /// The line without the postcode (and town) taken from it.
    public var line: String
    /// The town: the town field, or the part taken from the line.
    public var town: String
    /// The postcode taken from the line.
    public var postcode: String

    /// The parts of `line`, or nil when the postcode field is given or the line does not end in a
    /// valid UK postcode.
    public init?(line: String, town: String, postcode: String) {
        guard postcode.allSatisfy(\.isWhitespace), Self.mayEndInPostcode(Array(line.utf8)) else { return nil }
        var parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count >= 2, let last = parts.last, case .valid = PostcodeValue.parse(last) {
            parts.removeLast()
            self.postcode = last
            self.town = town
            if town.allSatisfy(\.isWhitespace), parts.count >= 2, let place = parts.last,
                !place.contains(where: \.isNumber)
            {
                parts.removeLast()
                self.town = place
            }
            self.line = parts.joined(separator: ", ")
            return
        }
        // No commas: the last two words, as in "... WV6 4NQ".
        var words = line.split(separator: " ")
        guard words.count >= 3 else { return nil }
        let code = words[words.count - 2] + " " + words[words.count - 1]
        guard case .valid = PostcodeValue.parse(String(code)) else { return nil }
        words.removeLast(2)
        self.line = words.joined(separator: " ")
        self.town = town
        self.postcode = String(code)
    }

    /// Whether the text ends in a digit and two letters (spaces aside), as every UK postcode's inward
    /// code does: a test cheap enough to make on every line that comes without a postcode.
    public static func mayEndInPostcode(_ bytes: some Collection<UInt8>) -> Bool {
        // The last three bytes that are not spaces, last first; no array, as this runs on every record
        // without a postcode.
        var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var found = 0
        for byte in bytes.reversed() where byte != 0x20 && byte != 0x09 {
            switch found {
            case 0: tail.0 = byte
            case 1: tail.1 = byte
            default: tail.2 = byte
            }
            found += 1
            if found == 3 { break }
        }
        guard found == 3 else { return false }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte & 0xDF) }
        return isLetter(tail.0) && isLetter(tail.1) && (0x30...0x39).contains(tail.2)
    }
}
