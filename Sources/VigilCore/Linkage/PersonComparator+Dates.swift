extension PersonComparator {
    /// Compares two dates of birth; `nil` when either is missing.
    @inline(__always)
    static func dateLevel(_ a: ComparisonCodes, _ b: ComparisonCodes) -> DateLevel? {
        guard let x = a.dateOfBirth, let y = b.dateOfBirth else { return nil }
        if x == y { return .exact }
        let level: DateLevel
        if x.year == y.year && x.day == y.month && x.month == y.day {
            level = .transposed
        } else if x.month == y.month && x.day == y.day && abs(Int(x.year) - Int(y.year)) == 1 {
            // Before "one digit": 1991-12-09 for 1990-12-09 is a year out, whichever digits it changed.
            level = .yearOff
        } else if abs(a.birthDays - b.birthDays) == 1 || digitSlip(a.birthDigits, b.birthDigits) {
            level = .oneOff
        } else if x.year == y.year && x.month == y.month {
            level = .sameYearAndMonth
        } else {
            return .other
        }
        // Police systems write 1 January for an unknown birthday, so a record's 1 January is never
        // evidence (it is missing); a date near an employee's real 1 January must not count for more.
        return isNewYear(x) || isNewYear(y) ? nil : level
    }

    /// Whether a date is 1 January.
    @inline(__always)
    static func isNewYear(_ date: CalendarDate) -> Bool {
        date.month == 1 && date.day == 1
    }

    /// Whether two dates written YYYYMMDD (as ``ComparisonCodes/birthDigits``) differ in exactly one
    /// digit, or in two neighbouring digits swapped (1985 and 1958).
    @inline(__always)
    static func digitSlip(_ a: UInt32, _ b: UInt32) -> Bool {
        let difference = a ^ b
        // One bit per digit that differs, at the digit's lowest bit.
        var differing = difference | (difference >> 1)
        differing |= differing >> 2
        differing &= 0x1111_1111
        switch differing.nonzeroBitCount {
        case 1:
            return true
        case 2:
            // Neighbours, and each one's digit is the other's.
            guard differing & (differing >> 4) != 0 else { return false }
            let shift = UInt32(differing.trailingZeroBitCount)
            let pairMask: UInt32 = 0xFF << shift
            let swapped = ((a >> 4) & (0xF << shift)) | ((a << 4) & (0xF0 << shift))
            return swapped & pairMask == b & pairMask
        default:
            return false
        }
    }

    // MARK: Addresses

    /// Compares a record's address with an employee's (as codes); `nil` when either is missing altogether.
    @inline(__always)
    static func addressLevel(
        _ a: PersonFeatures,
        _ y: AddressCodes,
        employee b: () -> PersonFeatures,
        town: (Int32) -> SpelledTown
    ) -> AddressLevel? {
        let x = a.codes.address
        guard !x.isMissing, !y.isMissing else { return nil }
        // Only a place (a town, an outward code, or both) on either side: a place that differs is a different
        // address, and one that agrees says nothing of the street or house, so the address is not compared.
        if x.isPlaceOnly || y.isPlaceOnly {
            return placesDiffer(a, x, y, employee: b, town: town) ? .other : nil
        }
        // A shared UPRN is the same property, unless the postcode, house number or street says otherwise
        // (one of them is wrong): then the text is judged as if there were no UPRN.
        if x.uprn != 0 && x.uprn == y.uprn && !x.contradicts(y) { return .wholeAddress }
        let samePostcode = x.evidencePostcode != 0 && x.evidencePostcode == y.evidencePostcode
        let sameHouse = x.sameHouse(y)
        /// Streets agree when spelled alike.
        func sameStreet() -> Bool {
            guard x.street != 0, y.street != 0 else { return false }
            return x.street == y.street || a.place.streetSpelledAlike(b().place)
        }
        if samePostcode && sameHouse {
            return sameStreet() && x.town != 0 && x.town == y.town ? .wholeAddress : .postcodeAndHouse
        }
        // A street name recurs across a conurbation: it counts only within one town or postcode sector,
        // or within the district an outward code given alone names (all half a postcode can say).
        // Towns agree when spelled alike (a typo in a town name is common; two towns spelled alike are not).
        let samePlace =
            samePostcode || (x.sector != 0 && x.sector == y.sector) || x.town == 0 || y.town == 0
            || x.town == y.town || x.sameDistrictFromOutwardCode(y) || townsSpelledAlike(a, y, employee: b, town: town)
        let sameStreet = samePlace && sameStreet()
        if sameStreet && sameHouse { return .streetAndHouse }
        // The postcode agrees but one side gives no house: which house cannot be told, so the pair is
        // not compared on address (the level means a different house at the postcode, a neighbour).
        if samePostcode { return x.housesComparable(y) ? .postcode : nil }
        if sameStreet { return .street }
        if x.town != 0 && x.town == y.town { return .town }
        return .other
    }

    /// Whether two addresses, one of which gives only its place, are in different places: districts that
    /// differ when both give one (a district holds several towns and villages, whose names then say
    /// nothing more), otherwise towns that differ and are not spelled alike. Nothing to compare is no
    /// difference.
    @inline(__always)
    static func placesDiffer(
        _ a: PersonFeatures,
        _ x: AddressCodes,
        _ y: AddressCodes,
        employee b: () -> PersonFeatures,
        town: (Int32) -> SpelledTown
    ) -> Bool {
        if x.district != 0 && y.district != 0 { return x.district != y.district }
        guard x.town != 0, y.town != 0, x.town != y.town else { return false }
        return !townsSpelledAlike(a, y, employee: b, town: town)
    }

    /// Whether two present addresses share no UPRN, postcode or house: their level can then only be
    /// `street`, `town` or `other`, and telling which takes the spelled-alike checks.
    @inline(__always)
    static func addressesAreApart(_ x: AddressCodes, _ y: AddressCodes) -> Bool {
        // A place alone (a town or an outward code) that agrees leaves the address uncompared
        // (`addressLevel`), above any level of addresses apart.
        guard !x.isMissing, !y.isMissing, !x.isPlaceOnly, !y.isPlaceOnly else { return false }
        if x.uprn != 0 && x.uprn == y.uprn { return false }
        if x.evidencePostcode != 0 && x.evidencePostcode == y.evidencePostcode { return false }
        return !x.sameHouse(y)
    }

    /// Towns agree when spelled alike; the employee's town comes from the roster's interned towns when
    /// it has an index there.
    @inline(__always)
    static func townsSpelledAlike(
        _ a: PersonFeatures,
        _ y: AddressCodes,
        employee b: () -> PersonFeatures,
        town: (Int32) -> SpelledTown
    ) -> Bool {
        let place = a.place
        return place.townBytes.withUnsafeBufferPointer { record in
            if y.townIndex >= 0 {
                let other = town(y.townIndex)
                let shared = place.townLetters.sharedAtMost(other.letters)
                return JaroWinkler.reaches(0.92, record, other.bytes, sharedAtMost: shared)
            }
            let other = b().place
            return other.townBytes.withUnsafeBufferPointer {
                JaroWinkler.reaches(0.92, record, $0, sharedAtMost: place.townLetters.sharedAtMost(other.townLetters))
            }
        }
    }
}
