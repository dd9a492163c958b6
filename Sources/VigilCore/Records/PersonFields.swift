/// The name and address fields of a person as UTF-8 bytes, borrowed for one feature extraction.
///
/// A linker reading an extract need not make a `String` of every field of every row only to look it up
/// in a cache: it can lend the bytes where they lie (a CSV row's buffer) and the extractor makes text
/// only of values it has not seen before. The buffers are valid only for the call they are lent to;
/// the extractor never keeps them.
public struct PersonFields {
    public var forenames: UnsafeBufferPointer<UInt8>
    public var surname: UnsafeBufferPointer<UInt8>
    /// Date of birth as recorded (placeholders are judged by the extractor).
    public var dateOfBirth: CalendarDate?
    public var addressLine: UnsafeBufferPointer<UInt8>
    public var town: UnsafeBufferPointer<UInt8>
    public var postcode: UnsafeBufferPointer<UInt8>
    public var uprn: UnsafeBufferPointer<UInt8>

    public init(
        forenames: UnsafeBufferPointer<UInt8>,
        surname: UnsafeBufferPointer<UInt8>,
        dateOfBirth: CalendarDate?,
        addressLine: UnsafeBufferPointer<UInt8>,
        town: UnsafeBufferPointer<UInt8>,
        postcode: UnsafeBufferPointer<UInt8>,
        uprn: UnsafeBufferPointer<UInt8>
    ) {
        self.forenames = forenames
        self.surname = surname
        self.dateOfBirth = dateOfBirth
        self.addressLine = addressLine
        self.town = town
        self.postcode = postcode
        self.uprn = uprn
    }

    /// Calls `body` with the fields of a record given as strings: their bytes are copied into one
    /// temporary buffer, valid inside `body` only.
    public static func withFields<Result>(
        forenames: String,
        surname: String,
        dateOfBirth: CalendarDate?,
        addressLine: String,
        town: String,
        postcode: String,
        uprn: String,
        _ body: (PersonFields) -> Result
    ) -> Result {
        let counts = (
            forenames.utf8.count, surname.utf8.count, addressLine.utf8.count, town.utf8.count,
            postcode.utf8.count, uprn.utf8.count
        )
        let total = counts.0 + counts.1 + counts.2 + counts.3 + counts.4 + counts.5
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(total, 1)) { buffer in
            /// Copies a text's bytes into the buffer from `start`.
            func part(_ text: String, from start: Int, count: Int) -> UnsafeBufferPointer<UInt8> {
                let slice = UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + count)])
                _ = slice.initialize(from: text.utf8)
                return UnsafeBufferPointer(slice)
            }
            let surnameStart = counts.0
            let lineStart = surnameStart + counts.1
            let townStart = lineStart + counts.2
            let postcodeStart = townStart + counts.3
            let uprnStart = postcodeStart + counts.4
            let fields = PersonFields(
                forenames: part(forenames, from: 0, count: counts.0),
                surname: part(surname, from: surnameStart, count: counts.1),
                dateOfBirth: dateOfBirth,
                addressLine: part(addressLine, from: lineStart, count: counts.2),
                town: part(town, from: townStart, count: counts.3),
                postcode: part(postcode, from: postcodeStart, count: counts.4),
                uprn: part(uprn, from: uprnStart, count: counts.5)
            )
            return body(fields)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes as a `String` (invalid UTF-8 repaired, as `String(decoding:)` does).
    var text: String { String(decoding: self, as: UTF8.self) }

    /// Whether every byte is a space or a tab (so also when empty).
    var isBlank: Bool { allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The bytes without leading and trailing spaces and tabs.
    var trimmingSpaces: UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = count
        while start < end, self[start] == 0x20 || self[start] == 0x09 { start += 1 }
        while end > start, self[end - 1] == 0x20 || self[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: self[start..<end])
    }
}
