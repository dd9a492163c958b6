/// A 64-bit hash naming one block: a rule tag plus the values the rule uses.
///
/// Keys are hashed (FNV-1a) rather than stored as strings to keep the roster index small; a collision
/// only adds a candidate, which scoring then rejects, so it can never create a false match.
struct BlockingKey: Hashable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A key tagged with `rule`'s low eight bits: the rules stored with records (`StoredBlockingKeys`) and
    /// the address index's all lie below 256, and stored keys must not change.
    init(_ rule: BlockingRules) {
        mix(UInt8(truncatingIfNeeded: rule.rawValue))
    }

    mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    mutating func mix(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1F)
    }

    /// Mixes in a value already hashed with ``hash(_:)``.
    mutating func mix(hash: UInt64) {
        mix(Int(Int64(bitPattern: hash)))
    }

    /// FNV-1a of a string's bytes, for values mixed into many keys. A native string's bytes are read in
    /// place; walking its `utf8` view a byte at a time costs several times more.
    @inline(__always)
    static func hash(_ text: String) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { hash(bytes: $0) } ?? hash(bytes: text.utf8)
    }

    /// FNV-1a of some bytes (the caches keyed by text hash with it too).
    @inline(__always)
    static func hash<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return value
    }

    mutating func mix(_ number: Int) {
        var remaining = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }

    static func make(_ rule: BlockingRules, _ build: (inout BlockingKey) -> Void) -> UInt64 {
        var key = BlockingKey(rule)
        build(&key)
        return key.value
    }
}

/// One or two blocking-code hashes, iterable without allocating.
struct BlockingCodes: Sequence, IteratorProtocol, Sendable {
    var first: UInt64?
    var second: UInt64?

    mutating func next() -> UInt64? {
        if let value = first {
            first = nil
            return value
        }
        defer { second = nil }
        return second
    }
}

/// The blocking rules: which roster entries a record is compared with.
///
/// Several independent keys mean a record missed by one (a typo in the surname, a missing date of birth)
/// is still reached by another. Training sessions use single rules.
public struct BlockingRules: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Same date of birth.
    public static let dateOfBirth = BlockingRules(rawValue: 1 << 0)
    /// Date of birth with day and month swapped.
    public static let dateOfBirthTransposed = BlockingRules(rawValue: 1 << 1)
    /// Surname sounds alike and same year of birth.
    public static let surnameAndBirthYear = BlockingRules(rawValue: 1 << 2)
    /// Forename and surname both sound alike (either way round).
    public static let forenameAndSurname = BlockingRules(rawValue: 1 << 3)
    /// Forename in the same variant group and surname sounds alike.
    public static let forenameVariantAndSurname = BlockingRules(rawValue: 1 << 4)
    /// Same postcode and house number.
    public static let postcodeAndHouse = BlockingRules(rawValue: 1 << 5)
    /// Forename sounds alike and same date of birth month and year (catches surname changes).
    public static let forenameAndBirthMonth = BlockingRules(rawValue: 1 << 6)

    /// Same street in the same town and the same initial of either name (catches a corrupted postcode,
    /// date and name).
    public static let streetAndTown = BlockingRules(rawValue: 1 << 7)
    /// Surname sounds alike and same postcode.
    public static let surnameAndPostcode = BlockingRules(rawValue: 1 << 8)
    /// Forename sounds alike and same postcode.
    public static let forenameAndPostcode = BlockingRules(rawValue: 1 << 9)

    /// Surname sounds alike and same house number (catches a corrupted postcode and town).
    public static let surnameAndHouse = BlockingRules(rawValue: 1 << 10)
    /// Same street and house number (catches corrupted names, date and postcode).
    public static let streetAndHouse = BlockingRules(rawValue: 1 << 11)

    /// Every rule: what linking uses.
    public static let all: BlockingRules = [
        .dateOfBirth, .dateOfBirthTransposed, .surnameAndBirthYear, .forenameAndSurname,
        .forenameVariantAndSurname, .postcodeAndHouse, .forenameAndBirthMonth, .streetAndTown,
        .surnameAndPostcode, .forenameAndPostcode, .surnameAndHouse, .streetAndHouse,
    ]
}
