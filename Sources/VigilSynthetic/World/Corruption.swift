/// Each kind of error or variation the generator can put into a written row.
///
/// The raw value is the key used in `world.json` and in `WorldSummary`'s count tables.
public enum Corruption: String, CaseIterable, Sendable, Codable {
    case forenameTypo
    case surnameTypo
    case nickname
    case muhammadSpelling
    case muhammadDropped
    case middleNameKept
    case namesSwapped
    /// Not an error: the record predates the marriage, so it rightly carries the maiden name.
    case maidenBeforeMarriage
    case maidenAfterMarriage
    case hyphenHalf
    case diacriticsStripped
    case punctuation
    case uppercase
    case titleInForenames
    case placeholderName
    case blankForenames
    case missingDateOfBirth
    case placeholderDateOfBirth
    case dateOfBirthError
    case nonISODate
    /// Not an error: the record predates a move, so it rightly carries the former address.
    case formerAddress
    case blankAddress
    case abbreviation
    case flatOmitted
    case blankTown
    case missingPostcode
    case postcodeFormat
    case uprnPresent
}
