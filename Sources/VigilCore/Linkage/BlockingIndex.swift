/// An in-memory index of the roster under several blocking keys, probed once per record.
///
/// The roster is small (thousands to tens of thousands of people) and the extracts large, so the roster
/// is indexed and each person record is looked up as it streams past: memory is bounded by the roster.
public struct BlockingIndex: Sendable {
    private let table: BlockTable
    /// How many roster entries were indexed.
    public let count: Int

    /// Indexes the roster's people.
    public init(people: [PersonFeatures]) {
        count = people.count
        var entries: [(key: UInt64, position: Int32)] = []
        entries.reserveCapacity(people.count * 16)
        for (index, person) in people.enumerated() {
            Self.keys(of: person, rules: .all, probing: false) { entries.append((key: $0, position: Int32(index))) }
        }
        table = BlockTable(entries: entries)
    }

    /// Adds to `candidates` the roster positions that share a block with `record` under `rules`.
    public func candidates(for record: PersonFeatures, rules: BlockingRules = .all, into candidates: inout [Int32]) {
        // Keys are gathered first and probed together (see `BlockTable.forEachPosition(ofKeys:)`); a
        // record with more keys than the buffer holds probes the rest one at a time.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { keys in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: CandidateGathering.capacity) { slots in
                var gathering = CandidateGathering(slots: slots)
                var count = 0
                Self.keys(of: record, rules: rules, probing: true) { key in
                    if count < keys.count {
                        keys[count] = key
                        count += 1
                    } else {
                        table.forEachPosition(of: key) { gathering.add($0, to: &candidates) }
                    }
                }
                table.forEachPosition(ofKeys: keys, count: count) { gathering.add($0, to: &candidates) }
            }
        }
    }

    /// The keys of one person, each handed to `emit` as it is made (nothing is allocated). A probing
    /// record also tries a swapped date and swapped names.
    @inline(__always)
    static func keys(
        of person: PersonFeatures,
        rules: BlockingRules,
        probing: Bool,
        emit: (UInt64) -> Void
    ) {
        let forenames = person.forenames
        let prefix = person.muhammadPrefix
        let firstForename = forenames.first ?? prefix
        let surname = person.surname
        let alternatives = person.surnameAlternatives
        /// Every forename, then the Muhammad prefix.
        func eachForename(_ body: (NameToken) -> Void) {
            for forename in forenames { body(forename) }
            if let prefix { body(prefix) }
        }
        /// The surname, then every alternative surname.
        func eachSurname(_ body: (NameToken) -> Void) {
            if let surname { body(surname) }
            for alternative in alternatives { body(alternative) }
        }
        if let dob = person.dateOfBirth {
            if rules.contains(.dateOfBirth) {
                // The day count the person's codes already hold (`ComparisonCodes.birthDays`).
                emit(IndexKey.make(.dateOfBirth) { $0.mix(Int(person.codes.birthDays)) })
            }
            if probing, rules.contains(.dateOfBirthTransposed), dob.day <= 12, dob.day != dob.month,
                let swapped = CalendarDate(year: Int(dob.year), month: Int(dob.day), day: Int(dob.month))
            {
                emit(IndexKey.make(.dateOfBirth) { $0.mix(swapped.daysSinceEpoch) })
            }
            if rules.contains(.surnameAndBirthYear) {
                eachSurname { surname in
                    for code in surname.codeHashes {
                        emit(
                            IndexKey.make(.surnameAndBirthYear) {
                                $0.mix(hash: code)
                                $0.mix(Int(dob.year))
                            }
                        )
                    }
                }
            }
            if rules.contains(.forenameAndBirthMonth), let forename = firstForename {
                for code in forename.codeHashes {
                    emit(
                        IndexKey.make(.forenameAndBirthMonth) {
                            $0.mix(hash: code)
                            $0.mix(Int(dob.year) * 12 + Int(dob.month))
                        }
                    )
                }
            }
        }
        if rules.contains(.forenameAndSurname) {
            eachForename { forename in eachSurname { surname in nameKeys(forename, surname, emit: emit) } }
            if probing, let surname, let forename = firstForename {
                // Forename and surname recorded the other way round.
                nameKeys(surname, forename, emit: emit)
            }
        }
        if rules.contains(.forenameVariantAndSurname) {
            eachForename { forename in
                for group in forename.groups {
                    eachSurname { surname in
                        emit(
                            IndexKey.make(.forenameVariantAndSurname) {
                                $0.mix(Int(group))
                                $0.mix(hash: surname.codeHashes.first ?? 0)
                            }
                        )
                    }
                }
            }
        }
        // Address parts enter keys as the hashes the person already carries (`AddressCodes`, 0 = absent).
        let address = person.codes.address
        let postcode = address.evidencePostcode
        if postcode != 0 {
            // A probing record also tries each name in the other's place: at one postcode, a surname
            // recorded as the forename (or the reverse) still finds the employee.
            if rules.contains(.surnameAndPostcode) {
                eachSurname { surname in
                    let code = surname.codeHashes.first ?? 0
                    emit(
                        IndexKey.make(.surnameAndPostcode) {
                            $0.mix(hash: code)
                            $0.mix(hash: postcode)
                        }
                    )
                    if probing {
                        emit(
                            IndexKey.make(.forenameAndPostcode) {
                                $0.mix(hash: code)
                                $0.mix(hash: postcode)
                            }
                        )
                    }
                }
            }
            if rules.contains(.forenameAndPostcode), let forename = firstForename {
                let code = forename.codeHashes.first ?? 0
                emit(
                    IndexKey.make(.forenameAndPostcode) {
                        $0.mix(hash: code)
                        $0.mix(hash: postcode)
                    }
                )
                if probing {
                    emit(
                        IndexKey.make(.surnameAndPostcode) {
                            $0.mix(hash: code)
                            $0.mix(hash: postcode)
                        }
                    )
                }
            }
        }
        let houseNumber = address.houseNumber
        if houseNumber != 0 {
            if rules.contains(.surnameAndHouse) {
                eachSurname { surname in
                    emit(
                        IndexKey.make(.surnameAndHouse) {
                            $0.mix(hash: surname.codeHashes.first ?? 0)
                            $0.mix(hash: houseNumber)
                        }
                    )
                }
            }
            if rules.contains(.streetAndHouse), address.street != 0 {
                emit(
                    IndexKey.make(.streetAndHouse) {
                        $0.mix(hash: address.street)
                        $0.mix(hash: houseNumber)
                    }
                )
            }
        }
        if rules.contains(.streetAndTown), address.street != 0, address.town != 0 {
            // A whole street is a big block; the first letter of either name keeps it small.
            let forenameInitial = firstForename?.bytes.first
            let surnameInitial = surname?.bytes.first
            func streetKey(_ initial: UInt8) {
                emit(
                    IndexKey.make(.streetAndTown) {
                        $0.mix(hash: address.street)
                        $0.mix(hash: address.town)
                        $0.mix(initial)
                    }
                )
            }
            if let forenameInitial { streetKey(forenameInitial) }
            if let surnameInitial, surnameInitial != forenameInitial { streetKey(surnameInitial) }
        }
        let house = houseNumber != 0 ? houseNumber : address.houseName
        if rules.contains(.postcodeAndHouse), postcode != 0, house != 0 {
            emit(
                IndexKey.make(.postcodeAndHouse) {
                    $0.mix(hash: postcode)
                    $0.mix(hash: house)
                }
            )
        }
    }

    /// The keys of one forename and one surname: every pairing of their phonetic codes.
    @inline(__always)
    private static func nameKeys(_ forename: NameToken, _ surname: NameToken, emit: (UInt64) -> Void) {
        for forenameCode in forename.codeHashes {
            for surnameCode in surname.codeHashes {
                emit(
                    IndexKey.make(.forenameAndSurname) {
                        $0.mix(hash: forenameCode)
                        $0.mix(hash: surnameCode)
                    }
                )
            }
        }
    }
}
