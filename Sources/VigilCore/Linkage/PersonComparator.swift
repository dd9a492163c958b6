/// Compares a police record's person with an employee, level by level.
///
/// Pure and allocation-free in the common case: it runs for every candidate pair.
public enum PersonComparator {
    typealias Forename = PersonComparison.ForenameLevel
    typealias Surname = PersonComparison.SurnameLevel
    typealias DateLevel = PersonComparison.DateLevel
    typealias AddressLevel = PersonComparison.AddressLevel

    /// Compares two people; `record` is the police record's side.
    public static func compare(_ record: PersonFeatures, _ employee: PersonFeatures) -> ComparedPair {
        var pair = ComparedPair()
        compareDateAndAddress(
            record,
            employee.codes,
            employee: { employee },
            town: { _ in SpelledTown(bytes: UnsafeBufferPointer(start: nil, count: 0), letters: LetterCounts([])) },
            into: &pair
        )
        compareNames(record, employee, into: &pair)
        return pair
    }

    /// The cheap half of a comparison: date of birth and address, from the employee's codes. `employee`
    /// is called only when a street spelled differently needs a closer look, and `town` gives the bytes
    /// of a town interned in the roster (see `InternedTowns`).
    @inline(__always)
    static func compareDateAndAddress(
        _ record: PersonFeatures,
        _ codes: ComparisonCodes,
        employee: () -> PersonFeatures,
        town: (Int32) -> SpelledTown,
        into pair: inout ComparedPair
    ) {
        pair.vector[PersonComparison.dateOfBirth] = dateLevel(record.codes, codes)?.rawValue
        let address = addressLevel(record, codes.address, employee: employee, town: town)
        pair.vector[PersonComparison.address] = address?.rawValue
        if address == .postcode {
            pair.frequencies[PersonComparison.address] = max(
                record.codes.address.postcodeFrequency,
                codes.address.postcodeFrequency
            )
        }
    }

    /// The costly half: forenames, surname and a swap between them.
    @inline(__always)
    static func compareNames(_ record: PersonFeatures, _ employee: PersonFeatures, into pair: inout ComparedPair) {
        let forename = forenameLevel(record, employee)
        let surname = surnameLevel(record, employee)
        if let forename, let surname {
            if let swap = swapLevel(record, employee, forename: forename, surname: surname) {
                if swap != .swapped, let putBack = muhammadSwap(record, employee, swap: swap) {
                    // Compared in their own places, where the forename rule for a lone Muhammad holds.
                    pair.vector[PersonComparison.forename] = Forename.middleName.rawValue
                    pair.vector[PersonComparison.surname] = putBack.level.rawValue
                    pair.frequencies[PersonComparison.surname] = putBack.frequency
                    return
                }
                pair.vector[PersonComparison.nameSwap] = swap.rawValue
                if swap == .swapped {
                    pair.frequencies[PersonComparison.nameSwap] = swappedFrequency(record, employee)
                }
            } else {
                pair.vector[PersonComparison.nameSwap] = PersonComparison.SwapLevel.notSwapped.rawValue
                pair.vector[PersonComparison.forename] = forename.rawValue
                pair.vector[PersonComparison.surname] = surname.rawValue
            }
        } else {
            pair.vector[PersonComparison.forename] = forename?.rawValue
            pair.vector[PersonComparison.surname] = surname?.rawValue
        }
        if pair.vector[PersonComparison.forename] == Forename.exact.rawValue {
            pair.frequencies[PersonComparison.forename] = max(record.forenameFrequency, employee.forenameFrequency)
        }
        if pair.vector[PersonComparison.surname] == Surname.exact.rawValue {
            pair.frequencies[PersonComparison.surname] = max(record.surnameFrequency, employee.surnameFrequency)
        } else if pair.vector[PersonComparison.surname] == Surname.previousOrPart.rawValue {
            pair.frequencies[PersonComparison.surname] = partFrequency(record, employee)
        }
    }

