/// Every name the synthetic world can use, interned once, with per-heritage frequency tables.
///
/// People in the population hold `Int32` name indices rather than strings, which keeps a population
/// of millions small; the text is looked up only when a row is written.
struct NameFrequencies: Sendable {
    private(set) var strings: [String] = []
    private var lookup: [String: Int32] = [:]
    private(set) var maleForenames: [WeightedTable<Int32>] = []
    private(set) var femaleForenames: [WeightedTable<Int32>] = []
    private(set) var surnames: [WeightedTable<Int32>] = []
    private(set) var muhammad = WeightedTable<Int32>([(0, 1)])
    /// Surnames common enough that a same-name, same-birthday stranger is plausible.
    private(set) var commonSurnames: Set<Int32> = []
    private(set) var singh: Int32 = 0
    private(set) var kaur: Int32 = 0
    private(set) var begum: Int32 = 0
    private(set) var bibi: Int32 = 0

    /// The shared tables for the West Midlands.
    static let westMidlands = NameFrequencies()

    private init() {
        for heritage in Heritage.allCases {
            let names = NameFrequencies.names(for: heritage)
            maleForenames.append(table(zipfWeights(names.male, exponent: 0.8)))
            femaleForenames.append(table(zipfWeights(names.female, exponent: 0.8)))
            var surnamePairs = zipfWeights(names.surnames, exponent: names.exponent)
            if heritage == .whiteBritish {
                let tailWeight = surnamePairs[surnamePairs.count - 1].1
                for stem in NameFrequencies.englishSurnameStems {
                    for ending in NameFrequencies.englishSurnameEndings {
                        surnamePairs.append((stem + ending, tailWeight))
                    }
                }
            }
            surnames.append(table(surnamePairs))
            for name in names.surnames.prefix(8) { commonSurnames.insert(intern(name)) }
        }
        muhammad = table(NameFrequencies.muhammadSpellings)
        singh = intern("Singh")
        kaur = intern("Kaur")
        begum = intern("Begum")
        bibi = intern("Bibi")
        commonSurnames.formUnion([singh, kaur, begum])
    }

    private mutating func intern(_ name: String) -> Int32 {
        if let existing = lookup[name] { return existing }
        let index = Int32(strings.count)
        strings.append(name)
        lookup[name] = index
        return index
    }

    private mutating func table(_ pairs: [(String, Double)]) -> WeightedTable<Int32> {
        WeightedTable(pairs.map { (intern($0.0), $0.1) })
    }

    private static func names(for heritage: Heritage) -> HeritageNames {
        switch heritage {
        case .whiteBritish: whiteBritish
        case .muslimSouthAsian: muslimSouthAsian
        case .sikhPunjabi: sikhPunjabi
        case .hinduGujarati: hinduGujarati
        case .caribbeanAfrican: caribbeanAfrican
        case .easternEuropean: easternEuropean
        }
    }

    /// The text of an interned name.
    func text(_ index: Int32) -> String {
        strings[Int(index)]
    }

    /// Whether an interned name is one of the Muhammad spellings.
    func isMuhammad(_ index: Int32) -> Bool {
        index >= 0 && NameFrequencies.muhammadVariants.contains(strings[Int(index)])
    }

    /// A forename for a person of this heritage and sex.
    func forename(_ heritage: Heritage, female: Bool, _ random: inout SeededGenerator) -> Int32 {
        (female ? femaleForenames : maleForenames)[heritage.rawValue].sample(&random)
    }

    /// A family surname for a household of this heritage.
    func surname(_ heritage: Heritage, _ random: inout SeededGenerator) -> Int32 {
        surnames[heritage.rawValue].sample(&random)
    }
}
