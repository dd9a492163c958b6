/// The dwellings of the synthetic world, grouped into postcode units of a few neighbouring streets.
///
/// Addresses of one unit are stored contiguously, so "a neighbour in the same postcode" is a cheap
/// index range, which the hard negatives rely on.
struct AddressBook: Sendable {
    /// One dwelling: a house number on a street, optionally a flat, inside a postcode unit.
    struct Address: Sendable {
        var street: Int32
        var number: Int16
        var flat: Int16
        var unit: Int32
        var uprn: Int64
    }

    /// A postcode unit: its postcode, its town and the range of its addresses.
    struct PostcodeUnit: Sendable {
        var postcode: String
        var town: Int
        var firstAddress: Int
        var count: Int
    }

    private(set) var streets: [String] = []
    private(set) var units: [PostcodeUnit] = []
    private(set) var addresses: [Address] = []
    private var usedPostcodes: Set<String> = []

    /// Builds at least `count` addresses.
    init(count: Int, random: inout SeededGenerator) {
        addresses.reserveCapacity(count + 64)
        while addresses.count < count { addUnit(&random) }
    }

    private mutating func addUnit(_ random: inout SeededGenerator) {
        let town = Gazetteer.townTable.sample(&random)
        let district = random.pick(Gazetteer.towns[town].districts)
        var postcode = ""
        repeat {
            let letters = Gazetteer.inwardLetters
            postcode = "\(district) \(random.below(10))\(random.pick(letters))\(random.pick(letters))"
        } while usedPostcodes.contains(postcode)
        usedPostcodes.insert(postcode)
        let unitIndex = Int32(units.count)
        let first = addresses.count
        let streetCount = random.chance(0.3) ? 2 : 1
        for _ in 0..<streetCount {
            let street = Int32(streets.count)
            streets.append(random.pick(Gazetteer.streetRoots) + " " + Gazetteer.streetSuffixes.sample(&random))
            if random.chance(0.15) {
                let number = Int16(random.int(in: 1...240))
                for flat in 1...random.int(in: 4...12) {
                    append(street, number, Int16(flat), unitIndex, &random)
                }
            } else {
                var number = random.int(in: 1...180)
                for _ in 0..<random.int(in: 5...14) {
                    append(street, Int16(number), 0, unitIndex, &random)
                    number += 2
                }
            }
        }
        units.append(PostcodeUnit(postcode: postcode, town: town, firstAddress: first, count: addresses.count - first))
    }

    private mutating func append(
        _ street: Int32,
        _ number: Int16,
        _ flat: Int16,
        _ unit: Int32,
        _ random: inout SeededGenerator
    ) {
        // Twelve digits, unique because the index is part of it.
        let uprn = 100_000_000_000 + Int64(addresses.count) * 97 + Int64(random.below(97))
        addresses.append(Address(street: street, number: number, flat: flat, unit: unit, uprn: uprn))
    }

    /// The first address line in canonical form, e.g. "Flat 3, 12 Soho Road".
    func line(_ index: Int) -> String {
        let address = addresses[index]
        let house = "\(address.number) \(streets[Int(address.street)])"
        return address.flat > 0 ? "Flat \(address.flat), \(house)" : house
    }

    /// The postcode unit of an address.
    func unit(of index: Int) -> PostcodeUnit {
        units[Int(addresses[index].unit)]
    }

    /// The town name of an address.
    func town(_ index: Int) -> String {
        Gazetteer.towns[unit(of: index).town].name
    }

    /// Another address in the same postcode unit, if the unit has one.
    func neighbour(of index: Int, _ random: inout SeededGenerator) -> Int? {
        let unit = unit(of: index)
        guard unit.count > 1 else { return nil }
        let offset = random.below(unit.count - 1)
        let candidate = unit.firstAddress + offset
        return candidate >= index ? candidate + 1 : candidate
    }
}
