/// What the cheap half of a person comparison reads: the date of birth and the address's hashes.
///
/// The roster keeps these for every employee in one contiguous array (`IndexedRoster.codes`), so that
/// scoring a record's candidates reads a few dozen bytes per employee from memory that stays in cache,
/// instead of visiting each employee's `PersonFeatures` object (a cache miss apiece, and a reference
/// count). The object is visited only when names are compared or a street or town needs spelling checks.
struct ComparisonCodes: Sendable {
    /// Date of birth; `nil` when missing or a placeholder.
    var dateOfBirth: CalendarDate?
    /// The date of birth as days since 1970-01-01 (0 when missing), for "a day apart".
    var birthDays: Int32 = 0
    /// The date of birth written YYYYMMDD, one decimal digit per four bits, so that "one digit differs"
    /// and "two neighbouring digits swapped" are a few bit operations instead of eight divisions.
    var birthDigits: UInt32 = 0
    /// The address's parts as hashes.
    var address: AddressCodes

    init(dateOfBirth: CalendarDate?, address: AddressCodes) {
        self.dateOfBirth = dateOfBirth
        self.address = address
        if let date = dateOfBirth {
            birthDays = Int32(date.daysSinceEpoch)
            var digits: UInt32 = 0
            var value = Int(date.year) * 10_000 + Int(date.month) * 100 + Int(date.day)
            for position in 0..<8 {
                digits |= UInt32(value % 10) << UInt32(4 * position)
                value /= 10
            }
            birthDigits = digits
        }
    }
}
