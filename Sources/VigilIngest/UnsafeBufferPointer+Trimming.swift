extension UnsafeBufferPointer<UInt8> {
    /// The UTF-8 bytes without leading and trailing spaces, tabs and non-breaking spaces, as
    /// ``Swift/StringProtocol/trimmingSpaces`` trims text.
    ///
    /// A non-breaking space (U+00A0, `C2 A0` in UTF-8; one byte `A0` in Windows-1252, read as the same
    /// character) pads values exported from Excel and web forms; left in, it made a date unreadable and
    /// a header name unknown. `C2` never continues a character and `A0` never starts one, so the pair is
    /// always that character.
    var trimmingSpaces: UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = count
        while start < end {
            if self[start] == 0x20 || self[start] == 0x09 {
                start += 1
            } else if self[start] == 0xC2, start + 1 < end, self[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while end > start {
            if self[end - 1] == 0x20 || self[end - 1] == 0x09 {
                end -= 1
            } else if self[end - 1] == 0xA0, end - 2 >= start, self[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: self[start..<end])
    }
}
