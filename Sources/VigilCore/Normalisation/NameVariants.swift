/// A table of equivalent name spellings and nicknames ("ROBERT", "BOB", "ROB"; "MUHAMMAD", "MOHAMMED").
///
/// String similarity misses pairs such as Margaret/Peggy or Muhammad/Mohammed (Jaro-Winkler 0.85),
/// so comparators ask this table whether two forenames or surnames are known variants. A token may be
/// in several groups (ALEX is in ALEXANDER's and ALEXANDRA's); two tokens are variants when they share
/// any group. Variance is therefore not transitive: ALEXANDER and ALEXANDRA are not variants.
///
/// ```swift
/// NameVariants.standard.areVariants("BOB", "ROBERT")          // true
/// NameVariants.standardSurnames.areVariants("CHAUDHRY", "CHOWDHURY")  // true
/// ```
public struct NameVariants: Sendable {
    private let groupsByToken: [String: [UInt32]]
    private let members: [[String]]
    private let muhammadGroups: [UInt32]

    /// Builds a table; each inner array is one group of equivalent names.
    ///
    /// Entries are folded like names (uppercase ASCII letters and digits only), duplicates inside a
    /// group are dropped, and groups left with fewer than two names are ignored.
    public init(groups: [[String]]) {
        var groupsByToken: [String: [UInt32]] = [:]
        var members: [[String]] = []
        for group in groups {
            var seen: Set<String> = []
            var names: [String] = []
            for entry in group {
                let name = NameNormaliser.tokenise(TextFolding.fold(entry)).joined()
                if !name.isEmpty, seen.insert(name).inserted { names.append(name) }
            }
            guard names.count > 1 else { continue }
            let id = UInt32(members.count)
            members.append(names)
            for name in names { groupsByToken[name, default: []].append(id) }
        }
        self.groupsByToken = groupsByToken
        self.members = members
        self.muhammadGroups = groupsByToken["MUHAMMAD"] ?? []
    }

    /// The ids of the groups containing a normalised token, in table order; empty when it is in none.
    public func groups(of token: String) -> [UInt32] {
        groupsByToken[token] ?? []
    }

    /// The names in a group, in table order; empty for an unknown id.
    public func members(of group: UInt32) -> [String] {
        Int(group) < members.count ? members[Int(group)] : []
    }

    /// The number of groups in the table.
    public var groupCount: Int { members.count }

    /// Whether two different normalised tokens share a group.
    ///
    /// Identical tokens return `false`: they are an exact match, a stronger level that comparators test
    /// first, and answering `false` keeps the variant level meaning "a different spelling or nickname".
    public func areVariants(_ a: String, _ b: String) -> Bool {
        guard a != b, let left = groupsByToken[a], let right = groupsByToken[b] else { return false }
        for id in left where right.contains(id) { return true }
        return false
    }

    /// Whether a token is a spelling or abbreviation of Muhammad (MUHAMMAD, MOHAMMED, MOHAMED, MD, MOHD ...).
    ///
    /// Muhammad is often a first element followed by the name in use, so comparators may skip it and
    /// compare the next forename instead. Recognises the built-in spellings and any name in this table's
    /// Muhammad group.
    public func isMuhammadForm(_ token: String) -> Bool {
        if NameVariants.muhammadSpellings.contains(token) { return true }
        guard !muhammadGroups.isEmpty, let ids = groupsByToken[token] else { return false }
        return ids.contains { muhammadGroups.contains($0) }
    }

    /// Spellings and abbreviations of Muhammad seen in UK records.
    static let muhammadSpellings: Set<String> = [
        "MUHAMMAD", "MUHAMMED", "MUHAMAD", "MUHAMED", "MUHAMMET", "MUHAMMUD", "MOHAMMED", "MOHAMMAD", "MOHAMED",
        "MOHAMAD", "MOHAMMOD", "MOHAMMUD", "MOHAMMEED", "MOHAMOD", "MOHAMMEDD", "MOHAMMADH", "MUHAMMADH",
        "MOHAMMEDH", "MAHOMED", "MAHAMMAD", "MOHAMMET", "MOHAMET", "MOHD", "MUHD", "MHD", "MD", "MOHMMAD",
        "MOHMMED", "MUHMMAD", "MOHAMMDE", "MOHAMMADE", "MEHMET", "MEHMED",
    ]
}