    /// The values each comparison looked at, for explanations (record first).
    public static func comparedValues(_ record: PersonFeatures, _ employee: PersonFeatures) -> [ComparedValues] {
        func forenames(_ person: PersonFeatures) -> String { person.forenamesText }
        func surname(_ person: PersonFeatures) -> String {
            let names = ([person.surname?.text] + person.surnameAlternatives.map(\.text)).compactMap { $0 }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: " / ")
            return person.surnameFromForenames ? "\(names) (from the forenames field)" : names
        }
        return [
            ComparedValues(record: forenames(record), employee: forenames(employee)),
            ComparedValues(record: surname(record), employee: surname(employee)),
            ComparedValues(
                record: "\(forenames(record)) \(record.surname?.text ?? "")",
                employee: "\(forenames(employee)) \(employee.surname?.text ?? "")"
            ),
            ComparedValues(
                record: record.dateOfBirth?.description ?? "",
                employee: employee.dateOfBirth?.description ?? ""
            ),
            addressValues(record.address, employee.address),
        ]
    }

    /// The two addresses as explanations show them; with the UPRN when both give the same one, since it
    /// alone can make them agree.
    private static func addressValues(_ record: AddressFeatures, _ employee: AddressFeatures) -> ComparedValues {
        guard let uprn = record.uprn, uprn == employee.uprn else {
            return ComparedValues(record: record.summary, employee: employee.summary)
        }
        func shown(_ address: AddressFeatures) -> String {
            address.summary.isEmpty ? "UPRN \(uprn)" : "\(address.summary) (UPRN \(uprn))"
        }
        return ComparedValues(record: shown(record), employee: shown(employee))
    }

    // MARK: Forenames

    static func forenameLevel(_ a: PersonFeatures, _ b: PersonFeatures) -> Forename? {
        guard a.forenameCount > 0, b.forenameCount > 0 else { return nil }
        var best = Forename.other
        if let x = a.leadingForename, let y = b.leadingForename {
            best = tokenLevel(x, y)
        }
        // The same two forenames in the other order ("ROBERT MARK" for "MARK ROBERT"): the name in use
        // moved, as people who go by their middle name record it.
        if best != .exact, a.forenameCount == 2, b.forenameCount == 2, a.forenames[0].hasSameText(as: b.forenames[1]),
            a.forenames[1].hasSameText(as: b.forenames[0])
        {
            best = .exact
        }
        // A middle name that agrees is weaker evidence: relatives often share one ("Paul" and "Richard Paul").
        // An initial that agrees as well keeps the initial's level ("M ROBERT" for "MARK ROBERT").
        if best == .other && (a.forenameCount > 1 || b.forenameCount > 1) {
            for (i, x) in a.forenames.enumerated() {
                for (j, y) in b.forenames.enumerated()
                where (i > 0 || j > 0) && x.hasSameText(as: y) && x.length > 1 {
                    best = .middleName
                }
            }
        }
        if let level = muhammadPrefixLevel(a, b) ?? muhammadPrefixLevel(b, a), level.rawValue < best.rawValue {
            best = level
        }
        return best
    }

    /// The level of a pair where only `b` has a Muhammad form set aside as a prefix ("MUHAMMAD ASIF"), read
    /// through that prefix; `nil` when it does not apply.
    ///
    /// - `a` gives only a Muhammad form ("MOHAMMED"): it agrees with `b`'s prefix but not with the name in
    ///   use, which it does not give: weak evidence, as a middle name agreeing is. (Weighed as identical,
    ///   it cost about 36 false matches on the generated world for 10 found.)
    /// - `a` gives the prefix's initial and then a name ("M ASIF"): the name in use decides.
    static func muhammadPrefixLevel(_ a: PersonFeatures, _ b: PersonFeatures) -> Forename? {
        guard a.muhammadPrefix == nil, let prefix = b.muhammadPrefix, let first = a.leadingForename else {
            return nil
        }
        if a.forenameCount == 1 {
            // Its initial alone ("M") says no more than the whole form.
            let initial = first.length == 1 && first.firstByte == prefix.firstByte
            return first.isMuhammadForm || initial ? .middleName : nil
        }
        guard first.length == 1, first.firstByte == prefix.firstByte, let inUse = b.leadingForename else {
            return nil
        }
        return tokenLevel(a.forenames[1], inUse)
    }

    static func tokenLevel(_ x: NameToken, _ y: NameToken) -> Forename {
        if x.hasSameText(as: y) { return .exact }
        if x.length == 1 || y.length == 1 {
            return x.length > 0 && y.length > 0 && x.firstByte == y.firstByte ? .initial : .other
        }
        if x.isVariant(of: y) { return .variant }
        if x.reaches(0.88, y) {
            return JaroWinkler.similarity(x.bytes, y.bytes) >= 0.92 ? .veryClose : .close
        }
        if x.soundsLike(y) { return .phonetic }
        return .other
    }

    // MARK: Surnames

    static func surnameLevel(_ a: PersonFeatures, _ b: PersonFeatures) -> Surname? {
        guard let x = a.surname, let y = b.surname else { return nil }
        if x.hasSameText(as: y) { return .exact }
        // A part or previous surname agreeing exactly is checked before spellings of the whole: OXBY for
        // OXBY-SUDMORE is the first part, though it also sounds like the whole (Double Metaphone keeps four
        // sounds) and TADHURST is spelled like TADHURST-CLARKE.
        if !a.surnameAlternatives.isEmpty || !b.surnameAlternatives.isEmpty {
            for alternative in b.surnameAlternatives where alternative.hasSameText(as: x) { return .previousOrPart }
            for alternative in a.surnameAlternatives {
                if alternative.hasSameText(as: y) { return .previousOrPart }
                for other in b.surnameAlternatives where other.hasSameText(as: alternative) { return .previousOrPart }
            }
        }
        if x.reaches(0.88, y) {
            return JaroWinkler.similarity(x.bytes, y.bytes) >= 0.92 ? .veryClose : .close
        }
        if x.isVariant(of: y) || x.soundsLike(y) { return .phonetic }
        // BIBI for BEGUM or for KHAN: a woman's title in place of the family name says nothing either way.
        if x.standsInForFamilyName || y.standsInForFamilyName { return nil }
        return .other
    }

    /// How common the surname part or previous surname that agrees (`previousOrPart`) is: the larger
    /// of the two sides' frequencies for it, as for a whole surname. KHAN of PATEL-KHAN is as common as
    /// KHAN; 0 when no part agrees.
    static func partFrequency(_ a: PersonFeatures, _ b: PersonFeatures) -> Double {
        guard let x = a.surname, let y = b.surname else { return 0 }
        // In the order `surnameLevel` looks.
        for alternative in b.surnameAlternatives where alternative.hasSameText(as: x) {
            return max(x.frequency, alternative.frequency)
        }
        for alternative in a.surnameAlternatives {
            if alternative.hasSameText(as: y) { return max(alternative.frequency, y.frequency) }
            for other in b.surnameAlternatives where other.hasSameText(as: alternative) {
                return max(alternative.frequency, other.frequency)
            }
        }
        return 0
    }

    /// How common a pair of names recorded the other way round is: the forename's frequency times the
    /// surname's, read from whichever side has them in their own places (the larger product, so the
    /// comparison stays symmetric). MOHAMMED KHAN swapped is weaker evidence than a rare pair swapped,
    /// as it is in the usual order.
    static func swappedFrequency(_ a: PersonFeatures, _ b: PersonFeatures) -> Double {
        max(a.forenameFrequency * a.surnameFrequency, b.forenameFrequency * b.surnameFrequency)
    }

    /// Forename and surname recorded the other way round: each agrees closely with the other's opposite.
    /// How the names are swapped, when they are: both in each other's place (`swapped`), or one in the
    /// other's place and the other different (`crossed` or `surnameCrossed`, by which of the employee's
    /// names moved; see `PersonComparison.SwapLevel`). Only when neither name agrees in its own place; a
    /// one-letter name never counts as crossing.
    ///
    /// A surname agrees through its compact form or any of its other forms (a part of a surname of
    /// several words, a previous surname): "ROBINSON, SARAH CATHERINE" has the given names in the surname
    /// field, compacted to SARAHCATHERINE, and is still "SARAH CATHERINE ROBINSON" the other way round.
    static func swapLevel(
        _ a: PersonFeatures,
        _ b: PersonFeatures,
        forename: Forename,
        surname: Surname
    ) -> PersonComparison.SwapLevel? {
        guard forename == .other || forename == .initial, surname == .other,
            let aFirst = a.firstForename, let bFirst = b.firstForename, let aSurname = a.surname,
            let bSurname = b.surname
        else { return nil }
        // A surname and a forename: their variant groups come from two tables.
        func agrees(_ x: NameToken, _ y: NameToken) -> Bool {
            x.length > 1 && y.length > 1
                && (x.hasSameText(as: y) || x.isVariant(ofOtherRole: y) || x.reaches(0.92, y))
        }
        func surnameAgrees(_ surname: NameToken, _ others: [NameToken], with forename: NameToken) -> Bool {
            agrees(surname, forename) || others.contains { agrees($0, forename) }
        }
        // The employee's surname in the record's forename place; the employee's forename in its surname place.
        let surnameMoved = surnameAgrees(bSurname, b.surnameAlternatives, with: aFirst)
        let forenameMoved = surnameAgrees(aSurname, a.surnameAlternatives, with: bFirst)
        switch (surnameMoved, forenameMoved) {
        case (true, true): return .swapped
        case (false, true): return .crossed
        case (true, false): return .surnameCrossed
        case (false, false): return nil
        }
    }
}
