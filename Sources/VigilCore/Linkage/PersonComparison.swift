/// The comparisons of the person model: what is compared, its levels, and where they start before training.
///
/// Levels run from strongest agreement to disagreement; each level's m and u are learned. The starting
/// values only seed training.
public enum PersonComparison {
    public static let forename = 0
    public static let surname = 1
    public static let nameSwap = 2
    public static let dateOfBirth = 3
    public static let address = 4

    /// Forename levels.
    public enum ForenameLevel: Int { case exact, variant, veryClose, close, phonetic, initial, middleName, other }
    /// Surname levels.
    public enum SurnameLevel: Int { case exact, veryClose, close, phonetic, previousOrPart, other }
    /// Name-swap levels.
    ///
    /// A crossed pair is told apart by which of the employee's names sits in the record's other place:
    /// the forename (`crossed`: "GARNETT RAQUEL" for "RAQUEL LODGE", a new surname too) or the surname
    /// (`surnameCrossed`: "SMITH DAVID" for "TREVOR SMITH", the pattern of a relative). The roster's
    /// names, checked at vetting, say which word is the family name.
    public enum SwapLevel: Int { case swapped, crossed, surnameCrossed, notSwapped }
    /// Date-of-birth levels.
    public enum DateLevel: Int { case exact, transposed, oneOff, sameYearAndMonth, yearOff, other }
    /// Address levels.
    public enum AddressLevel: Int { case wholeAddress, postcodeAndHouse, streetAndHouse, postcode, street, town, other }

    /// The untrained comparisons, with starting m and u.
    public static var untrained: [ComparisonParameters] {
        [
            ComparisonParameters(
                name: "forename",
                label: "forename",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.80, u: 0.01, termFrequencyAdjusted: true),
                    // Not adjusted for frequency: how common BOB is says little about how common ROBERT's
                    // whole family of variants is.
                    LevelParameters(name: "variant", label: "a known variant (e.g. Robert/Bob)", m: 0.06, u: 0.002),
                    LevelParameters(name: "jaro_winkler_0.92", label: "very similar spelling", m: 0.04, u: 0.005),
                    LevelParameters(name: "jaro_winkler_0.88", label: "similar spelling", m: 0.02, u: 0.005),
                    LevelParameters(name: "phonetic", label: "sounds alike", m: 0.02, u: 0.01),
                    LevelParameters(name: "initial", label: "initial only agrees", m: 0.02, u: 0.03),
                    LevelParameters(name: "middle_name", label: "agrees only with a middle name", m: 0.01, u: 0.01),
                    LevelParameters(name: "other", label: "different", m: 0.02, u: 0.938, maximumM: 0.05),
                ],
                termFrequencyColumn: PersonFeatureExtractor.Column.forename
            ),
            ComparisonParameters(
                name: "surname",
                label: "surname",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.85, u: 0.005, termFrequencyAdjusted: true),
                    LevelParameters(name: "jaro_winkler_0.92", label: "very similar spelling", m: 0.05, u: 0.003),
                    LevelParameters(name: "jaro_winkler_0.88", label: "similar spelling", m: 0.02, u: 0.004),
                    LevelParameters(name: "phonetic", label: "sounds alike or a known variant", m: 0.02, u: 0.01),
                    // Adjusted by the agreeing part's frequency against the exact level's u, as exact
                    // agreement is: else "Imran Khan" scored higher against an employee Imran Patel-Khan
                    // than against an employee Imran Khan, whose common KHAN was weakened.
                    LevelParameters(
                        name: "previous_or_part",
                        label: "matches a previous or hyphenated surname",
                        m: 0.03,
                        u: 0.001,
                        termFrequencyAdjusted: true,
                        termFrequencyRelativeTo: "exact"
                    ),
                    LevelParameters(name: "other", label: "different", m: 0.03, u: 0.977),
                ],
                termFrequencyColumn: PersonFeatureExtractor.Column.surname
            ),
            ComparisonParameters(
                name: "name_swap",
                label: "forename and surname",
                levels: [
                    LevelParameters(
                        name: "swapped",
                        label: "recorded the other way round",
                        m: 0.02,
                        u: 0.0001,
                        termFrequencyAdjusted: true
                    ),
                    LevelParameters(
                        name: "crossed",
                        label: "forename in the surname's place, surnames differ",
                        m: 0.01,
                        u: 0.0005
                    ),
                    LevelParameters(
                        name: "surname_crossed",
                        label: "surname in the forename's place, forenames differ",
                        m: 0.002,
                        u: 0.0005
                    ),
                    LevelParameters(name: "not_swapped", label: "in the usual order", m: 0.97, u: 0.9989),
                ]
            ),
            ComparisonParameters(
                name: "date_of_birth",
                label: "date of birth",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.85, u: 0.0001),
                    LevelParameters(name: "transposed", label: "day and month transposed", m: 0.02, u: 0.00001),
                    LevelParameters(
                        name: "one_off",
                        label: "one digit, two neighbouring digits or one day different",
                        m: 0.05,
                        u: 0.001
                    ),
                    LevelParameters(name: "same_year_month", label: "same year and month", m: 0.02, u: 0.002),
                    LevelParameters(name: "year_off", label: "same day and month, year one apart", m: 0.02, u: 0.0001),
                    LevelParameters(name: "other", label: "different", m: 0.02, u: 0.9967, maximumM: 0.05),
                ]
            ),
            ComparisonParameters(
                name: "address",
                label: "address",
                levels: [
                    LevelParameters(
                        name: "whole_address",
                        label: "identical (house, street, town and postcode, or UPRN)",
                        m: 0.4,
                        u: 0.000001
                    ),
                    LevelParameters(
                        name: "postcode_house",
                        label: "same postcode and house number",
                        m: 0.2,
                        u: 0.00001
                    ),
                    LevelParameters(
                        name: "street_house",
                        label: "same street and house number, postcode differs or missing",
                        m: 0.05,
                        u: 0.00001
                    ),
                    LevelParameters(
                        name: "postcode",
                        label: "same postcode",
                        m: 0.05,
                        u: 0.0001,
                        termFrequencyAdjusted: true
                    ),
                    LevelParameters(name: "street", label: "same street", m: 0.05, u: 0.001),
                    LevelParameters(name: "town", label: "same town", m: 0.15, u: 0.3),
                    LevelParameters(name: "other", label: "different", m: 0.2, u: 0.69889),
                ],
                termFrequencyColumn: PersonFeatureExtractor.Column.postcode
            ),
        ]
    }
}
