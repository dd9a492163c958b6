import Testing
import VigilCore

@Suite struct NameNormaliserTests {
    @Test(
        "diacritics fold to plain uppercase letters",
        arguments: [
            ("Zoë", "ZOE"), ("Éloïse", "ELOISE"), ("Søren", "SOREN"), ("Strauß", "STRAUSS"), ("Łukasz", "LUKASZ"),
            ("Małgorzata", "MALGORZATA"), ("Ærøskøbing", "AEROSKOBING"), ("Şükrü", "SUKRU"), ("Đorđe", "DORDE"),
            ("Ștefan", "STEFAN"), ("Nguyễn", "NGUYEN"), ("Œdipe", "OEDIPE"),
        ]
    )
    func diacritics(raw: String, expected: String) {
        #expect(NameNormaliser.normalise(raw, as: .surname).full == expected)
    }

    @Test(
        "titles in a surname field are dropped, before the name or (a courtesy title) after it; a title alone stays",
        arguments: [
            ("DR BRENNAN", ["BRENNAN"]), ("Brennan, Mr", ["BRENNAN"]), ("Mrs Patel-Khan", ["PATEL", "KHAN"]),
            ("Lord", ["LORD"]), ("Smith Lord", ["SMITH", "LORD"]), ("Sir Lee Jnr", ["LEE"]),
        ]
    )
    func titlesInASurname(raw: String, expected: [String]) {
        #expect(NameNormaliser.normalise(raw, as: .surname).tokens == expected)
    }

    @Test("decomposed accents and zero-width characters stay inside their word")
    func decomposedText() {
        #expect(NameNormaliser.normalise("Rene\u{301}e", as: .forenames).tokens == ["RENEE"])
        #expect(NameNormaliser.normalise("\u{FEFF}Zoe\u{308}", as: .forenames).tokens == ["ZOE"])
        #expect(NameNormaliser.normalise("Ann\u{200B}e", as: .forenames).tokens == ["ANNE"])
    }

