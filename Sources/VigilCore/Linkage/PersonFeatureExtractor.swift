/// Turns employees, police records and incident locations into comparison features.
///
/// Holds a cache of name tokens (phonetic keys and variant groups), because the same names recur
/// millions of times in an extract. Each worker owns its own extractor, so the cache needs no locking.
public struct PersonFeatureExtractor: Sendable {
    /// Term-frequency column names used by the person and address models.
    public enum Column {
        public static let forename = "forename"
        public static let surname = "surname"
        public static let postcode = "postcode"
    }

    private let forenameVariants: NameVariants
    private let surnameVariants: NameVariants
    private let forenameFrequencies: TermFrequencyTable?
    private let surnameFrequencies: TermFrequencyTable?
    let postcodeFrequencies: TermFrequencyTable?
    private var forenameCache: [String: NameToken] = [:]
    private var surnameCache: [String: NameToken] = [:]
    private var givenNamesCache = TextKeyedCache<GivenNames>(limit: PersonFeatureExtractor.cacheLimit)
    private var familyNameCache = TextKeyedCache<FamilyName>(limit: PersonFeatureExtractor.cacheLimit)
    var postcodeCache = TextKeyedCache<PostcodePart>(limit: PersonFeatureExtractor.cacheLimit)
    /// Town fields as normalised: a few hundred distinct values across millions of records.
    var townCache = TextKeyedCache<String?>(limit: PersonFeatureExtractor.cacheLimit)
    /// Street words as parsed, for lines that are a house number on a street.
    var streetWordsCache = StreetWordsCache(limit: PersonFeatureExtractor.cacheLimit)

    /// Forenames as compared: the names in use and a set-aside Muhammad prefix.
    private struct GivenNames: Sendable {
        var text: String
        var tokens: [NameToken]
        var muhammadPrefix: NameToken?
        var frequency: Double
    }

    /// A surname as compared: compact form and its parts.
    private struct FamilyName: Sendable {
        var surname: NameToken?
        var parts: [NameToken]
        var frequency: Double
    }
    static let cacheLimit = 100_000

    /// Creates an extractor; `termFrequencies` fills in the frequency fields (pass none while training
    /// the tables themselves).
    public init(
        termFrequencies: [String: TermFrequencyTable] = [:],
        forenameVariants: NameVariants = .standard,
        surnameVariants: NameVariants = .standardSurnames
    ) {
        forenameFrequencies = termFrequencies[Column.forename]
        surnameFrequencies = termFrequencies[Column.surname]
        postcodeFrequencies = termFrequencies[Column.postcode]
        self.forenameVariants = forenameVariants
        self.surnameVariants = surnameVariants
    }

    /// Features of an employee on the HR roster (roster date placeholders only).
    public mutating func features(of employee: Employee) -> PersonFeatures {
        PersonFields.withFields(
            forenames: employee.forenames,
            surname: employee.surname,
            dateOfBirth: employee.dateOfBirth,
            addressLine: employee.addressLine,
            town: employee.town,
            postcode: employee.postcode,
            uprn: employee.uprn
        ) { fields in
            var names = nameFeatures(forenames: fields.forenames, surname: fields.surname)
            for previous in employee.previousSurnames {
                let name = NameNormaliser.normalise(previous, as: .surname)
                guard !name.isMissing else { continue }
                for other in [name.tokens] + name.otherNames {
                    names.surnameAlternatives.append(surnameToken(other.joined()))
                    if other.count > 1 {
                        names.surnameAlternatives.append(contentsOf: other.map { surnameToken($0) })
                    }
                }
            }
            let (dateOfBirth, placeholder) = DatePlaceholderPolicy.roster.sorted(fields.dateOfBirth)
            return names.person(dateOfBirth: dateOfBirth, placeholder: placeholder, address: cachedAddress(fields))
        }
    }

