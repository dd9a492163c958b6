extension RecordRenderer {
    /// A recorded name: the forenames and surname fields, and whether the record is in capitals.
    struct RecordedName {
        var forenames: String
        var surname: String
        var uppercase: Bool
    }

    /// The name as a source system records it on a day: nicknames, spellings, typos, swaps, case.
    func recordedName(
        _ person: Person,
        on day: Int,
        _ tally: inout CorruptionTally,
        _ random: inout SeededGenerator
    ) -> RecordedName {
        var forename = names.text(person.forename)
        var middle: String? = person.middle >= 0 ? names.text(person.middle) : nil
        if names.isMuhammad(person.forename) && middle != nil {
            if random.chance(rates.muhammadDropped) {
                tally.add(.muhammadDropped)
                forename = middle!
                middle = nil
            } else if random.chance(rates.muhammadSpelling) {
                tally.add(.muhammadSpelling)
                var variant = random.pick(NameFrequencies.muhammadVariants)
                if variant == forename { variant = random.pick(NameFrequencies.muhammadVariants) }
                forename = variant
            }
        } else {
            if random.chance(rates.nickname), let short = Nicknames.shortForm(of: forename, &random) {
                tally.add(.nickname)
                forename = short
            }
            if middle != nil {
                if random.chance(rates.middleNameKept) { tally.add(.middleNameKept) } else { middle = nil }
            }
        }
        var (surname, isMaiden) = person.surname(on: day, names: names)
        if isMaiden {
            tally.add(.maidenBeforeMarriage)
        } else if person.maiden >= 0 && random.chance(rates.maidenAfterMarriage) {
            tally.add(.maidenAfterMarriage)
            surname = names.text(person.maiden)
        } else if person.surname2 >= 0 && random.chance(rates.hyphenHalf) {
            tally.add(.hyphenHalf)
            surname = names.text(random.chance(0.5) ? person.surname : person.surname2)
        }
        if random.chance(rates.forenameTypo) {
            tally.add(.forenameTypo)
            forename = RecordRenderer.typo(forename, &random)
        }
        if random.chance(rates.surnameTypo) {
            tally.add(.surnameTypo)
            surname = RecordRenderer.typo(surname, &random)
        }
        var forenames = middle.map { forename + " " + $0 } ?? forename
        if random.chance(rates.namesSwapped) {
            tally.add(.namesSwapped)
            swap(&forenames, &surname)
        }
        return finish(forenames, surname, female: person.female, &tally, &random)
    }

    private func finish(
        _ forenames: String,
        _ surname: String,
        female: Bool,
        _ tally: inout CorruptionTally,
        _ random: inout SeededGenerator
    ) -> RecordedName {
        var name = RecordedName(forenames: forenames, surname: surname, uppercase: false)
        if !(forenames + surname).utf8.allSatisfy({ $0 < 0x80 }) && random.chance(rates.diacriticsStripped) {
            tally.add(.diacriticsStripped)
            name.forenames = RecordRenderer.strippingDiacritics(name.forenames)
            name.surname = RecordRenderer.strippingDiacritics(name.surname)
        }
        if name.surname.contains("'") && random.chance(rates.punctuation) {
            tally.add(.punctuation)
            name.surname = name.surname.split(separator: "'").joined(separator: random.chance(0.5) ? "" : " ")
        }
        if random.chance(rates.uppercase) {
            tally.add(.uppercase)
            name.forenames = name.forenames.uppercased()
            name.surname = name.surname.uppercased()
            name.uppercase = true
        }
        if random.chance(rates.titleInForenames) {
            tally.add(.titleInForenames)
            let title = random.chance(0.05) ? "DR" : female ? random.pick(["MRS", "MS", "MISS"]) : "MR"
            name.forenames = (title + " " + name.forenames + " " + name.surname).uppercased()
            if random.chance(0.5) { name.surname = "" }
            name.uppercase = true
        }
        if random.chance(rates.blankForenames) {
            tally.add(.blankForenames)
            name.forenames = ""
        }
        return name
    }

    /// One letter inserted, deleted, substituted or two adjacent letters transposed.
    static func typo(_ text: String, _ random: inout SeededGenerator) -> String {
        var letters = Array(text.unicodeScalars)
        guard letters.count >= 3 else { return text }
        let at = random.int(in: 1...(letters.count - 2))
        let upper = letters.allSatisfy { !("a"..."z").contains($0) }
        let base = upper ? 65 : 97
        let letter = Unicode.Scalar(UInt8(base + random.below(26)))
        switch random.below(4) {
        case 0: letters.insert(letter, at: at)
        case 1: letters.remove(at: at)
        case 2: letters[at] = letters[at] == letter ? Unicode.Scalar(UInt8(base + 25 - random.below(3))) : letter
        default: letters.swapAt(at, at + 1)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: letters)
        return String(result)
    }

    private static let plainLetters: [Character: Character] = [
        "ą": "a", "á": "a", "ă": "a", "â": "a", "ć": "c", "č": "c", "ę": "e", "é": "e", "ł": "l", "Ł": "L",
        "ń": "n", "ó": "o", "ő": "o", "ś": "s", "ș": "s", "š": "s", "Ś": "S", "ț": "t", "ū": "u", "ú": "u",
        "ź": "z", "ż": "z", "ž": "z", "Ż": "Z", "Ź": "Z", "Ó": "O",
    ]

    /// The text with accented letters replaced by plain ones, as ASCII-only systems record them.
    static func strippingDiacritics(_ text: String) -> String {
        String(text.map { plainLetters[$0] ?? $0 })
    }
}