    @Test("apostrophes and dots join (but a dot after an initial), hyphens and commas separate")
    func punctuation() {
        #expect(NameNormaliser.normalise("O'Neil", as: .surname).tokens == ["ONEIL"])
        #expect(NameNormaliser.normalise("O’Neil", as: .surname).tokens == ["ONEIL"])
        #expect(NameNormaliser.normalise("Smith-Jones", as: .surname).tokens == ["SMITH", "JONES"])
        #expect(NameNormaliser.normalise("Smith–Jones", as: .surname).tokens == ["SMITH", "JONES"])
        #expect(NameNormaliser.normalise("Mary,Jane", as: .forenames).tokens == ["MARY", "JANE"])
        // A dot after a single letter ends an initial in forenames; elsewhere dots join.
        #expect(NameNormaliser.normalise("J.R.", as: .forenames).tokens == ["J", "R"])
        #expect(
            NameNormaliser.normalise("M.M.", as: .forenames).tokens
                == NameNormaliser.normalise("M M", as: .forenames).tokens
        )
        #expect(NameNormaliser.normalise("St.John", as: .surname).tokens == ["STJOHN"])
        #expect(NameNormaliser.normalise("Ste.Marie", as: .forenames).tokens == ["STEMARIE"])
        #expect(NameNormaliser.normalise("  mary \t  jane ", as: .forenames).full == "MARY JANE")
    }

    @Test("compact joins tokens so spacing differences agree")
    func compactForm() {
        let spaced = NameNormaliser.normalise("Mc Donald", as: .surname)
        let joined = NameNormaliser.normalise("McDonald", as: .surname)
        #expect(spaced.full == "MC DONALD")
        #expect(spaced.compact == "MCDONALD")
        #expect(spaced.compact == joined.compact)
        #expect(spaced != joined)
    }

    @Test(
        "titles and ranks are dropped from forenames",
        arguments: ["Mr John", "MRS. John", "Dr John", "PC John", "Sgt. John", "Insp John", "Sir John", "Mx John"]
    )
    func titles(raw: String) {
        #expect(NameNormaliser.normalise(raw, as: .forenames).tokens == ["JOHN"])
    }

    @Test("titles go only from the front of forenames, never from surnames, and titles alone are missing")
    func titlePosition() {
        #expect(NameNormaliser.normalise("Mr Dr", as: .forenames).isMissing)
        #expect(NameNormaliser.normalise("Lord", as: .surname).tokens == ["LORD"])
        #expect(NameNormaliser.normalise("John Dr", as: .forenames).tokens == ["JOHN", "DR"])
    }

    @Test(
        "a maiden name or alias after a marker in a surname field is another name, not part of the surname",
        arguments: [
            ("Lee (née Smith)", ["LEE"], [["SMITH"]]),
            ("JONES AKA SMITH-BROWN", ["JONES"], [["SMITH", "BROWN"]]),
            ("Khan also known as Ali, formerly Begum", ["KHAN"], [["ALI"], ["BEGUM"]]),
            ("Lee Jnr alias Smith", ["LEE"], [["SMITH"]]),
            ("Lee nee Unknown", ["LEE"], []),
            // A marker counts only between two names: Nee and Alias are surnames too.
            ("Nee", ["NEE"], []),
            ("Nee Smith", ["NEE", "SMITH"], []),
            ("Smith Nee", ["SMITH", "NEE"], []),
            ("Also Known", ["ALSO", "KNOWN"], []),
            ("Lee (maiden name Smith)", ["LEE"], [["SMITH"]]),
            ("Smith aka Nee", ["SMITH"], [["NEE"]]),
        ]
    )
    func otherNamesInSurnameField(raw: String, tokens: [String], others: [[String]]) {
        let name = NameNormaliser.normalise(raw, as: .surname)
        #expect(name.tokens == tokens)
        #expect(name.otherNames == others)
        #expect(NameNormaliser.normalise(raw, as: .forenames).otherNames.isEmpty, "only surname fields have them")
    }

    @Test(
        "a marker that introduces no name is dropped, whichever marker it is",
        arguments: [
            ("Chapman (nee )", ["CHAPMAN"], [[String]]()),
            ("Chapman (née)", ["CHAPMAN"], []),
            ("CHAPMAN (NEE -)", ["CHAPMAN"], []),
            ("Chapman (formerly )", ["CHAPMAN"], []),
            ("Chapman (maiden name )", ["CHAPMAN"], []),
            ("Chapman (also known as)", ["CHAPMAN"], []),
            ("Chapman (alias)", ["CHAPMAN"], []),
            ("Chapman formerly", ["CHAPMAN"], []),
            ("Chapman aka", ["CHAPMAN"], []),
            ("Chapman otherwise", ["CHAPMAN"], []),
            ("Chapman maiden name", ["CHAPMAN"], []),
            ("Chapman (nee ) aka Smith", ["CHAPMAN"], [["SMITH"]]),
            ("Chapman nee aka Smith", ["CHAPMAN"], [["SMITH"]]),
            ("Chapman (nee Smith)", ["CHAPMAN"], [["SMITH"]]),
        ]
    )
    func emptyOtherNameClauses(raw: String, tokens: [String], others: [[String]]) {
        let name = NameNormaliser.normalise(raw, as: .surname)
        #expect(name.tokens == tokens)
        #expect(name.otherNames == others)
    }

    @Test("a surname with an empty nee clause agrees exactly and has no parts")
    func emptyClauseFeatures() {
        var extractor = PersonFeatureExtractor()
        let record = extractor.features(
            of: PersonRecord(
                recordID: "R1",
                source: .crime,
                forenames: "Jane",
                surname: "Chapman (nee )",
                dateOfBirth: nil
            )
        )
        #expect(record.surname?.text == "CHAPMAN")
        #expect(record.surnameAlternatives.isEmpty)
        let employee = extractor.features(
            of: Employee(employeeID: "E1", forenames: "Jane", surname: "Chapman", dateOfBirth: nil)
        )
        #expect(
            PersonComparator.compare(record, employee).vector[PersonComparison.surname]
                == PersonComparison.SurnameLevel.exact.rawValue
        )
    }

    @Test("suffixes are dropped from surnames but a lone suffix-like surname stays")
    func suffixes() {
        #expect(NameNormaliser.normalise("Smith Jnr", as: .surname).tokens == ["SMITH"])
        #expect(NameNormaliser.normalise("Smith Jr.", as: .surname).tokens == ["SMITH"])
        #expect(NameNormaliser.normalise("Gates III", as: .surname).tokens == ["GATES"])
        #expect(NameNormaliser.normalise("Smith, Snr", as: .surname).tokens == ["SMITH"])
        #expect(NameNormaliser.normalise("Jnr", as: .surname).tokens == ["JNR"])
        #expect(NameNormaliser.normalise("Jnr Smith", as: .forenames).tokens == ["JNR", "SMITH"])
    }

    @Test(
        "placeholder names are missing",
        arguments: [
            "UNKNOWN", "Not Known", "unk", "N/K", "NK", "Refused", "not given", "No Name", "none", "NULL", "N/A",
            "TBC", "Unknown Male", "UNKNOWN FEMALE", "Person Unknown", "Anon", "anonymous", "XXX", "x x", "ZZZZ",
            "???", "123", "", "   ", "Mr", "Mr Unknown", "-",
        ]
    )
    func placeholders(raw: String) {
        let name = NameNormaliser.normalise(raw, as: .forenames)
        #expect(name.isMissing)
        #expect(name.tokens.isEmpty)
        #expect(name.first == nil)
        #expect(name.full.isEmpty)
    }

    @Test(
        "real names that resemble placeholders are kept",
        arguments: ["Xavier", "Nkechi", "Nona", "Zak", "Una", "Na"]
    )
    func nearPlaceholders(raw: String) {
        #expect(!NameNormaliser.normalise(raw, as: .forenames).isMissing)
    }

    @Test("first is the leading token and tokens keep their order")
    func firstToken() {
        let name = NameNormaliser.normalise("muhammad  Imran", as: .forenames)
        #expect(name.first == "MUHAMMAD")
        #expect(Array(name.rest) == ["IMRAN"])
        #expect(name.full == "MUHAMMAD IMRAN")
    }
}