    /// Features of a named person in a police record (police date placeholders, including 1 January).
    public mutating func features(of record: PersonRecord) -> PersonFeatures {
        record.withFields { features(of: $0) }
    }

    /// Features of a named person in a police record from the bytes of its fields (police date
    /// placeholders, including 1 January). Only values not seen before are made into text.
    public mutating func features(of fields: PersonFields) -> PersonFeatures {
        let (dateOfBirth, placeholder) = DatePlaceholderPolicy.policeRecord.sorted(fields.dateOfBirth)
        // Either field blank: the other may hold the whole name (`wholeName`).
        guard !fields.surname.isBlank, !fields.forenames.isBlank else {
            let names = nameFeatures(forenames: fields.forenames, surname: fields.surname)
            return names.person(dateOfBirth: dateOfBirth, placeholder: placeholder, address: cachedAddress(fields))
        }
        // The usual case builds the person straight from the cached names: gathering them in a
        // `NameFeatures` first costs a copy and a release of every name on the way.
        let given = givenNames(fields.forenames)
        let family = familyName(fields.surname)
        return PersonFeatures(
            forenames: given.tokens,
            muhammadPrefix: given.muhammadPrefix,
            forenamesText: given.text,
            surname: family.surname,
            surnameAlternatives: family.parts,
            dateOfBirth: dateOfBirth,
            placeholderDateOfBirth: placeholder,
            address: cachedAddress(fields),
            forenameFrequency: given.frequency,
            surnameFrequency: family.frequency
        )
    }

    /// The values term-frequency tables count for a person: the forename in use, the compact surname and
    /// the postcode. Much cheaper than full features: no address parsing, no phonetic keys.
    public func termFrequencyValues(
        forenames: String,
        surname: String,
        postcode: String
    )
        -> (forename: String?, surname: String?, postcode: String?)
    {
        let given = NameNormaliser.normalise(forenames, as: .forenames).tokens
        let inUse = given.count > 1 && forenameVariants.isMuhammadForm(given[0]) ? given[1] : given.first
        let family = NameNormaliser.normalise(surname, as: .surname)
        var code: String?
        if case .valid(let parsed) = PostcodeValue.parse(postcode), !parsed.isSpecial { code = parsed.normalised }
        if case .invalid(let raw) = PostcodeValue.parse(postcode), !raw.isEmpty { code = raw }
        return (inUse, family.isMissing ? nil : family.compact, code)
    }

    /// The key under which the forename term-frequency table counts every spelling of Muhammad together
    /// (no normalised name holds parentheses, so it cannot be a name).
    public static let muhammadFrequencyKey = "MUHAMMAD (ANY SPELLING)"

    /// The forename term-frequency keys a forenames field counts under: the name in use, and, when the
    /// first forename is a Muhammad form, ``muhammadFrequencyKey`` as well (alone when that form is the
    /// only forename). Muhammad is the commonest first name here, though as a prefix ("MUHAMMAD ASIF") it
    /// is rarely the name in use: agreeing on it alone is weak evidence.
    public func forenameFrequencyKeys(_ forenames: String) -> [String] {
        let given = NameNormaliser.normalise(forenames, as: .forenames).tokens
        guard let first = given.first else { return [] }
        guard forenameVariants.isMuhammadForm(first) else { return [first] }
        return given.count > 1 ? [given[1], Self.muhammadFrequencyKey] : [Self.muhammadFrequencyKey]
    }

    /// The name half of a person's features, gathered before the person is built.
    private struct NameFeatures {
        var forenames: [NameToken] = []
        var muhammadPrefix: NameToken?
        var forenamesText = ""
        var surname: NameToken?
        var surnameAlternatives: [NameToken] = []
        var surnameFromForenames = false
        var forenameFrequency = 0.0
        var surnameFrequency = 0.0

