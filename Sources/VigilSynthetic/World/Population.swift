/// The synthetic population: households living at the addresses of an `AddressBook`.
///
/// Households are what make linkage hard: relatives share a surname and an address, some children
/// are twins, married women carry their husband's surname and a maiden name from before.
struct Population: Sendable {
    /// The reference "today" of every world: events, start dates and ages stop here.
    static let today = DayNumber.from(year: 2026, month: 3, day: 31)

    let names: NameFrequencies
    let book: AddressBook
    private(set) var people: [Person] = []
    /// First resident of the household built at each address; -1 if the dwelling is empty.
    private(set) var householdFirst: [Int32]
    /// Size of the household built at each address.
    private(set) var householdSize: [UInt8]
    private(set) var households = 0

    private static let sizes = WeightedTable<Int>([(1, 0.28), (2, 0.32), (3, 0.16), (4, 0.14), (5, 0.07), (6, 0.03)])

    /// Builds households until the population reaches `size` people.
    init(size: Int, random: inout SeededGenerator) {
        names = .westMidlands
        book = AddressBook(count: size / 2 + 64, random: &random)
        householdFirst = Array(repeating: -1, count: book.addresses.count)
        householdSize = Array(repeating: 0, count: book.addresses.count)
        people.reserveCapacity(size + size / 8)
        var address = 0
        while people.count < size && address < book.addresses.count {
            if !random.chance(0.05) { buildHousehold(at: address, &random) }
            address += 1
        }
    }

    /// The person at an index.
    subscript(index: Int) -> Person {
        get { people[index] }
        set { people[index] = newValue }
    }

    /// Adds a person made elsewhere (a twin or namesake) and returns their index.
    mutating func append(_ person: Person) -> Int {
        people.append(person)
        return people.count - 1
    }

    /// Indices of the household built at an address (empty for an empty dwelling).
    func household(at address: Int) -> Range<Int> {
        let first = Int(householdFirst[address])
        return first < 0 ? 0..<0 : first..<(first + Int(householdSize[address]))
    }

    private mutating func buildHousehold(at address: Int, _ random: inout SeededGenerator) {
        let heritage = Heritage.householdShares.sample(&random)
        let size = Population.sizes.sample(&random)
        let family = names.surname(heritage, &random)
        let second: Int32 = heritage == .whiteBritish && random.chance(0.04) ? names.surname(heritage, &random) : -1
        let first = people.count
        let headBorn = Population.today - random.int(in: 19 * 365...85 * 365)
        var head = makePerson(
            heritage,
            female: random.chance(0.5),
            family,
            second,
            headBorn,
            address,
            differingFrom: first..<people.count,
            &random
        )
        var mother = head.female ? head.dateOfBirth : Int32(headBorn + random.int(in: -4 * 365...6 * 365))
        people.append(head)
        if size >= 2 && random.chance(0.7) {
            let partnerBorn = headBorn + random.int(in: -6 * 365...6 * 365)
            var partner = makePerson(
                heritage,
                female: !head.female,
                family,
                second,
                partnerBorn,
                address,
                differingFrom: first..<people.count,
                &random
            )
            if head.female { marry(&head, &random) } else { marry(&partner, &random) }
            people[first] = head
            if partner.female { mother = partner.dateOfBirth }
            people.append(partner)
        }
        while people.count - first < size {
            let earliest = Int(mother) + 18 * 365
            let latest = min(Int(mother) + 44 * 365, Population.today - 30)
            guard earliest < latest else { break }
            let born = random.int(in: earliest...latest)
            people.append(
                makePerson(
                    heritage,
                    female: random.chance(0.5),
                    family,
                    second,
                    born,
                    address,
                    differingFrom: first..<people.count,
                    &random
                )
            )
            if people.count - first < size && random.chance(0.03) {
                people.append(
                    makePerson(
                        heritage,
                        female: random.chance(0.5),
                        family,
                        second,
                        born,
                        address,
                        differingFrom: first..<people.count,
                        &random
                    )
                )
            }
        }
        householdFirst[address] = Int32(first)
        householdSize[address] = UInt8(people.count - first)
        households += 1
    }

    /// A new person with heritage naming customs applied; forenames differ from those in `sharing`.
    func makePerson(
        _ heritage: Heritage,
        female: Bool,
        _ family: Int32,
        _ second: Int32,
        _ born: Int,
        _ address: Int,
        differingFrom sharing: Range<Int>,
        _ random: inout SeededGenerator
    ) -> Person {
        var surname = family
        switch heritage {
        case .sikhPunjabi:
            if random.chance(0.6) { surname = female ? names.kaur : names.singh }
        case .muslimSouthAsian:
            if female && random.chance(0.25) { surname = random.chance(0.75) ? names.begum : names.bibi }
        default:
            break
        }
        var person = Person(
            heritage: heritage,
            female: female,
            forename: 0,
            surname: surname,
            surname2: surname == family ? second : -1,
            dateOfBirth: Int32(born),
            address: Int32(address)
        )
        for _ in 0..<4 {
            let forenames = makeForenames(heritage, female: female, &random)
            person.forename = forenames.forename
            person.middle = forenames.middle
            if !people[sharing].contains(where: { sameForenames($0, person) }) { break }
        }
        return person
    }

    private func sameForenames(_ a: Person, _ b: Person) -> Bool {
        a.forename == b.forename && a.middle == b.middle
    }

    /// Forename and middle name: Muhammad as a first element for nearly half of Muslim boys.
    func makeForenames(
        _ heritage: Heritage,
        female: Bool,
        _ random: inout SeededGenerator
    ) -> (forename: Int32, middle: Int32) {
        if heritage == .muslimSouthAsian && !female && random.chance(0.45) {
            return (names.muhammad.sample(&random), names.forename(heritage, female: false, &random))
        }
        let forename = names.forename(heritage, female: female, &random)
        guard random.chance(heritage == .whiteBritish ? 0.45 : 0.12) else { return (forename, -1) }
        let middle = names.forename(heritage, female: female, &random)
        return (forename, middle == forename ? -1 : middle)
    }

    /// A married woman who took the family surname gets a maiden name and a wedding day.
    private func marry(_ wife: inout Person, _ random: inout SeededGenerator) {
        guard random.chance(0.75), wife.surname != names.kaur, wife.surname != names.begum,
            wife.surname != names.bibi
        else { return }
        var maiden = names.surname(wife.heritage, &random)
        if maiden == wife.surname { maiden = names.surname(wife.heritage, &random) }
        guard maiden != wife.surname else { return }
        let earliest = max(Int(wife.dateOfBirth) + 19 * 365, DayNumber.from(year: 1985, month: 1, day: 1))
        guard earliest < Population.today - 30 else { return }
        // Weddings lean recent so that many maiden names appear in the 2015–2026 records.
        let span = Population.today - 30 - earliest
        let offset = Int(Double(span) * (1 - random.unit() * random.unit()))
        wife.maiden = maiden
        wife.marriageDay = Int32(earliest + offset)
    }
}
