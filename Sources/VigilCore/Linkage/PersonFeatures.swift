/// A person (employee or police record) prepared for comparison: normalised once, compared many times.
public struct PersonFeatures: Hashable, Sendable {
    /// The forename tokens that can carry the name in use (a leading Muhammad form is set aside when
    /// another forename follows it).
    public var forenames: [NameToken]
    /// A leading Muhammad-form token set aside from `forenames`, if any.
    public var muhammadPrefix: NameToken?
    /// All forenames as normalised, for display.
    public var forenamesText: String
    /// The surname in compact form (no spaces or hyphens).
    public var surname: NameToken?
    /// Other surnames the person may be recorded under: hyphen parts and previous surnames.
    public var surnameAlternatives: [NameToken]
    /// Date of birth; `nil` when missing or a placeholder.
    public var dateOfBirth: CalendarDate?
    /// Home address.
    public var address: AddressFeatures
    /// Relative frequency of the first forename, for term-frequency adjustment.
    public var forenameFrequency: Double
    /// Relative frequency of the surname, for term-frequency adjustment.
    public var surnameFrequency: Double

    public init(
        forenames: [NameToken] = [],
        muhammadPrefix: NameToken? = nil,
        forenamesText: String = "",
        surname: NameToken? = nil,
        surnameAlternatives: [NameToken] = [],
        dateOfBirth: CalendarDate? = nil,
        address: AddressFeatures = AddressFeatures(),
        forenameFrequency: Double = 0,
        surnameFrequency: Double = 0
    ) {
        self.forenames = forenames
        self.muhammadPrefix = muhammadPrefix
        self.forenamesText = forenamesText
        self.surname = surname
        self.surnameAlternatives = surnameAlternatives
        self.dateOfBirth = dateOfBirth
        self.address = address
        self.forenameFrequency = forenameFrequency
        self.surnameFrequency = surnameFrequency
    }

    /// The first forename in use, if any.
    public var firstForename: NameToken? {
        forenames.first ?? muhammadPrefix
    }
}
