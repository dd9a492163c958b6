/// An in-memory index of the roster under several blocking keys, probed once per record.
///
/// The roster is small (thousands to tens of thousands of people) and the extracts large, so the roster
/// is indexed and each person record is looked up as it streams past: memory is bounded by the roster.
public struct BlockingIndex: Sendable {
    private var table: [UInt64: [Int32]] = [:]
    /// How many roster entries were indexed.
    public let count: Int

    /// Indexes the roster's people.
    public init(people: [PersonFeatures]) {
        count = people.count
        for (index, person) in people.enumerated() {
            var keys: [UInt64] = []
            Self.keys(of: person, rules: .all, probing: false, into: &keys)
            for key in Set(keys) {
                table[key, default: []].append(Int32(index))
            }
        }
    }

    /// Adds to `candidates` the roster positions that share a block with `record` under `rules`.
    public func candidates(for record: PersonFeatures, rules: BlockingRules = .all, into candidates: inout [Int32]) {
        var keys: [UInt64] = []
        keys.reserveCapacity(24)
        Self.keys(of: record, rules: rules, probing: true, into: &keys)
        for key in keys {
            guard let entries = table[key] else { continue }
            for entry in entries where !candidates.contains(entry) {
                candidates.append(entry)
            }
        }
    }

    /// The keys of one person. A probing record also tries a swapped date and swapped names.
    static func keys(of person: PersonFeatures, rules: BlockingRules, probing: Bool, into keys: inout [UInt64]) {
        let forenames = person.forenames + (person.muhammadPrefix.map { [$0] } ?? [])
        let surnames = (person.surname.map { [$0] } ?? []) + person.surnameAlternatives
        if let dob = person.dateOfBirth {
            if rules.contains(.dateOfBirth) {
                keys.append(BlockingKey.make(.dateOfBirth) { $0.mix(dob.daysSinceEpoch) })
            }
            if probing, rules.contains(.dateOfBirthTransposed), dob.day <= 12, dob.day != dob.month,
                let swapped = CalendarDate(year: Int(dob.year), month: Int(dob.day), day: Int(dob.month))
            {
                keys.append(BlockingKey.make(.dateOfBirth) { $0.mix(swapped.daysSinceEpoch) })
            }
            if rules.contains(.surnameAndBirthYear) {
                for surname in surnames {
                    for code in surname.codeHashes {
                        keys.append(
                            BlockingKey.make(.surnameAndBirthYear) {
                                $0.mix(hash: code)
                                $0.mix(Int(dob.year))
                            }
                        )
                    }
                }
            }
            if rules.contains(.forenameAndBirthMonth) {
                for forename in forenames.prefix(1) {
                    for code in forename.codeHashes {
                        keys.append(
                            BlockingKey.make(.forenameAndBirthMonth) {
                                $0.mix(hash: code)
                                $0.mix(Int(dob.year) * 12 + Int(dob.month))
                            }
                        )
                    }
                }
            }
        }
        if rules.contains(.forenameAndSurname) {
            nameKeys(forenames: forenames, surnames: surnames, into: &keys)
            if probing, let surname = person.surname {
                // Forename and surname recorded the other way round.
                nameKeys(forenames: [surname], surnames: forenames.prefix(1).map { $0 }, into: &keys)
            }
        }
        if rules.contains(.forenameVariantAndSurname) {
            for forename in forenames {
                for group in forename.groups {
                    for surname in surnames {
                        keys.append(
                            BlockingKey.make(.forenameVariantAndSurname) {
                                $0.mix(Int(group))
                                $0.mix(hash: surname.codeHashes.first ?? 0)
                            }
                        )
                    }
                }
            }
        }
        if let postcode = person.address.evidencePostcode {
            if rules.contains(.surnameAndPostcode) {
                for surname in surnames {
                    keys.append(
                        BlockingKey.make(.surnameAndPostcode) {
                            $0.mix(hash: surname.codeHashes.first ?? 0)
                            $0.mix(postcode)
                        }
                    )
                }
            }
            if rules.contains(.forenameAndPostcode) {
                for forename in forenames.prefix(1) {
                    keys.append(
                        BlockingKey.make(.forenameAndPostcode) {
                            $0.mix(hash: forename.codeHashes.first ?? 0)
                            $0.mix(postcode)
                        }
                    )
                }
            }
        }
        if let house = person.address.houseNumber {
            if rules.contains(.surnameAndHouse) {
                for surname in surnames {
                    keys.append(
                        BlockingKey.make(.surnameAndHouse) {
                            $0.mix(hash: surname.codeHashes.first ?? 0)
                            $0.mix(house)
                        }
                    )
                }
            }
            if rules.contains(.streetAndHouse), let street = person.address.street {
                keys.append(
                    BlockingKey.make(.streetAndHouse) {
                        $0.mix(street)
                        $0.mix(house)
                    }
                )
            }
        }
        if rules.contains(.streetAndTown), let street = person.address.street, let town = person.address.town {
            // A whole street is a big block; the first letter of either name keeps it small.
            var initials = [forenames.first?.bytes.first, person.surname?.bytes.first].compactMap { $0 }
            if initials.count == 2 && initials[0] == initials[1] { initials.removeLast() }
            for initial in initials {
                keys.append(
                    BlockingKey.make(.streetAndTown) {
                        $0.mix(street)
                        $0.mix(town)
                        $0.mix(initial)
                    }
                )
            }
        }
        if rules.contains(.postcodeAndHouse), let postcode = person.address.evidencePostcode,
            let house = person.address.houseNumber ?? person.address.houseName
        {
            keys.append(
                BlockingKey.make(.postcodeAndHouse) {
                    $0.mix(postcode)
                    $0.mix(house)
                }
            )
        }
    }

    private static func nameKeys(forenames: [NameToken], surnames: [NameToken], into keys: inout [UInt64]) {
        for forename in forenames {
            for forenameCode in forename.codeHashes {
                for surname in surnames {
                    for surnameCode in surname.codeHashes {
                        keys.append(
                            BlockingKey.make(.forenameAndSurname) {
                                $0.mix(hash: forenameCode)
                                $0.mix(hash: surnameCode)
                            }
                        )
                    }
                }
            }
        }
    }
}
