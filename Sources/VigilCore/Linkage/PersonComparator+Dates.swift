extension PersonComparator {
    /// Compares two dates of birth; `nil` when either is missing.
    static func dateLevel(_ a: CalendarDate?, _ b: CalendarDate?) -> DateLevel? {
        guard let a, let b else { return nil }
        if a == b { return .exact }
        if a.year == b.year && a.day == b.month && a.month == b.day { return .transposed }
        if abs(a.daysSinceEpoch - b.daysSinceEpoch) == 1 || differsInOneDigit(a, b) || adjacentDigitsSwapped(a, b) {
            return .oneOff
        }
        if a.year == b.year && a.month == b.month { return .sameYearAndMonth }
        if a.month == b.month && a.day == b.day && abs(Int(a.year) - Int(b.year)) == 1 { return .yearOff }
        return .other
    }

    /// Whether the two dates written as YYYYMMDD differ by two neighbouring digits swapped (1985 and 1958).
    static func adjacentDigitsSwapped(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        var x = Int(a.year) * 10_000 + Int(a.month) * 100 + Int(a.day)
        var y = Int(b.year) * 10_000 + Int(b.month) * 100 + Int(b.day)
        var differing = 0
        var first = (position: -1, x: 0, y: 0)
        var second = (position: -1, x: 0, y: 0)
        for position in 0..<8 {
            let dx = x % 10
            let dy = y % 10
            if dx != dy {
                differing += 1
                if differing > 2 { return false }
                if differing == 1 { first = (position, dx, dy) } else { second = (position, dx, dy) }
            }
            x /= 10
            y /= 10
        }
        return differing == 2 && second.position == first.position + 1 && first.x == second.y && first.y == second.x
    }

    /// Whether the two dates written as YYYYMMDD differ in exactly one digit.
    static func differsInOneDigit(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        var differences = 0
        func count(_ x: Int, _ y: Int, digits: Int) {
            var x = x
            var y = y
            for _ in 0..<digits {
                if x % 10 != y % 10 { differences += 1 }
                x /= 10
                y /= 10
            }
        }
        count(Int(a.year), Int(b.year), digits: 4)
        count(Int(a.month), Int(b.month), digits: 2)
        count(Int(a.day), Int(b.day), digits: 2)
        return differences == 1
    }

    // MARK: Addresses

    /// Compares a record's address with an employee's (as codes); `nil` when either is missing altogether.
    @inline(__always)
    static func addressLevel(
        _ a: PersonFeatures,
        _ y: AddressCodes,
        employee b: () -> PersonFeatures,
        town: (Int32) -> UnsafeBufferPointer<UInt8>
    ) -> AddressLevel? {
        let x = a.codes.address
        guard !x.isMissing, !y.isMissing else { return nil }
        if x.uprn != 0 && x.uprn == y.uprn { return .wholeAddress }
        let samePostcode = x.evidencePostcode != 0 && x.evidencePostcode == y.evidencePostcode
        let sameHouse = x.sameHouse(y)
        /// Streets agree when spelled alike.
        func sameStreet() -> Bool {
            guard x.street != 0, y.street != 0 else { return false }
            return x.street == y.street || JaroWinkler.reaches(0.92, a.streetBytes, b().streetBytes)
        }
        if samePostcode && sameHouse {
            return sameStreet() && x.town != 0 && x.town == y.town ? .wholeAddress : .postcodeAndHouse
        }
        // A street name recurs across a conurbation: it counts only within one town or postcode sector.
        // Towns agree when spelled alike (a typo in a town name is common; two towns spelled alike are not).
        let samePlace =
            samePostcode || (x.sector != 0 && x.sector == y.sector) || x.town == 0 || y.town == 0
            || x.town == y.town || townsSpelledAlike(a, y, employee: b, town: town)
        let sameStreet = samePlace && sameStreet()
        if sameStreet && sameHouse { return .streetAndHouse }
        if samePostcode { return .postcode }
        if sameStreet { return .street }
        if x.town != 0 && x.town == y.town { return .town }
        return .other
    }

    /// Towns agree when spelled alike; the employee's town comes from the roster's interned towns when
    /// it has an index there.
    @inline(__always)
    static func townsSpelledAlike(
        _ a: PersonFeatures,
        _ y: AddressCodes,
        employee b: () -> PersonFeatures,
        town: (Int32) -> UnsafeBufferPointer<UInt8>
    ) -> Bool {
        a.townBytes.withUnsafeBufferPointer { record in
            y.townIndex >= 0
                ? JaroWinkler.reaches(0.92, record, town(y.townIndex))
                : b().townBytes.withUnsafeBufferPointer { JaroWinkler.reaches(0.92, record, $0) }
        }
    }
}
