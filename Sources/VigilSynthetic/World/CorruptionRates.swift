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
    /// Apostrophe dropped or spaced (O'Brien → OBrien, O Brien); comma dropped after a flat number.
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

    /// No corruption at all: records carry exactly what HR would, except for the genuine differences
    /// of time (maiden names before a marriage, former addresses before a move) and no middle names.
    /// Useful in tests, where a clean world makes the truth checkable field by field.
    public static var none: CorruptionRates {
        var rates = CorruptionRates()
        rates.forenameTypo = 0
        rates.surnameTypo = 0
        rates.nickname = 0
        rates.muhammadSpelling = 0
        rates.muhammadDropped = 0
        rates.middleNameKept = 0
        rates.namesSwapped = 0
        rates.maidenAfterMarriage = 0
        rates.hyphenHalf = 0
        rates.diacriticsStripped = 0
        rates.punctuation = 0
        rates.uppercase = 0
        rates.titleInForenames = 0
        rates.placeholderName = 0
        rates.blankForenames = 0
        rates.missingDateOfBirth = 0
        rates.placeholderDateOfBirth = 0
        rates.dateOfBirthError = 0
        rates.nonISODate = 0
        rates.blankAddress = 0
        rates.abbreviation = 0
        rates.flatOmitted = 0
        rates.blankTown = 0
        rates.missingPostcode = 0
        rates.postcodeFormat = 0
        rates.uprnPresent = 1
        return rates
    }
}
