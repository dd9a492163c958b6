/// The parts of an address that come from its street words and town: house name, street and town, with
/// their bytes and hashes made once.
///
/// Every house on a street shares one place (the extractor caches it per street and town), so copying an
/// address costs one reference count for all of these, not one per string and byte array, and the
/// hashes that comparisons use are not made again for every record.
final class AddressPlace: Sendable {
    // Stored in this order so that what the spelling checks read comes first; the texts come last.
    /// The street's bytes, for the string comparators.
    let streetBytes: [UInt8]
    /// The town's bytes, for the string comparators.
    let townBytes: [UInt8]
    /// The street's and the town's letters, counted once for the spelling checks' first bound.
    let streetLetters: LetterCounts
    let townLetters: LetterCounts
    /// ``AddressCodes/code(_:)`` of the house name, street and town (0 when absent).
    let houseNameCode: UInt64
    let streetCode: UInt64
    let townCode: UInt64
    let houseName: String?
    let street: String?
    let town: String?

    init(houseName: String?, street: String?, town: String?) {
        self.houseName = houseName
        self.street = street
        self.town = town
        streetBytes = street.map { Array($0.utf8) } ?? []
        townBytes = town.map { Array($0.utf8) } ?? []
        streetLetters = LetterCounts(streetBytes)
        townLetters = LetterCounts(townBytes)
        houseNameCode = AddressCodes.code(houseName)
        streetCode = AddressCodes.code(street)
        townCode = AddressCodes.code(town)
    }

    /// The place with nothing known.
    static let none = AddressPlace(houseName: nil, street: nil, town: nil)

    /// The place of these parts: the shared ``none`` when all three are missing.
    static func of(houseName: String?, street: String?, town: String?) -> AddressPlace {
        houseName == nil && street == nil && town == nil
            ? .none : AddressPlace(houseName: houseName, street: street, town: town)
    }

    /// Whether the two streets' Jaro-Winkler similarity reaches 0.92, the threshold at which the
    /// comparators count a street as spelled alike.
    @inline(__always)
    func streetSpelledAlike(_ other: AddressPlace) -> Bool {
        streetBytes.withUnsafeBufferPointer { mine in
            other.streetBytes.withUnsafeBufferPointer { theirs in
                JaroWinkler.reaches(0.92, mine, theirs, sharedAtMost: streetLetters.sharedAtMost(other.streetLetters))
            }
        }
    }
}
