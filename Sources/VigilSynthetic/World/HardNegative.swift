/// A member of the public who looks like an employee but is not them; their records are never truth.
struct HardNegative: Sendable {
    /// Why this person is easy to confuse with the employee.
    enum Kind: String, CaseIterable, Sendable {
        /// Lives at the employee's address with the same surname; different forename and birth date.
        case relative
        /// Same surname, birth date and address; different forename.
        case twin
        /// Same forename, surname and birth date; lives elsewhere.
        case namesake
        /// Same forename and surname in the same postcode; different house and birth date.
        case sameNameNeighbour
    }

    var person: Int32
    var employee: Int32
    var kind: Kind
}