        consuming func person(
            dateOfBirth: CalendarDate?,
            placeholder: CalendarDate?,
            address: consuming AddressFeatures
        ) -> PersonFeatures {
            PersonFeatures(
                forenames: forenames,
                muhammadPrefix: muhammadPrefix,
                forenamesText: forenamesText,
                surname: surname,
                surnameAlternatives: surnameAlternatives,
                surnameFromForenames: surnameFromForenames,
                dateOfBirth: dateOfBirth,
                placeholderDateOfBirth: placeholder,
                address: address,
                forenameFrequency: forenameFrequency,
                surnameFrequency: surnameFrequency
            )
        }
    }

    private mutating func nameFeatures(
        forenames: UnsafeBufferPointer<UInt8>,
        surname: UnsafeBufferPointer<UInt8>
    ) -> NameFeatures {
        // A surname alone (forenames blank) is split only at a comma or slash, or after a title: look
        // before making text.
        if surname.isBlank
            || (forenames.isBlank
                && (surname.contains(where: { $0 == 0x2C || $0 == 0x2F })
                    || NameNormaliser.startsWithTitle(surname.text))),
            let whole = Self.wholeName(forenames: forenames.text, surname: surname.text)
        {
            var features = PersonFields.withFields(
                forenames: whole.forenames,
                surname: whole.surname,
                dateOfBirth: nil,
                addressLine: "",
                town: "",
                postcode: "",
                uprn: ""
            ) { nameFeatures(forenames: $0.forenames, surname: $0.surname) }
            features.surnameFromForenames = surname.isBlank
            return features
        }
        var features = NameFeatures()
        let given = givenNames(forenames)
        features.forenamesText = given.text
        features.forenames = given.tokens
        features.muhammadPrefix = given.muhammadPrefix
        let family = familyName(surname)
        features.surname = family.surname
        features.surnameAlternatives = family.parts
        features.forenameFrequency = given.frequency
        features.surnameFrequency = family.frequency
        return features
    }

    /// A whole name written into one field with the other left blank, split into forenames and surname;
    /// `nil` for any other name.
    ///
    /// - "SMITH, JOHN" or "SMITH/JOHN" (the Police National Computer's form), in either field: the
    ///   surname is what comes before the mark.
    /// - "MR RANJIT SINGH" in the forenames field: the surname is the last word.
    /// - "MR RANJIT SINGH" in the surname field: the same, as a title goes before forenames. Without a
    ///   title, words in a surname field stay a surname ("LLOYD GEORGE").
    ///
    /// A surname recorded as unknown (a placeholder) is left missing: the forenames are then just
    /// forenames; a placeholder such as "N/K" is not split.
    static func wholeName(forenames: String, surname: String) -> (forenames: String, surname: String)? {
        let forenamesBlank = forenames.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        let surnameBlank = surname.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        guard forenamesBlank != surnameBlank else { return nil }
        let whole = surnameBlank ? forenames : surname
        if let split = surnameFirst(whole) { return split }
        guard surnameBlank || NameNormaliser.startsWithTitle(surname) else { return nil }
        let given = NameNormaliser.normalise(whole, as: .forenames)
        guard given.tokens.count > 1, let last = given.tokens.last else { return nil }
        return (given.tokens.dropLast().joined(separator: " "), last)
    }

    /// "SMITH, JOHN" or "SMITH/JOHN" as forenames and surname; `nil` without such a mark between two
    /// names, or for a placeholder.
    private static func surnameFirst(_ whole: String) -> (forenames: String, surname: String)? {
        guard let mark = whole.firstIndex(where: { $0 == "," || $0 == "/" }) else { return nil }
        let family = whole[..<mark]
        let given = whole[whole.index(after: mark)...]
        guard family.contains(where: \.isLetter), given.contains(where: \.isLetter),
            !NameNormaliser.normalise(whole, as: .forenames).isMissing
        else { return nil }
        // The surname goes on as written: a placeholder there ("UNKNOWN, JOHN") is missing, never split.
        return (String(given), String(family))
    }

