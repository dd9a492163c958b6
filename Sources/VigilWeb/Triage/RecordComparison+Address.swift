import VigilCore

extension RecordComparison {
    /// The address line as ``AddressParser`` reads it: flat, house number or name, street (abbreviations
    /// written out) and locality. The same parts written differently agree; the same house and street
    /// with the flat on one side only, or the same street with another house, partly agree.
    static func address(_ employee: String, _ employeeTown: String, _ record: String, _ recordTown: String) -> Field {
        let hr = AddressParser.parse(addressLine: employee, town: employeeTown)
        let other = AddressParser.parse(addressLine: record, town: recordTown)
        return field("Address", employee, record, present: !hr.isMissing && !other.isMissing) {
            compareAddresses(hr, other, employee, record)
        }
    }

    private static func compareAddresses(
        _ hr: ParsedAddress,
        _ other: ParsedAddress,
        _ employee: String,
        _ record: String
    ) -> (Agreement, String?) {
        let sameStreet = hr.street == other.street
        let sameHouse = hr.houseNumber == other.houseNumber && hr.houseName == other.houseName
        guard sameStreet else {
            if let name = hr.houseName, name == other.houseName, hr.street.isEmpty || other.street.isEmpty {
                return (.partlyAgrees, "the same house name; the street is given on one side only")
            }
            return (.differs, nil)
        }
        guard sameHouse else {
            guard !hr.street.isEmpty else { return (.differs, nil) }
            if (hr.houseNumber ?? hr.houseName) == nil || (other.houseNumber ?? other.houseName) == nil {
                return (.partlyAgrees, "the same street; the house is given on one side only")
            }
            return (.partlyAgrees, "the same street, a different house")
        }
        switch (hr.flat, other.flat) {
        case (let left?, let right?) where left != right:
            return (
                .partlyAgrees, "the same building, a different flat (\(left) on the roster, \(right) on the record)"
            )
        case (let left?, nil):
            return (.partlyAgrees, "the flat is missing on one side: the roster gives flat \(left), the record none")
        case (nil, let right?):
            return (.partlyAgrees, "the flat is missing on one side: the record gives flat \(right), the roster none")
        default:
            break
        }
        if let left = hr.locality, let right = other.locality, left != right {
            return (.partlyAgrees, "the same house and street, a different locality (\(left), \(right))")
        }
        return (.agrees, writtenDifferently(employee, record))
    }

    /// Why two lines that give the same address read differently, or `nil` when they read the same.
    private static func writtenDifferently(_ employee: String, _ record: String) -> String? {
        let left = normalised(employee).split(separator: " ").map(String.init)
        let right = normalised(record).split(separator: " ").map(String.init)
        guard left != right else { return nil }
        let pairs = abbreviations(from: left, to: right) + abbreviations(from: right, to: left)
        guard !pairs.isEmpty else { return "the same address, written differently" }
        return "abbreviation: " + pairs.map { "\($0.short) for \($0.long)" }.joined(separator: ", ")
    }

    /// Words of `words` that are abbreviations of a word only `others` holds ("AVE" for "AVENUE").
    private static func abbreviations(from words: [String], to others: [String]) -> [(short: String, long: String)] {
        let theirs = Set(others)
        var found: [(short: String, long: String)] = []
        for word in words where !theirs.contains(word) {
            // First and later in a street name: "ST" is SAINT first and STREET after.
            var first = [word, "X"]
            var later = ["X", word]
            AddressAbbreviations.expandStreet(&first)
            AddressAbbreviations.expandStreet(&later)
            let long = [first[0], later[1]].first { $0 != word && theirs.contains($0) }
            if let long, !found.contains(where: { $0.short == word }) { found.append((word, long)) }
        }
        return found
    }

    /// Towns as ``AddressParser/normaliseTown(_:)`` reads them ("St. Albans" is "SAINT ALBANS").
    static func town(_ employee: String, _ record: String) -> Field {
        let hr = AddressParser.normaliseTown(employee)
        let other = AddressParser.normaliseTown(record)
        return field("Town", employee, record, present: hr != nil && other != nil) {
            hr == other ? (.agrees, nil) : (.differs, nil)
        }
    }

    /// Postcodes as ``PostcodeValue`` reads them: without spaces or stray punctuation; the same sector
    /// ("WS1 1" of "WS1 1AA") partly agrees.
    static func postcode(_ employee: String, _ record: String) -> Field {
        let hr = PostcodeValue.parse(employee)
        let other = PostcodeValue.parse(record)
        return field("Postcode", employee, record, present: !hr.isMissing && !other.isMissing) {
            if hr == other { return (.agrees, nil) }
            if let left = hr.postcode, let right = other.postcode, !left.isSpecial, left.sector == right.sector {
                return (.partlyAgrees, "the same postcode sector (\(left.sector))")
            }
            return (.differs, nil)
        }
    }
}
