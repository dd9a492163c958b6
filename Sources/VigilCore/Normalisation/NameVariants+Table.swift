extension NameVariants {
    /// The curated forename table: English nicknames and spellings, Irish, Welsh and Polish forms, and
    /// South Asian and Arabic transliterations common in the West Midlands.
    ///
    /// Written by hand for Vigil after the idea of the Apache-2.0 nickname list (carltonnorthern/nicknames),
    /// which has no South Asian variants. Cross-language equivalents that name different people in practice
    /// (Sean and John, Yusuf and Joseph) are deliberately not grouped.
    public static let standard = NameVariants(
        groups: parse(maleForenames) + parse(femaleForenames) + parse(europeanForenames) + parse(southAsianForenames)
    )

    /// The curated surname table: transliterations (Chaudhry, Chowdhury), Muhammad as a surname, and
    /// a few English spellings (Smith, Smyth). Mc/Mac spacing is left to ``NormalisedName/compact``.
    public static let standardSurnames = NameVariants(groups: parse(surnameGroups))

    /// Splits the data lines, one group per string with names separated by spaces.
    static func parse(_ lines: [String]) -> [[String]] {
        lines.map { line in line.split(separator: " ").map(String.init) }
    }
}