    private mutating func givenNames(_ raw: UnsafeBufferPointer<UInt8>) -> GivenNames {
        let hash = BlockingKey.hash(bytes: raw)
        if let cached = givenNamesCache.value(forBytes: raw, hash: hash) { return cached }
        let given = NameNormaliser.normalise(raw.text, as: .forenames)
        var tokens = given.tokens.prefix(3).map { forenameToken($0) }
        var prefix: NameToken?
        if tokens.count > 1, forenameVariants.isMuhammadForm(tokens[0].text) {
            prefix = tokens.removeFirst()
        }
        let inUse = tokens.first ?? prefix
        let result = GivenNames(
            text: given.full,
            tokens: Array(tokens.prefix(2)),
            muhammadPrefix: prefix,
            frequency: inUse.map { token in
                // A Muhammad form in use (the only forename) is as common as all its spellings together.
                let key = token.isMuhammadForm ? Self.muhammadFrequencyKey : token.text
                return forenameFrequencies?.frequency(of: key) ?? 0
            } ?? 0
        )
        givenNamesCache.insert(result, forBytes: raw, hash: hash)
        return result
    }

    private mutating func familyName(_ raw: UnsafeBufferPointer<UInt8>) -> FamilyName {
        let hash = BlockingKey.hash(bytes: raw)
        if let cached = familyNameCache.value(forBytes: raw, hash: hash) { return cached }
        let family = NameNormaliser.normalise(raw.text, as: .surname)
        var result = FamilyName(surname: nil, parts: [], frequency: 0)
        if !family.isMissing {
            result.surname = surnameToken(family.compact)
            result.frequency = surnameFrequencies?.frequency(of: family.compact) ?? 0
            if family.tokens.count > 1 {
                result.parts = family.tokens.map { surnameToken($0) }
            }
            // A maiden name or alias given in the field ("LEE (NEE SMITH)") is another form of the surname.
            for other in family.otherNames {
                result.parts.append(surnameToken(other.joined()))
                if other.count > 1 { result.parts.append(contentsOf: other.map { surnameToken($0) }) }
            }
        }
        familyNameCache.insert(result, forBytes: raw, hash: hash)
        return result
    }

    private mutating func forenameToken(_ text: String) -> NameToken {
        Self.token(
            text,
            cache: &forenameCache,
            variants: forenameVariants,
            other: surnameVariants,
            role: .forenames,
            frequencies: forenameFrequencies,
            limit: Self.cacheLimit
        )
    }

    private mutating func surnameToken(_ text: String) -> NameToken {
        Self.token(
            text,
            cache: &surnameCache,
            variants: surnameVariants,
            other: forenameVariants,
            role: .surname,
            frequencies: surnameFrequencies,
            limit: Self.cacheLimit
        )
    }

    /// A name token from a cache, or made (phonetic keys, variant groups in its role's table and the
    /// other's, its frequency in its role's table) and cached.
    private static func token(
        _ text: String,
        cache: inout [String: NameToken],
        variants: NameVariants,
        other: NameVariants,
        role: NamePart,
        frequencies: TermFrequencyTable?,
        limit: Int
    ) -> NameToken {
        if let cached = cache[text] { return cached }
        let isMuhammadForm = role == .forenames ? variants.isMuhammadForm(text) : other.isMuhammadForm(text)
        // A Muhammad form as a forename counts with all its spellings (`muhammadFrequencyKey`).
        let key = role == .forenames && isMuhammadForm ? Self.muhammadFrequencyKey : text
        let token = NameToken(
            text: text,
            phonetic: DoubleMetaphone.keys(for: text),
            groups: variants.groups(of: text),
            otherRoleGroups: other.groups(of: text),
            isMuhammadForm: isMuhammadForm,
            standsInForFamilyName: role == .surname && NameVariants.familyNameStandIns.contains(text),
            frequency: frequencies?.frequency(of: key) ?? 0
        )
        if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
        cache[text] = token
        return token
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}
