import Testing

@testable import VigilCore

/// A whole name typed into the forenames field, the surname field left blank.
@Suite struct WholeNameTests {
    static func features(_ forenames: String, _ surname: String) -> PersonFeatures {
        var extractor = PersonFeatureExtractor()
        return extractor.features(
            of: PersonRecord(recordID: "R1", source: .crime, forenames: forenames, surname: surname, dateOfBirth: nil)
        )
    }

    @Test("a blank surname takes the last word of the forenames, titles dropped")
    func splitsAtLastWord() {
        let person = Self.features("MR Ranjit Singh", "  ")
        #expect(person.surname?.text == "SINGH")
        #expect(person.forenames.map(\.text) == ["RANJIT"])
        let muhammad = Self.features("Mohammed Asif Khan", "")
        #expect(muhammad.surname?.text == "KHAN")
        #expect(muhammad.firstForename?.text == "ASIF", "the name in use after a Muhammad form, as for any forenames")
    }

    @Test("a surname recorded as unknown, or a single forename, is not split")
    func leavesOtherNamesAlone() {
        let unknown = Self.features("John Paul", "UNKNOWN")
        #expect(unknown.surname == nil)
        #expect(unknown.forenames.map(\.text) == ["JOHN", "PAUL"])
        let single = Self.features("Ranjit", "")
        #expect(single.surname == nil)
        #expect(single.forenames.map(\.text) == ["RANJIT"])
        #expect(PersonFeatureExtractor.wholeName(forenames: "Ranjit Singh", surname: "Sandhu") == nil)
    }

    @Test("split or typed in two fields, the same person compares as the same; the explanation says which")
    func comparesLikeTwoFields() {
        let split = Self.features("Ms Amarjit Kaur", "")
        let fields = Self.features("Amarjit", "Kaur")
        #expect(PersonComparator.compare(split, fields) == PersonComparator.compare(fields, fields))
        #expect(split.surnameFromForenames && !fields.surnameFromForenames)
        let surname = PersonComparator.comparedValues(split, fields)[PersonComparison.surname]
        #expect(surname.record == "KAUR (from the forenames field)")
        #expect(surname.employee == "KAUR")
    }
}
