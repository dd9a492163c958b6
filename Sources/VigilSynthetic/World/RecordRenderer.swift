/// Writes a person as one source system would record them on a day, with realistic corruption.
///
/// Every choice is drawn from the caller's generator and counted in the caller's tally, so a world is
/// reproducible and `world.json` says exactly how much noise went in.
struct RecordRenderer: Sendable {
    let names: NameFrequencies
    let book: AddressBook
    let rates: CorruptionRates

    /// The fields of a person record about `person`, as of `day`.
    func personFields(
        _ person: Person,
        on day: Int,
        isPublic: Bool,
        _ tally: inout CorruptionTally,
        _ random: inout SeededGenerator
    ) -> PersonFields {
        var name = recordedName(person, on: day, &tally, &random)
        if isPublic && random.chance(rates.placeholderName) {
            tally.add(.placeholderName)
            name.forenames = random.pick(["UNKNOWN", "NOT KNOWN", "N/K", "UNK", "Unknown Male", "REFUSED"])
            if random.chance(0.5) { name.surname = random.chance(0.5) ? "UNKNOWN" : "NOT KNOWN" }
        }
        let home = person.address(on: day)
        if home.isFormer { tally.add(.formerAddress) }
        return PersonFields(
            forenames: name.forenames,
            surname: name.surname,
            dateOfBirth: recordedDateOfBirth(Int(person.dateOfBirth), &tally, &random),
            address: addressFields(home.index, uppercase: name.uppercase, &tally, &random)
        )
    }

    /// A date of birth as recorded: often missing, sometimes a placeholder or wrong.
    func recordedDateOfBirth(_ truth: Int, _ tally: inout CorruptionTally, _ random: inout SeededGenerator) -> String {
        if random.chance(rates.missingDateOfBirth) {
            tally.add(.missingDateOfBirth)
            return ""
        }
        var (year, month, day) = DayNumber.civil(truth)
        if random.chance(rates.placeholderDateOfBirth) {
            tally.add(.placeholderDateOfBirth)
            if random.chance(0.5) { (year, month, day) = (1900, 1, 1) } else { (month, day) = (1, 1) }
        } else if random.chance(rates.dateOfBirthError) {
            tally.add(.dateOfBirthError)
            switch random.below(3) {
            case 0 where day <= 12 && day != month:
                (month, day) = (day, month)
            case 1:
                let typo = day % 10 == 9 ? day - 1 : day + 1
                day = DayNumber.isValid(year: year, month: month, day: typo) ? typo : day - 1
            default:
                year += random.chance(0.5) ? 1 : -1
                if !DayNumber.isValid(year: year, month: month, day: day) { day -= 1 }
            }
        }
        if random.chance(rates.nonISODate) {
            tally.add(.nonISODate)
            return DayNumber.pad(day, 2) + "/" + DayNumber.pad(month, 2) + "/" + DayNumber.pad(year, 4)
        }
        return DayNumber.iso(year: year, month: month, day: day)
    }

    /// The address fields of a dwelling as a record or incident log writes them; an incident location
    /// is never wholly blank (`allowBlank: false`), since the address is the point of it.
    func addressFields(
        _ index: Int,
        uppercase: Bool,
        allowBlank: Bool = true,
        _ tally: inout CorruptionTally,
        _ random: inout SeededGenerator
    ) -> AddressFields {
        if allowBlank && random.chance(rates.blankAddress) {
            tally.add(.blankAddress)
            return .blank
        }
        let address = book.addresses[index]
        var street = book.streets[Int(address.street)]
        if random.chance(rates.abbreviation),
            let pair = Gazetteer.abbreviations.first(where: { street.hasSuffix(" " + $0.full) })
        {
            tally.add(.abbreviation)
            street = String(street.dropLast(pair.full.count)) + pair.short
        }
        var line = "\(address.number) \(street)"
        if address.flat > 0 {
            if random.chance(rates.flatOmitted) {
                tally.add(.flatOmitted)
            } else {
                let spaced = random.chance(rates.punctuation)
                if spaced { tally.add(.punctuation) }
                line = (spaced ? "Flat \(address.flat) " : "Flat \(address.flat), ") + line
            }
        }
        let unit = book.units[Int(address.unit)]
        var town = Gazetteer.towns[unit.town].name
        if random.chance(rates.blankTown) {
            tally.add(.blankTown)
            town = ""
        }
        var postcode = unit.postcode
        if random.chance(rates.missingPostcode) {
            tally.add(.missingPostcode)
            postcode = ""
        } else if random.chance(rates.postcodeFormat) {
            tally.add(.postcodeFormat)
            switch random.below(4) {
            case 0: postcode = postcode.replacingSpaces(with: "")
            case 1: postcode = postcode.lowercased()
            case 2: postcode = postcode.replacingSpaces(with: "  ")
            default: postcode = postcode.lowercased().replacingSpaces(with: "")
            }
        }
        var uprn = ""
        if random.chance(rates.uprnPresent) {
            tally.add(.uprnPresent)
            uprn = String(address.uprn)
        }
        if uppercase {
            line = line.uppercased()
            town = town.uppercased()
        }
        return AddressFields(line: line, town: town, postcode: postcode, uprn: uprn)
    }
}

extension String {
    /// The string with each space replaced.
    fileprivate func replacingSpaces(with replacement: String) -> String {
        split(separator: " ", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
