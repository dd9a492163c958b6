extension MatchExplanation {
    /// Says which name a lone Muhammad agreed with, and why a comparison with values on both sides was not
    /// compared, where "missing on one side" would be untrue: a surname that is a title or religious name standing in for a family name, a
    /// date of birth near an employee's 1 January, or a postcode that agrees with no house to compare.
    mutating func sayWhyNotCompared(
        _ record: PersonFeatures,
        _ employee: PersonFeatures,
        model: FellegiSunterModel
    ) {
        let surnameName = model.comparisons[PersonComparison.surname].name
        let dateName = model.comparisons[PersonComparison.dateOfBirth].name
        let addressName = model.comparisons[PersonComparison.address].name
        let forenameName = model.comparisons[PersonComparison.forename].name
        if let index = terms.firstIndex(where: { $0.comparison == forenameName }),
            terms[index].level == "middle_name",
            (PersonComparator.muhammadPrefixLevel(record, employee)
                ?? PersonComparator.muhammadPrefixLevel(employee, record)) == .middleName
        {
            terms[index].levelLabel = "agrees only with the Muhammad before the name in use, which is not given"
        }
        for index in terms.indices where terms[index].level == "missing" && terms[index].levelLabel == "missing" {
            if terms[index].comparison == surnameName, let x = record.surname, let y = employee.surname {
                guard let standIn = [x, y].first(where: \.standsInForFamilyName) else { continue }
                terms[index].levelLabel =
                    "not compared (\(x.text) vs \(y.text)): \(standIn.text) is often recorded in place of a "
                    + "family name, so a different surname says little"
            } else if terms[index].comparison == dateName, let x = record.dateOfBirth, let y = employee.dateOfBirth {
                terms[index].levelLabel =
                    "not compared (\(x) vs \(y)): police systems write 1 January for an unknown birthday, so a "
                    + "date near it proves little"
            } else if terms[index].comparison == addressName, !record.address.isMissing, !employee.address.isMissing {
                terms[index].levelLabel =
                    "not compared (\(record.address.summary) vs \(employee.address.summary)): the postcode agrees, "
                    + "but one side gives no house number or name, so whether it is the same house cannot be told"
            }
        }
    }
}
