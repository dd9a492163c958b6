/// Splits folded address bytes into comma-separated segments of tokens, for ``AddressParser``.
///
/// Letters and digits make tokens; apostrophes and dots are dropped ("ST. MARY'S" → "ST MARYS");
/// a `-` or `/` between digits stays inside the token ("12-14", "3/12"), as does a spaced range
/// ("12 - 14"); other punctuation separates tokens, and commas, semicolons and newlines separate segments.
enum AddressTokeniser {
    static func segments(_ bytes: [UInt8]) -> [[String]] {
        var segments: [[String]] = []
        var tokens: [String] = []
        var current: [UInt8] = []
        var pendingDash = false

        func endToken() {
            guard !current.isEmpty else { return }
            let token = String(decoding: current, as: UTF8.self)
            current.removeAll(keepingCapacity: true)
            if pendingDash, let last = tokens.last, isNumberLike(last),
                token.utf8.first.map(TextFolding.isDigit) == true
            {
                tokens[tokens.count - 1] = last + "-" + token
            } else {
                tokens.append(token)
            }
            pendingDash = false
        }
        func endSegment() {
            endToken()
            pendingDash = false
            if !tokens.isEmpty { segments.append(tokens) }
            tokens.removeAll(keepingCapacity: true)
        }

        for (index, byte) in bytes.enumerated() {
            if TextFolding.isLetter(byte) || TextFolding.isDigit(byte) {
                current.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if let last = current.last, TextFolding.isDigit(last) || TextFolding.isLetter(last),
                    current.first.map(TextFolding.isDigit) == true, TextFolding.isDigit(next)
                {
                    current.append(byte)
                } else {
                    endToken()
                    pendingDash = byte == UInt8(ascii: "-") && tokens.last.map(isNumberLike) == true
                }
            case UInt8(ascii: ","), UInt8(ascii: ";"), 0x0A, 0x0D:
                endSegment()
            default:
                if !current.isEmpty {
                    endToken()
                } else if !TextFolding.isSpace(byte) {
                    pendingDash = false
                }
            }
        }
        endSegment()
        return segments
    }

    /// Whether a token is a house or flat number: digits, an optional letter, and an optional
    /// `-` or `/` with a second such number ("12", "12A", "12-14", "3/12").
    static func isNumberLike(_ token: String) -> Bool {
        var state = 0  // 0: first digits, 1: after letter, 2: after separator, 3: second digits, 4: after letter
        var sawDigit = false
        for byte in token.utf8 {
            let digit = TextFolding.isDigit(byte)
            switch state {
            case 0, 3:
                if digit {
                    sawDigit = true
                } else if TextFolding.isLetter(byte) && sawDigit {
                    state += 1
                } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")) && state == 0 && sawDigit {
                    state = 2
                    sawDigit = false
                } else {
                    return false
                }
            case 1:
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") else { return false }
                state = 2
                sawDigit = false
            case 2:
                guard digit else { return false }
                state = 3
                sawDigit = true
            default:
                return false
            }
        }
        return sawDigit || state == 1 || state == 4
    }
}
