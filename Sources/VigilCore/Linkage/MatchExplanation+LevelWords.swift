extension MatchExplanation {
    /// Puts into words what a level's own label would misstate for this pair:
    ///
    /// - a lone Muhammad that agreed only with the other side's Muhammad prefix, and which side gave no
    ///   name in use;
    /// - the same two forenames in the other order, which agree as a whole;
    /// - names recorded the other way round with a lone Muhammad in the surname's place, compared put back
    ///   in their places (`PersonComparator.muhammadSwap`);
    /// - why a comparison with values on both sides was not compared, where "missing on one side" would be
    ///   untrue: a woman's title as a surname, a date of birth near an employee's 1 January, a postcode
    ///   that agrees with no house to compare, an outward code alone ("WV10") that agrees with the other's
    ///   district, a town alone that agrees with the other's, and the name swap when the surname was not
    ///   compared.
    mutating func sayWhatLevelsMean(_ record: PersonFeatures, _ employee: PersonFeatures, model: FellegiSunterModel) {
        let name = { (index: Int) in model.comparisons[index].name }
        if let putBack = PersonComparator.namesPutBack(record, employee) {
            sayNamesWerePutBack(putBack, record, employee, model: model)
        } else if let index = terms.firstIndex(where: { $0.comparison == name(PersonComparison.forename) }) {
            if terms[index].level == "middle_name",
                PersonComparator.muhammadPrefixLevel(record, employee) == .middleName
            {
                terms[index].levelLabel = "agrees only with the Muhammad before the name in use, which is not given"
            } else if terms[index].level == "middle_name",
                PersonComparator.muhammadPrefixLevel(employee, record) == .middleName
            {
                terms[index].levelLabel =
                    "agrees only with the Muhammad before the record's name in use; the roster gives no other"
            } else if terms[index].level == "exact", record.forenameCount == 2, employee.forenameCount == 2,
                let first = record.leadingForename, let other = employee.leadingForename, !first.hasSameText(as: other)
            {
                terms[index].levelLabel = "the same forenames in the other order"
            }
        }
        for index in terms.indices where terms[index].level == "missing" && terms[index].levelLabel == "missing" {
            let comparison = terms[index].comparison
            if comparison == name(PersonComparison.surname), let x = record.surname, let y = employee.surname {
                guard let standIn = [x, y].first(where: \.standsInForFamilyName) else { continue }
                terms[index].levelLabel =
                    "not compared (\(x.text) vs \(y.text)): \(standIn.text) is often recorded in place of a "
                    + "family name, so a different surname says little"
            } else if comparison == name(PersonComparison.nameSwap), record.surname != nil, employee.surname != nil,
                record.forenameCount > 0, employee.forenameCount > 0
            {
                terms[index].levelLabel = "not compared (the surname is not compared, so neither is a swap)"
            } else if comparison == name(PersonComparison.dateOfBirth), let x = record.dateOfBirth,
                let y = employee.dateOfBirth
            {
                terms[index].levelLabel =
                    "not compared (\(x) vs \(y)): police systems write 1 January for an unknown birthday, so a "
                    + "date one slip away from it proves little"
            } else if comparison == name(PersonComparison.address), !record.address.isMissing,
                !employee.address.isMissing
            {
                let sides = [("record", record.address), ("employee", employee.address)]
                if let (side, place) = sides.first(where: { $0.1.givesOnlyThePlace }) {
                    let other = side == "record" ? employee.address : record.address
                    terms[index].levelLabel =
                        "not compared (\(record.address.summary) vs \(employee.address.summary)): the \(side) gives "
                        + Self.placeWords(place, other: other)
                    continue
                }
                terms[index].levelLabel =
                    "not compared (\(record.address.summary) vs \(employee.address.summary)): the postcode agrees, "
                    + "but the two do not give the house the same way (a number, a name, or none), so whether it "
                    + "is the same house cannot be told"
            }
        }
    }

    /// Why an address that gives only its place (a town, the first half of a postcode, or both), which
    /// did not differ from the other's, was not compared: as `PersonComparator.placesDiffer` decides, by
    /// the districts when both give one, otherwise by the towns.
    private static func placeWords(_ place: AddressFeatures, other: AddressFeatures) -> String {
        let half = place.postcodeIsOutwardCodeOnly ? place.postcode : nil
        var given: [String] = []
        if let town = place.town { given.append("the town (\(town))") }
        if let half { given.append("the first half of a postcode (\(half))") }
        let gives = "only " + given.joined(separator: " and ")
        if half != nil && place.town == nil {
            return gives + ", which agrees with the other's district; half a postcode cannot say which street or house"
        }
        if place.district != nil && other.district != nil {
            return gives
                + ", and the district agrees with the other's; half a postcode cannot say which street or house"
        }
        if place.town != nil && other.town != nil {
            return gives + ", and the town agrees with the other's; a town cannot say which street or house"
        }
        return gives + ", and the other gives no town to compare it with"
    }

    /// Words for names compared put back in their places: which field held the lone Muhammad, which the
    /// surname, and why the swap comparison was not used.
    private mutating func sayNamesWerePutBack(
        _ putBack: PersonComparison.SwapLevel,
        _ record: PersonFeatures,
        _ employee: PersonFeatures,
        model: FellegiSunterModel
    ) {
        let recordHeldIt = putBack == .surnameCrossed
        let (side, muhammad, surname) =
            recordHeldIt
            ? ("record", record.surname?.text ?? "", record.firstForename?.text ?? "")
            : ("roster", employee.surname?.text ?? "", employee.firstForename?.text ?? "")
        for index in terms.indices {
            switch terms[index].comparison {
            case model.comparisons[PersonComparison.forename].name:
                terms[index].levelLabel =
                    "names the other way round: the \(side)'s surname field gives \(muhammad), which agrees only "
                    + "with the Muhammad before the \(recordHeldIt ? "" : "record's ")name in use, "
                    + (recordHeldIt ? "which is not given" : "and the roster gives no other")
            case model.comparisons[PersonComparison.surname].name:
                terms[index].levelLabel += " (names the other way round: \(surname), in the \(side)'s forenames field)"
            case model.comparisons[PersonComparison.nameSwap].name:
                terms[index].levelLabel =
                    "not compared: the names, the other way round, are compared in their own places above, where "
                    + "a lone Muhammad agrees only weakly with a Muhammad before the name in use"
            default:
                continue
            }
        }
    }
}
