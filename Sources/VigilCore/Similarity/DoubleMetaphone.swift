/// Lawrence Philips' Double Metaphone phonetic keys (the 2000 C++ original).
///
/// Use it to block and compare names that sound alike but are spelt differently ("SMITH" and "SCHMIDT" share the key
/// XMT; "MOHAMMED" and "MUHAMMAD" share MHMT). Each word gets a primary key and an alternate key for a second
/// plausible pronunciation (see ``PhoneticKeys``).
///
/// The rules are Philips' original ones, including his treatment of Germanic, Slavic, Spanish, Italian, French,
/// Greek and Chinese spellings. Where the Python `metaphone` package departs from the original we follow the original:
/// "GH" early in a word ("HUGHES" is HS, not HHS), "MB" after "U" ("DUMB" is TM), the end of the word counting as a
/// space ("JOSE" is HS, "LOCH" is LK, "ROGIER" is RJ/RJR), and an initial "W" still reaching the "WICZ"/"WITZ" rule.
///
/// Input is expected to be a normalised uppercase ASCII word. Lowercase ASCII letters are uppercased and every other
/// byte (spaces, apostrophes, digits, non-ASCII) is ignored, so "O'CONNOR" is keyed as "OCONNOR". Keys are at most
/// `maxLength` characters (4 by default, as in the original); words up to a few hundred bytes are keyed without heap
/// allocation, and keys of up to 15 characters are stored inline in their `String`s.
///
/// ```swift
/// DoubleMetaphone.keys(for: "SMITH")  // primary "SM0", alternate "XMT"
/// ```
public enum DoubleMetaphone {
    /// Double Metaphone keys of a word, each at most `maxLength` characters.
    ///
    /// Use the default length of 4 for blocking and comparison, as the algorithm was tuned for it; a longer key
    /// separates long names better at the cost of recall.
    public static func keys(for word: String, maxLength: Int = 4) -> PhoneticKeys {
        var word = word
        return word.withUTF8 { keys(for: $0, maxLength: maxLength) }
    }

    /// Double Metaphone keys of a word given as bytes, each at most `maxLength` characters.
    ///
    /// The form to use in the linkage hot path, on normalised uppercase ASCII names.
    public static func keys(for word: [UInt8], maxLength: Int = 4) -> PhoneticKeys {
        word.withUnsafeBufferPointer { keys(for: $0, maxLength: maxLength) }
    }

    static func keys(for word: UnsafeBufferPointer<UInt8>, maxLength: Int) -> PhoneticKeys {
        precondition(maxLength > 0, "a phonetic key needs room for at least one character")
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 2 * maxLength) { storage in
            var letterCount = 0
            for byte in word {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    storage[letterCount] = byte
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    storage[letterCount] = byte - 32
                default:
                    continue
                }
                letterCount += 1
            }
            let letters = UnsafeBufferPointer(rebasing: storage[0..<letterCount])
            let keyStart = word.count
            var encoder = Encoder(
                word: letters,
                primary: KeyBuffer(storage: storage[keyStart..<(keyStart + maxLength)]),
                alternate: KeyBuffer(storage: storage[(keyStart + maxLength)...])
            )
            encoder.encode()
            return PhoneticKeys(primary: encoder.primary.string, alternate: encoder.alternate.string)
        }
    }
}

extension DoubleMetaphone {
    /// A key under construction; characters beyond its capacity are dropped, which truncates the key.
    struct KeyBuffer {
        let storage: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        init(storage: Slice<UnsafeMutableBufferPointer<UInt8>>) {
            self.storage = UnsafeMutableBufferPointer(rebasing: storage)
        }

        var isFull: Bool { count == storage.count }

        var string: String { String(decoding: UnsafeBufferPointer(rebasing: storage[0..<count]), as: UTF8.self) }

        mutating func append(_ code: StaticString) {
            let bytes = UnsafeBufferPointer(start: code.utf8Start, count: code.utf8CodeUnitCount)
            for byte in bytes where !isFull {
                storage[count] = byte
                count += 1
            }
        }
    }

