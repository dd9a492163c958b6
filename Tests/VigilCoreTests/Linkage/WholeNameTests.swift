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

    @Test("a whole name after a title in the surname field, the forenames blank, is split as in the forenames field")
    func titledNameInTheSurnameField() {
        let person = Self.features("", "MR John Brennan")
        #expect(person.surname?.text == "BRENNAN")
        #expect(person.forenames.map(\.text) == ["JOHN"])
        // Without a title, words in a surname field stay a surname.
        let untitled = Self.features("", "Lloyd George")
        #expect(untitled.surname?.text == "LLOYDGEORGE")
        #expect(untitled.forenames.isEmpty)
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

/// The Police National Computer's form of a whole name, surname first before a comma or a slash.
@Suite struct SurnameFirstNameTests {
    @Test("'SMITH, John' or 'SMITH/JOHN PAUL' in either field splits at the mark, surname first")
    func splitsAtTheMark() {
        for (forenames, surname) in [("SMITH, John", ""), ("", "SMITH, John"), ("Smith/John", " ")] {
            let person = WholeNameTests.features(forenames, surname)
            #expect(person.surname?.text == "SMITH", "\(forenames)|\(surname)")
            #expect(person.forenames.map(\.text) == ["JOHN"], "\(forenames)|\(surname)")
        }
        let two = WholeNameTests.features("O'BRIEN/SEAN PATRICK", "")
        #expect(two.surname?.text == "OBRIEN")
        #expect(two.forenames.map(\.text) == ["SEAN", "PATRICK"])
        #expect(two.surnameFromForenames)
        #expect(!WholeNameTests.features("", "SMITH, John").surnameFromForenames, "it came from the surname field")
    }

    @Test("split, the name compares as the same name typed in two fields")
    func comparesLikeTwoFields() {
        let fields = WholeNameTests.features("Amarjit", "Kaur")
        for whole in [WholeNameTests.features("KAUR, Amarjit", ""), WholeNameTests.features("", "Kaur/Amarjit")] {
            #expect(PersonComparator.compare(whole, fields) == PersonComparator.compare(fields, fields))
        }
    }

    @Test("a placeholder with a slash, an unknown surname before the mark, or a mark with nothing after it")
    func leavesOtherFormsAlone() {
        let notKnown = WholeNameTests.features("N/K", "")
        #expect(notKnown.surname == nil)
        #expect(notKnown.forenames.isEmpty)
        let unknownSurname = WholeNameTests.features("UNKNOWN, John Paul", "")
        #expect(unknownSurname.surname == nil, "an unknown surname is missing, never the last forename")
        #expect(unknownSurname.forenames.map(\.text) == ["JOHN", "PAUL"])
        let trailing = WholeNameTests.features("", "SMITH,")
        #expect(trailing.surname?.text == "SMITH")
        #expect(trailing.forenames.isEmpty)
        #expect(
            PersonFeatureExtractor.wholeName(forenames: "John", surname: "Smith, Jones") == nil,
            "both fields hold names"
        )
    }
}
