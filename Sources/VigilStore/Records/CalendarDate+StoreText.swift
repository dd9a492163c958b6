import VigilCore

extension CalendarDate {
    /// A date's `YYYY-MM-DD` text in ten bytes on the stack, the same text as `description` for years
    /// 0 to 9999, for hashing and binding millions of dates without allocating a `String` each.
    struct StoreText {
        private var bytes: (UInt64, UInt16) = (0, 0)

        /// `nil` for a year outside 0...9999 (callers fall back to `description`).
        init?(_ date: CalendarDate) {
            let year = Int(date.year)
            guard (0...9999).contains(year), date.month < 100, date.day < 100 else { return nil }
            withUnsafeMutableBytes(of: &bytes) { raw in
                func put(_ offset: Int, _ number: Int, width: Int) {
                    var rest = number
                    for position in stride(from: offset + width - 1, through: offset, by: -1) {
                        raw[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                        rest /= 10
                    }
                }
                put(0, year, width: 4)
                raw[4] = 0x2D
                put(5, Int(date.month), width: 2)
                raw[7] = 0x2D
                put(8, Int(date.day), width: 2)
            }
        }

        /// Calls `body` with the ten bytes.
        func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            try withUnsafeBytes(of: bytes) { try body(UnsafeRawBufferPointer(rebasing: $0[0..<10])) }
        }
    }
}
