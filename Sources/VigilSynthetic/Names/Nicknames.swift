/// Hand-written English nickname pairs (Robert → Bob, Elizabeth → Liz) used to vary forenames.
///
/// Records often carry the name a person goes by rather than the formal forename HR holds.
enum Nicknames {
    /// Formal forename → the short forms in common use.
    static let byFormalName: [String: [String]] = [
        "Robert": ["Bob", "Rob", "Bobby"],
        "Elizabeth": ["Liz", "Beth", "Lizzie"],
        "William": ["Bill", "Will", "Billy"],
        "Katherine": ["Kate", "Kathy"],
        "Catherine": ["Cath", "Cathy", "Kate"],
        "Richard": ["Rick", "Dick", "Richie"],
        "James": ["Jim", "Jimmy", "Jamie"],
        "Michael": ["Mick", "Mike", "Mickey"],
        "Christopher": ["Chris"],
        "Stephen": ["Steve"],
        "Anthony": ["Tony"],
        "Matthew": ["Matt"],
        "Jonathan": ["Jon", "Jonny"],
        "Thomas": ["Tom", "Tommy"],
        "Daniel": ["Dan", "Danny"],
        "Samuel": ["Sam"],
        "Joseph": ["Joe"],
        "Benjamin": ["Ben"],
        "Alexander": ["Alex"],
        "Nicholas": ["Nick"],
        "Edward": ["Ed", "Ted", "Eddie"],
        "Andrew": ["Andy"],
        "David": ["Dave"],
        "Peter": ["Pete"],
        "Philip": ["Phil"],
        "Kenneth": ["Ken", "Kenny"],
        "Terence": ["Terry"],
        "Raymond": ["Ray"],
        "Frederick": ["Fred", "Freddie"],
        "Timothy": ["Tim"],
        "Gregory": ["Greg"],
        "Patrick": ["Pat", "Paddy"],
        "Margaret": ["Maggie", "Peggy"],
        "Patricia": ["Pat", "Trish"],
        "Jennifer": ["Jenny", "Jen"],
        "Victoria": ["Vicky", "Tori"],
        "Rebecca": ["Becky", "Becca"],
        "Samantha": ["Sam"],
        "Deborah": ["Debbie", "Debs"],
        "Susan": ["Sue"],
        "Jacqueline": ["Jackie"],
        "Christine": ["Chris", "Chrissie"],
        "Amanda": ["Mandy"],
        "Abigail": ["Abbie", "Abi"],
        "Jessica": ["Jess"],
        "Nicola": ["Nicky"],
        "Sandra": ["Sandy"],
        "Charlotte": ["Charlie", "Lottie"],
        "Natalie": ["Nat"],
        "Joshua": ["Josh"],
        "Gemma": ["Gem"],
        "Aleksandra": ["Ola"],
        "Oleksandr": ["Sasha"],
        "Katarzyna": ["Kasia"],
    ]

    /// A short form of a formal forename, if it has one.
    static func shortForm(of name: String, _ random: inout SeededGenerator) -> String? {
        guard let forms = byFormalName[name] else { return nil }
        return random.pick(forms)
    }
}
