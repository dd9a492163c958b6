extension PersonComparator {
    /// Names recorded the other way round where the forename that moved is a lone Muhammad form (or
    /// "M"), and the other side's forenames begin with a Muhammad before the name in use: the level of
    /// the surname put back in its place, and its frequency; `nil` for any other pair.
    ///
    /// "KHAN, MOHAMMED" (forenames KHAN, surname MOHAMMED) for Muhammad Imran Khan is "MOHAMMED KHAN"
    /// the other way round. In its place the lone Muhammad agrees only with the Muhammad before the name
    /// in use: the forename's `middleName` level (`muhammadPrefixLevel`), weak evidence, as siblings
    /// share that prefix. The swap levels cannot say that: `swapped` would weigh it as an identical
    /// forename, `surnameCrossed` as a different one. So the pair is compared as the names put back:
    /// forename at `middleName`, surname at the level the moved surname agrees at (adjusted for its
    /// frequency as a surname), and the swap comparison not compared. It scores as the same names in the
    /// usual order would.
    static func muhammadSwap(
        _ a: PersonFeatures,
        _ b: PersonFeatures,
        swap: PersonComparison.SwapLevel
    ) -> (level: Surname, frequency: Double)? {
        switch swap {
        case .surnameCrossed:
            // `b`'s surname is in `a`'s forename place; `a`'s surname, in the forename's, is the Muhammad.
            guard let moved = a.surname, standsForMuhammad(moved, before: b.muhammadPrefix),
                let first = a.firstForename
            else { return nil }
            return surnamePutBack(first, b)
        case .crossed:
            // `b`'s forename is in `a`'s surname place; `b`'s surname, in the forename's, is the Muhammad.
            guard let moved = b.surname, standsForMuhammad(moved, before: a.muhammadPrefix),
                let first = b.firstForename
            else { return nil }
            return surnamePutBack(first, a)
        case .swapped, .notSwapped:
            return nil
        }
    }

    /// Whether a name recorded in the surname's place is a lone Muhammad form, or its initial, against
    /// forenames that begin with a Muhammad `prefix`.
    static func standsForMuhammad(_ name: NameToken, before prefix: NameToken?) -> Bool {
        guard let prefix else { return false }
        return name.isMuhammadForm || (name.length == 1 && name.firstByte == prefix.firstByte)
    }

    /// The level at which a word recorded in the forename's place agrees with `person`'s surname, read as
    /// a surname, and the frequency it is adjusted by (that surname's, or the part's).
    private static func surnamePutBack(
        _ name: NameToken,
        _ person: PersonFeatures
    ) -> (level: Surname, frequency: Double)? {
        guard let surname = person.surname else { return nil }
        if name.hasSameText(as: surname) { return (.exact, person.surnameFrequency) }
        for alternative in person.surnameAlternatives where alternative.hasSameText(as: name) {
            return (.previousOrPart, alternative.frequency)
        }
        if name.reaches(0.92, surname) { return (.veryClose, 0) }
        if name.isVariant(ofOtherRole: surname) { return (.phonetic, 0) }
        return nil
    }

    /// Whether a record could have its names put back through `muhammadSwap` with the agreed surname
    /// its own forename: then that surname's frequency is not the record's, and a bound must allow any.
    static func mayPutBackItsForename(_ record: PersonFeatures) -> Bool {
        guard let surname = record.surname else { return false }
        return surname.isMuhammadForm || surname.length == 1
    }
}

extension PersonComparator {
    /// How a pair's names were put back by `muhammadSwap`, for explanations: `surnameCrossed` when the
    /// record's surname field held the lone Muhammad, `crossed` when the roster's did; `nil` when the
    /// names were compared as recorded.
    static func namesPutBack(_ record: PersonFeatures, _ employee: PersonFeatures) -> PersonComparison.SwapLevel? {
        guard let forename = forenameLevel(record, employee), let surname = surnameLevel(record, employee),
            let swap = swapLevel(record, employee, forename: forename, surname: surname), swap != .swapped,
            muhammadSwap(record, employee, swap: swap) != nil
        else { return nil }
        return swap
    }
}
