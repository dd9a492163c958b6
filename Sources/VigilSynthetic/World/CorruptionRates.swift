/// How often each error or variation is applied when a person record or incident location is written.
///
/// Each rate is the probability per record that the corruption is applied, among records where it
/// can apply (a nickname needs a formal forename with a short form; flat omission needs a flat).
public struct CorruptionRates: Sendable, Codable, Equatable {
    /// One letter inserted, deleted, substituted or transposed in the forename.
    public var forenameTypo = 0.03
    /// One letter inserted, deleted, substituted or transposed in the surname.
    public var surnameTypo = 0.03
    /// Formal forename replaced by a short form (Robert → Bob).
    public var nickname = 0.10
    /// Muhammad written in another spelling (Mohammed, Mohd, Md ...).
    public var muhammadSpelling = 0.35
    /// The Muhammad first element dropped, leaving the name in use.
    public var muhammadDropped = 0.15
    /// Middle name recorded (HR always records it).
    public var middleNameKept = 0.30
    /// Forename and surname swapped.
    public var namesSwapped = 0.015
    /// Maiden name used after marriage.
    public var maidenAfterMarriage = 0.05
    /// Only one half of a double-barrelled surname recorded.
    public var hyphenHalf = 0.35
    /// Diacritics stripped from a name that has them.
    public var diacriticsStripped = 0.6
    /// Apostrophe dropped or spaced (O'Brien → OBrien, O Brien).
    public var punctuation = 0.3
    /// Names written in capitals.
    public var uppercase = 0.35
    /// Title and whole name in the forenames field ("MR JOHN SMITH").
    public var titleInForenames = 0.015
    /// Placeholder name ("UNKNOWN", "NOT KNOWN"), public records only.
    public var placeholderName = 0.01
    /// Forenames left blank.
    public var blankForenames = 0.005
    /// Date of birth missing.
    public var missingDateOfBirth = 0.20
    /// Placeholder date of birth: 1900-01-01 or 1 January of the true year.
    public var placeholderDateOfBirth = 0.02
    /// Date of birth wrong: day and month transposed, a digit mistyped, or a year out.
    public var dateOfBirthError = 0.03
    /// Date written day-first (`DD/MM/YYYY`) instead of ISO.
    public var nonISODate = 0.01
    /// Address, town, postcode and UPRN all blank.
    public var blankAddress = 0.06
    /// Street suffix abbreviated (Road → Rd).
    public var abbreviation = 0.20
    /// Flat part of the address left out.
    public var flatOmitted = 0.30
    /// Town left blank.
    public var blankTown = 0.05
    /// Postcode left blank.
    public var missingPostcode = 0.10
    /// Postcode written without its space, in lower case or with extra spaces.
    public var postcodeFormat = 0.10
    /// UPRN present on a person record or incident location (HR: 95%).
    public var uprnPresent = 0.50

    /// The default rates.
    public init() {}
}
