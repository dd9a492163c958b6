/// Blocking keys kept with each stored record, so that a new or changed employee can find the stored
/// records that share a block with them without reading them all — the reverse of ``BlockingIndex``.
///
/// A record stores one value per key (its primary phonetic codes); an employee probes with every value
/// that could meet it: its date of birth and the day/month swap, each phonetic code of each surname it
/// is known by, and its names either way round. The four keys are the strongest of the linking rules,
/// so the reverse lookup reaches nearly every pair the forward index does (see the tests).
public struct StoredBlockingKeys: Hashable, Sendable {
    /// Date of birth.
    public var birth: Int64?
    /// Surname sound and birth year.
    public var surname: Int64?
    /// Forename sound and surname sound.
    public var name: Int64?
    /// Postcode and house number (or name); for incident locations too.
    public var place: Int64?
    /// An incident location's UPRN (``AddressBlockingIndex/Rules/uprn``).
    public var uprn: Int64?
    /// An incident location's street, house and town (``AddressBlockingIndex/Rules/streetAndHouse``): the
    /// key that finds a location recorded without a postcode.
    public var street: Int64?

    /// Creates keys from explicit values.
    public init(
        birth: Int64? = nil,
        surname: Int64? = nil,
        name: Int64? = nil,
        place: Int64? = nil,
        uprn: Int64? = nil,
        street: Int64? = nil
    ) {
        self.birth = birth
        self.surname = surname
        self.name = name
        self.place = place
        self.uprn = uprn
        self.street = street
    }

    /// The keys a person record is stored under.
    public init(record: PersonFeatures) {
        let forename = record.firstForename?.codeHashes.first
        let surnameCode = record.surname?.codeHashes.first
        if let dob = record.dateOfBirth {
            birth = Self.birthKey(dob)
            if let surnameCode { surname = Self.surnameKey(surnameCode, year: Int(dob.year)) }
        }
        if let forename, let surnameCode { name = Self.nameKey(forename, surnameCode) }
        place = Self.placeKey(record.address)
    }

    /// The keys an incident location is stored under: every key the home-address linker blocks on
    /// (``AddressBlockingIndex/Rules/linking``), so that a new starter, or an employee who moved, finds
    /// every stored location the linker would have compared with their home.
    public init(location: AddressFeatures) {
        place = Self.placeKey(location)
        uprn = AddressBlockingIndex.uprnKey(location).map { Int64(bitPattern: $0) }
        street = AddressBlockingIndex.streetAndHouseKey(location).map { Int64(bitPattern: $0) }
    }

    /// Every key value under which a record sharing a block with `employee` may be stored.
    public static func probes(for employee: PersonFeatures) -> StoredBlockingProbes {
        var probes = StoredBlockingProbes()
        let forenames = employee.forenames + (employee.muhammadPrefix.map { [$0] } ?? [])
        let surnames = (employee.surname.map { [$0] } ?? []) + employee.surnameAlternatives
        if let dob = employee.dateOfBirth {
            probes.birth.insert(birthKey(dob))
            if dob.day <= 12, dob.day != dob.month,
                let swapped = CalendarDate(year: Int(dob.year), month: Int(dob.day), day: Int(dob.month))
            {
                probes.birth.insert(birthKey(swapped))
            }
            for surname in surnames {
                for code in surname.codeHashes { probes.surname.insert(surnameKey(code, year: Int(dob.year))) }
            }
        }
        for forename in forenames {
            for forenameCode in forename.codeHashes {
                for surname in surnames {
                    for surnameCode in surname.codeHashes {
                        probes.name.insert(nameKey(forenameCode, surnameCode))
                        // Recorded the other way round: surname in the forename field.
                        probes.name.insert(nameKey(surnameCode, forenameCode))
                    }
                }
            }
        }
        if let place = placeKey(employee.address) { probes.place.insert(place) }
        if let uprn = AddressBlockingIndex.uprnKey(employee.address) { probes.uprn.insert(Int64(bitPattern: uprn)) }
        if let street = AddressBlockingIndex.streetAndHouseKey(employee.address) {
            probes.street.insert(Int64(bitPattern: street))
        }
        return probes
    }

    static func birthKey(_ dob: CalendarDate) -> Int64 {
        Int64(dob.daysSinceEpoch)
    }

    static func surnameKey(_ code: UInt64, year: Int) -> Int64 {
        Int64(
            bitPattern: BlockingKey.make(.surnameAndBirthYear) {
                $0.mix(hash: code)
                $0.mix(year)
            }
        )
    }

    static func nameKey(_ forename: UInt64, _ surname: UInt64) -> Int64 {
        Int64(
            bitPattern: BlockingKey.make(.forenameAndSurname) {
                $0.mix(hash: forename)
                $0.mix(hash: surname)
            }
        )
    }

    static func placeKey(_ address: AddressFeatures) -> Int64? {
        guard let postcode = address.evidencePostcode, let house = address.houseNumber ?? address.houseName else {
            return nil
        }
        return Int64(
            bitPattern: BlockingKey.make(.postcodeAndHouse) {
                $0.mix(postcode)
                $0.mix(house)
            }
        )
    }
}

/// The key values one employee probes the stored records with, per key.
public struct StoredBlockingProbes: Hashable, Sendable {
    /// Dates of birth (as stored) to look up.
    public var birth: Set<Int64> = []
    /// Surname-and-year keys to look up.
    public var surname: Set<Int64> = []
    /// Name keys to look up.
    public var name: Set<Int64> = []
    /// Place keys to look up.
    public var place: Set<Int64> = []
    /// UPRN keys to look up (incident locations).
    public var uprn: Set<Int64> = []
    /// Street, house and town keys to look up (incident locations).
    public var street: Set<Int64> = []

    /// Creates empty probes.
    public init() {}
}
