extension NameFrequencies {
    /// White British names, commonest first; surnames are extended by a long composed tail.
    static let whiteBritish = HeritageNames(
        male: [
            "David", "John", "Paul", "Mark", "James", "Michael", "Andrew", "Richard", "Robert", "Christopher",
            "Stephen", "Daniel", "Thomas", "Peter", "Matthew", "William", "Anthony", "Jack", "Oliver", "Harry",
            "George", "Jonathan", "Simon", "Gary", "Lee", "Craig", "Darren", "Wayne", "Dean", "Carl", "Ian",
            "Kevin", "Martin", "Neil", "Philip", "Graham", "Keith", "Alan", "Brian", "Colin", "Terence",
            "Raymond", "Kenneth", "Edward", "Benjamin", "Alexander", "Nicholas", "Joseph", "Luke", "Ryan",
            "Adam", "Liam", "Callum", "Jordan", "Kieran", "Nathan", "Jacob", "Samuel", "Joshua", "Charlie",
            "Alfie", "Noah", "Leo", "Ethan", "Lewis", "Connor", "Frederick", "Henry", "Patrick", "Timothy",
            "Gregory", "Francis", "Douglas", "Stuart", "Barry", "Trevor", "Roger", "Gordon", "Dominic", "Toby",
        ],
        female: [
            "Sarah", "Emma", "Laura", "Rebecca", "Claire", "Nicola", "Michelle", "Joanne", "Lisa", "Karen",
            "Julie", "Susan", "Helen", "Elizabeth", "Katherine", "Catherine", "Margaret", "Patricia", "Linda",
            "Deborah", "Tracey", "Donna", "Amanda", "Samantha", "Victoria", "Jennifer", "Natalie", "Kelly",
            "Gemma", "Stacey", "Danielle", "Jade", "Leanne", "Kirsty", "Hayley", "Louise", "Alison", "Angela",
            "Christine", "Jacqueline", "Wendy", "Pauline", "Sandra", "Dawn", "Lauren", "Megan", "Holly",
            "Ellie", "Grace", "Olivia", "Amelia", "Emily", "Jessica", "Sophie", "Charlotte", "Chloe", "Lucy",
            "Hannah", "Isabella", "Poppy", "Ruby", "Freya", "Abigail", "Alice", "Florence", "Evie", "Mia",
            "Daisy", "Zoe", "Rachel", "Jane", "Anne", "Joanna", "Kate", "Amy", "Bethany", "Megan", "Sian",
        ],
        surnames: [
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
            "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
            "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell",
            "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
            "Cox", "Richards", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Wilkinson", "Foster",
            "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "O'Brien", "Hunt", "Holmes", "Palmer",
            "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
            "Dixon", "Fletcher", "Pearson", "Hodgson", "Reynolds", "O'Connor", "MacDonald", "Payne", "Pritchard",
        ],
        exponent: 0.9
    )

    /// First halves of composed English surnames (Ash + ford, Whit + more), for a realistic long tail.
    static let englishSurnameStems = [
        "Ash", "Brad", "Whit", "Hart", "Brook", "Mar", "Stan", "Chat", "Wen", "Hol", "Red", "Black", "Fair",
        "Gold", "Har", "Kings", "Lang", "Mid", "North", "South", "West", "East", "Ox", "Shel", "Thorn", "Wal",
        "Bur", "Crom", "Dun", "Elm", "Farn", "Glad", "Ham", "Hay", "Kel", "Lid", "Mort", "New", "Pen", "Rad",
        "Ram", "Rush", "Sal", "Stock", "Sud", "Tad", "War", "Wether", "Wim", "Win", "Yar", "Ald", "Bick",
        "Cal", "Dart", "Fen", "Grim", "Hen", "Lin", "Mow",
    ]

    /// Second halves of composed English surnames.
    static let englishSurnameEndings = [
        "ford", "ley", "more", "wood", "ton", "field", "well", "by", "worth", "ham", "stone", "bury", "combe",
        "den", "hurst", "wick", "lock", "gate", "land", "cott",
    ]
}