    /// Walks a word of uppercase letters left to right, appending to both keys; one method per letter family.
    ///
    /// Positions outside the word read as in the C++ original: before the start as nothing, after the end as spaces,
    /// so rules that look for "a space after" fire at the end of the word.
    struct Encoder {
        let word: UnsafeBufferPointer<UInt8>
        var primary: KeyBuffer
        var alternate: KeyBuffer
        var current = 0
        let last: Int
        let isSlavoGermanic: Bool

        init(word: UnsafeBufferPointer<UInt8>, primary: KeyBuffer, alternate: KeyBuffer) {
            self.word = word
            self.primary = primary
            self.alternate = alternate
            self.last = word.count - 1
            var slavoGermanic = false
            for index in word.indices where word[index] == UInt8(ascii: "W") || word[index] == UInt8(ascii: "K") {
                slavoGermanic = true
            }
            self.isSlavoGermanic = slavoGermanic || Self.contains(word, "CZ")
        }

        mutating func encode() {
            // Silent first letters, and initial X said as Z (mapped to S), e.g. "XAVIER".
            if has(0, "GN") || has(0, "KN") || has(0, "PN") || has(0, "WR") || has(0, "PS") {
                current += 1
            }
            if at(0) == UInt8(ascii: "X") {
                add("S")
                current += 1
            }
            while current < word.count && !(primary.isFull && alternate.isFull) {
                switch at(current) {
                case UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "U"),
                    UInt8(ascii: "Y"):
                    // Vowels count only at the start, where they all become A.
                    if current == 0 {
                        add("A")
                    }
                    current += 1
                case UInt8(ascii: "C"): encodeC()
                case UInt8(ascii: "G"): encodeG()
                case UInt8(ascii: "J"): encodeJ()
                case UInt8(ascii: "S"): encodeS()
                case UInt8(ascii: "T"): encodeT()
                case UInt8(ascii: "W"): encodeW()
                case UInt8(ascii: "X"): encodeX()
                case UInt8(ascii: "Z"): encodeZ()
                default: encodeSimpleConsonant()
                }
            }
        }

        // MARK: Reading the word

        /// The letter at `index`: 0 before the word, a space after it.
        func at(_ index: Int) -> UInt8 {
            if index < 0 { return 0 }
            return index < word.count ? word[index] : UInt8(ascii: " ")
        }

        /// Whether the letters from `start` spell `text` (never true for a start before the word).
        func has(_ start: Int, _ text: StaticString) -> Bool {
            guard start >= 0 else { return false }
            let count = text.utf8CodeUnitCount
            for offset in 0..<count where at(start + offset) != text.utf8Start[offset] {
                return false
            }
            return true
        }

        /// Whether the letter at `index` is one of `letters`.
        func isOne(_ index: Int, of letters: StaticString) -> Bool {
            let letter = at(index)
            guard letter != 0 else { return false }
            let count = letters.utf8CodeUnitCount
            for offset in 0..<count where letters.utf8Start[offset] == letter {
                return true
            }
            return false
        }

        /// Whether the letter at `index` is a vowel (A, E, I, O, U, Y) inside the word.
        func isVowel(_ index: Int) -> Bool {
            index >= 0 && index < word.count && isOne(index, of: "AEIOUY")
        }

        /// Whether the word starts "VAN " / "VON " or with "SCH", the original's test for an obviously Germanic name.
        var isObviouslyGermanic: Bool {
            has(0, "VAN ") || has(0, "VON ") || has(0, "SCH")
        }

        static func contains(_ word: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard word.count >= count else { return false }
            for start in 0...(word.count - count) {
                var matched = true
                for offset in 0..<count where word[start + offset] != text.utf8Start[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            return false
        }

        // MARK: Writing the keys

        /// Appends `code` to both keys.
        mutating func add(_ code: StaticString) {
            primary.append(code)
            alternate.append(code)
        }

        /// Appends `main` to the primary key and `other` to the alternate key.
        mutating func add(_ main: StaticString, _ other: StaticString) {
            primary.append(main)
            alternate.append(other)
        }

        /// Skips one letter, or two when the next letter is the same one doubled.
        mutating func skip(doubling letter: UInt8) {
            current += at(current + 1) == letter ? 2 : 1
        }
    }
}
