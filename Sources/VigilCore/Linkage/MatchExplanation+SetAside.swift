extension MatchExplanation {
    /// Says which values were given but set aside before comparing, where "missing on one side" would be
    /// untrue or the address shown would hold a postcode that was never compared: a date of birth that
    /// looked like a placeholder (a police 1 January, 1900-01-01, a year outside 1900–2099), and a
    /// placeholder or invalid postcode. Each value set aside is kept, as given, in the term's
    /// ``ExplanationTerm/recordSetAside`` or ``ExplanationTerm/employeeSetAside``.
    mutating func sayWhatWasSetAside(_ record: PersonFeatures, _ employee: PersonFeatures, model: FellegiSunterModel) {
        for index in terms.indices {
            switch terms[index].comparison {
            case model.comparisons[PersonComparison.dateOfBirth].name:
                sayDatesSetAside(at: index, record, employee)
            case model.comparisons[PersonComparison.address].name:
                sayPostcodesSetAside(at: index, record: record.address, employee: employee.address, whose: Self.people)
            default:
                continue
            }
        }
    }

    /// Says which postcodes of an incident and an employee's home were set aside before comparing, as
    /// ``sayWhatWasSetAside(_:_:model:)`` does for a person.
    mutating func sayWhatWasSetAside(location: AddressFeatures, home: AddressFeatures, model: FellegiSunterModel) {
        let postcode = model.comparisons[HomeAddressComparison.postcode].name
        for index in terms.indices where terms[index].comparison == postcode {
            sayPostcodesSetAside(at: index, record: location, employee: home, whose: ("the incident's", "the home's"))
        }
    }

    private static let people = ("the record's", "the employee's")

    /// A date of birth not compared because one side's, or both sides', looked like a placeholder.
    private mutating func sayDatesSetAside(at index: Int, _ record: PersonFeatures, _ employee: PersonFeatures) {
        guard terms[index].level == "missing", terms[index].levelLabel == "missing" else { return }
        let recordDate = record.dateOfBirth == nil ? record.placeholderDateOfBirth : nil
        let employeeDate = employee.dateOfBirth == nil ? employee.placeholderDateOfBirth : nil
        guard recordDate != nil || employeeDate != nil else { return }
        var parts: [String] = []
        if let recordDate, let why = DatePlaceholderPolicy.policeRecord.whyPlaceholder(recordDate) {
            parts.append("the record's date of birth \(recordDate) looks like a placeholder (\(why))")
        }
        if let employeeDate, let why = DatePlaceholderPolicy.roster.whyPlaceholder(employeeDate) {
            parts.append("the employee's date of birth \(employeeDate) looks like a placeholder (\(why))")
        }
        if recordDate == nil && record.dateOfBirth == nil { parts.append("the record gives none") }
        if employeeDate == nil && employee.dateOfBirth == nil { parts.append("the roster gives none") }
        terms[index].levelLabel = "not compared: " + parts.joined(separator: ", and ")
        terms[index].recordSetAside = recordDate?.description
        terms[index].employeeSetAside = employeeDate?.description
    }

    /// Postcodes that are placeholders (never compared, and left out of the address shown) or not valid
    /// UK postcodes, said after the level.
    private mutating func sayPostcodesSetAside(
        at index: Int,
        record: AddressFeatures,
        employee: AddressFeatures,
        whose: (record: String, employee: String)
    ) {
        // A level of its own says the postcodes were not compared; one about the rest of the address does not.
        let notCompared = terms[index].level == "missing" && terms[index].levelLabel == "missing"
        var notes: [String] = []
        for (address, isRecord) in [(record, true), (employee, false)] {
            guard let code = address.postcode, let (words, compared) = Self.postcodeCaveat(address) else { continue }
            notes.append("\(isRecord ? whose.record : whose.employee) postcode \(code) is \(words)")
            guard !compared else { continue }
            if !notCompared { notes[notes.count - 1] += ", not compared" }
            if isRecord {
                terms[index].recordSetAside = code
                terms[index].recordValue = Self.leavingOut(code, of: address, from: terms[index].recordValue)
            } else {
                terms[index].employeeSetAside = code
                terms[index].employeeValue = Self.leavingOut(code, of: address, from: terms[index].employeeValue)
            }
        }
        guard !notes.isEmpty else { return }
        if notCompared {
            terms[index].levelLabel = "not compared: " + notes.joined(separator: ", and ")
        } else {
            terms[index].levelLabel += "; " + notes.joined(separator: "; ")
        }
    }

    /// What is wrong with an address's postcode, and whether it was compared all the same; `nil` for a
    /// valid geographic postcode or an outward code alone (which explanations already put into words).
    private static func postcodeCaveat(_ address: AddressFeatures) -> (words: String, compared: Bool)? {
        guard let code = address.postcode else { return nil }
        if address.postcodeIsSpecial {
            let words =
                code.hasPrefix("ZZ99")
                ? "a placeholder (the code for no fixed abode)" : "a non-geographic code, which names no street"
            return (words, false)
        }
        guard address.sector == nil, !address.postcodeIsOutwardCodeOnly else { return nil }
        return ("not a valid UK postcode", address.evidencePostcode != nil)
    }

    /// A shown value (an address's summary, alone or with its UPRN, or the postcode alone) without the
    /// postcode `code`, which was not compared.
    private static func leavingOut(_ code: String, of address: AddressFeatures, from shown: String) -> String {
        if shown == code { return "" }
        let summary = address.summary
        guard shown.hasPrefix(summary), summary.hasSuffix(code) else { return shown }
        var kept = String(summary.dropLast(code.count))
        if kept.hasSuffix(", ") { kept.removeLast(2) }
        let rest = shown.dropFirst(summary.count)
        return kept.isEmpty ? String(rest.drop { $0 == " " }) : kept + rest
    }
}
