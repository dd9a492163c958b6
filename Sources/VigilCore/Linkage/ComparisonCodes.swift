/// What the cheap half of a person comparison reads: the date of birth and the address's hashes.
///
/// The roster keeps these for every employee in one contiguous array (`IndexedRoster.codes`), so that
/// scoring a record's candidates reads a few dozen bytes per employee from memory that stays in cache,
/// instead of visiting each employee's `PersonFeatures` object (a cache miss apiece, and a reference
/// count). The object is visited only when names are compared or a street or town needs spelling checks.
struct ComparisonCodes: Sendable {
    /// Date of birth; `nil` when missing or a placeholder.
    var dateOfBirth: CalendarDate?
    /// The address's parts as hashes.
    var address: AddressCodes

    init(dateOfBirth: CalendarDate?, address: AddressCodes) {
        self.dateOfBirth = dateOfBirth
        self.address = address
    }
}
