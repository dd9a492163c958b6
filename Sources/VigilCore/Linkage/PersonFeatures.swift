/// A person (employee or police record) prepared for comparison: normalised once, compared many times.
///
/// A final class with constant properties, so handing one to the comparator for each of a record's
/// candidates costs one reference count, not one for every name and address field.
public final class PersonFeatures: Sendable {
    // Stored in this order so that what comparing names reads shares the object's first cache line.
    /// The first of `forenames` and how many there are, kept beside them so that comparing names reads
    /// the list itself only when either side has more than one.
    let leadingForename: NameToken?
    let forenameCount: Int
    /// The forename tokens that can carry the name in use (a leading Muhammad form is set aside when
    /// another forename follows it).
    public let forenames: [NameToken]
    /// A leading Muhammad-form token set aside from `forenames`, if any.
    public let muhammadPrefix: NameToken?
    /// The surname in compact form (no spaces or hyphens).
    public let surname: NameToken?
    /// Other surnames the person may be recorded under: hyphen parts and previous surnames.
    public let surnameAlternatives: [NameToken]
    /// Relative frequency of the first forename, for term-frequency adjustment.
    public let forenameFrequency: Double
    /// Relative frequency of the surname, for term-frequency adjustment.
    public let surnameFrequency: Double
    /// The address's house name, street and town, held apart so that a spelling check reads their bytes
    /// without copying the whole address.
    let place: AddressPlace
    /// Whether the surname was taken from a whole name written into the forenames field (the surname
    /// field was blank), so explanations can say where it came from.
    public let surnameFromForenames: Bool
    /// All forenames as normalised, for display.
    public let forenamesText: String
    /// Date of birth; `nil` when missing or a placeholder.
    public let dateOfBirth: CalendarDate?
    /// Date of birth and the address's parts as hashes, for the comparator's hot path.
    let codes: ComparisonCodes
    /// Home address.
    public let address: AddressFeatures
    /// A date of birth given but set aside as a placeholder (1900-01-01, a police 1 January, a year
    /// outside 1900–2099), so that explanations can show it; `nil` when none was given or it was used.
    public let placeholderDateOfBirth: CalendarDate?

    public init(
        forenames: [NameToken] = [],
        muhammadPrefix: NameToken? = nil,
        forenamesText: String = "",
        surname: NameToken? = nil,
        surnameAlternatives: [NameToken] = [],
        surnameFromForenames: Bool = false,
        dateOfBirth: CalendarDate? = nil,
        placeholderDateOfBirth: CalendarDate? = nil,
        address: consuming AddressFeatures = AddressFeatures(),
        forenameFrequency: Double = 0,
        surnameFrequency: Double = 0
    ) {
        self.forenames = forenames
        leadingForename = forenames.first
        forenameCount = forenames.count
        self.muhammadPrefix = muhammadPrefix
        self.forenamesText = forenamesText
        self.surname = surname
        self.surnameAlternatives = surnameAlternatives
        self.surnameFromForenames = surnameFromForenames
        self.dateOfBirth = dateOfBirth
        self.placeholderDateOfBirth = placeholderDateOfBirth
        self.codes = ComparisonCodes(dateOfBirth: dateOfBirth, address: AddressCodes(address))
        self.place = address.place
        self.address = address
        self.forenameFrequency = forenameFrequency
        self.surnameFrequency = surnameFrequency
    }

    /// The town's bytes, for the string comparators.
    var townBytes: [UInt8] { place.townBytes }

    /// The first forename in use, if any.
    public var firstForename: NameToken? {
        leadingForename ?? muhammadPrefix
    }
}
