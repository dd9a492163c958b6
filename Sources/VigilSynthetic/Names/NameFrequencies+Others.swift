extension NameFrequencies {
    /// Black Caribbean and Black African names.
    static let caribbeanAfrican = HeritageNames(
        male: [
            "Marcus", "Andre", "Jermaine", "Leon", "Delroy", "Winston", "Clive", "Devon", "Tyrone", "Wesley",
            "Errol", "Lloyd", "Dwayne", "Kwame", "Kofi", "Tunde", "Emeka", "Chidi", "Femi", "Jamal", "Kyle",
            "Nathan", "Jordan", "Reuben", "Elijah", "Isaiah", "Desmond", "Junior", "Carlton", "Trevor",
        ],
        female: [
            "Marcia", "Janet", "Sharon", "Claudette", "Beverley", "Andrea", "Simone", "Shanice", "Tanisha",
            "Keisha", "Jade", "Aaliyah", "Precious", "Blessing", "Chioma", "Ngozi", "Folasade", "Abena", "Grace",
            "Patience", "Yvonne", "Hyacinth", "Jasmine", "Kemi", "Tiana",
        ],
        surnames: [
            "Campbell", "Brown", "Williams", "Francis", "Thomas", "Grant", "Morgan", "Clarke", "Reid", "Henry",
            "James", "Robinson", "Edwards", "Johnson", "Lewis", "Bailey", "Gordon", "Stewart", "Walker",
            "Hylton", "McKenzie", "Samuels", "Bennett", "Powell", "Richards", "Okafor", "Adeyemi", "Mensah",
            "Boateng", "Okoro", "Adebayo", "Nwosu", "Asante", "Owusu", "Osei", "Ogunleye", "Afolabi", "Abdi",
        ],
        exponent: 0.8
    )

    /// Polish, Romanian, Lithuanian and Ukrainian names, with their diacritics.
    static let easternEuropean = HeritageNames(
        male: [
            "Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub", "Kamil", "Mateusz",
            "Andrzej", "Marek", "Adam", "Dawid", "Grzegorz", "Rafał", "Andrei", "Ionuț", "Mihai", "Alexandru",
            "Florin", "Bogdan", "Vasile", "Darius", "Mantas", "Tomas", "Jonas", "Dmitri", "Oleksandr", "Jan",
        ],
        female: [
            "Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Aleksandra", "Małgorzata",
            "Ewa", "Natalia", "Karolina", "Paulina", "Justyna", "Marta", "Ioana", "Elena", "Maria", "Andreea",
            "Alina", "Roxana", "Ieva", "Rūta", "Olena", "Iryna", "Oksana", "Daria", "Zofia", "Alicja",
            "Weronika", "Dominika",
        ],
        surnames: [
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
            "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Król", "Wieczorek",
            "Jabłoński", "Wróbel", "Popescu", "Ionescu", "Popa", "Radu", "Dumitru", "Stan", "Stoica",
            "Gheorghe", "Rusu", "Munteanu", "Kazlauskas", "Jankauskas", "Petrauskas", "Balčiūnas", "Horváth",
            "Kovač", "Novák", "Shevchenko", "Kovalenko", "Bondarenko",
        ],
        exponent: 0.6
    )
}
