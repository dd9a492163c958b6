/// One member of the synthetic population, held compactly as name and address indices.
///
/// A person's surname and address depend on the date: before a marriage the maiden surname applies,
/// before a move the previous address does, which is what makes older records disagree with HR.
struct Person: Sendable {
    var heritage: Heritage
    var female: Bool
    var forename: Int32
    /// The name in use after a Muhammad first element, or an ordinary middle name; -1 if none.
    var middle: Int32 = -1
    var surname: Int32
    /// Second half of a double-barrelled surname ("Smith-Jones"); -1 if none.
    var surname2: Int32 = -1
    /// Surname before marriage; -1 if none.
    var maiden: Int32 = -1
    var marriageDay: Int32 = 0
    var dateOfBirth: Int32
    var address: Int32
    /// Home before the last move; -1 if none.
    var previousAddress: Int32 = -1
    var moveDay: Int32 = 0
    /// Index into the roster; -1 for a member of the public.
    var employee: Int32 = -1

    /// The surname in use on a day, and whether it is a maiden name.
    func surname(on day: Int, names: NameFrequencies) -> (text: String, isMaiden: Bool) {
        if maiden >= 0 && day < Int(marriageDay) {
            return (names.text(maiden), true)
        }
        return (fullSurname(names), false)
    }

    /// The current surname, double-barrelled if it has two halves.
    func fullSurname(_ names: NameFrequencies) -> String {
        surname2 >= 0 ? names.text(surname) + "-" + names.text(surname2) : names.text(surname)
    }

    /// The address lived at on a day, and whether it is a former address.
    func address(on day: Int) -> (index: Int, isFormer: Bool) {
        if previousAddress >= 0 && day < Int(moveDay) {
            return (Int(previousAddress), true)
        }
        return (Int(address), false)
    }

    /// Forename and middle name as HR holds them ("Mohammed Asif", "Sarah Louise").
    func formalForenames(_ names: NameFrequencies) -> String {
        middle >= 0 ? names.text(forename) + " " + names.text(middle) : names.text(forename)
    }
}
