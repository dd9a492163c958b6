extension EmployeeRoster {
    /// Roles on the HR roster with their shares of the workforce.
    static let roles = WeightedTable<String>([
        ("police officer", 0.55), ("police staff", 0.33), ("PCSO", 0.05), ("special constable", 0.04),
        ("volunteer", 0.02), ("contractor", 0.01),
    ])

    /// Local policing areas that local teams are named after.
    static let areas = [
        "Birmingham East", "Birmingham West", "Birmingham North", "Birmingham South", "Coventry",
        "Wolverhampton", "Walsall", "Dudley", "Sandwell", "Solihull",
    ]

    /// A team for a role, e.g. "Response – Birmingham East" or "Contact Centre".
    static func team(for role: String, _ random: inout SeededGenerator) -> String {
        let area = random.pick(areas)
        switch role {
        case "police officer":
            let local = ["Response", "Neighbourhood", "CID", "Custody", "Public Protection"]
            let force = [
                "Force CID", "Roads Policing", "Firearms Operations", "Professional Standards", "Dog Section",
                "Counter Terrorism Unit", "Major Crime Review Team", "Economic Crime Unit",
            ]
            return random.chance(0.7) ? random.pick(local) + " – " + area : random.pick(force)
        case "police staff":
            return random.pick([
                "Contact Centre", "Force Control Room", "HR Services", "Finance", "IT and Digital",
                "Forensic Services", "Intelligence Unit", "Criminal Justice Unit", "Estates", "Fleet Services",
                "Custody – " + area, "Investigation Support – " + area,
            ])
        case "PCSO":
            return "Neighbourhood – " + area
        case "special constable":
            return "Special Constabulary – " + area
        case "volunteer":
            return random.pick(["Volunteer Police Cadets", "Chaplaincy", "Puppy Walking Scheme", "Heritage Centre"])
        default:
            return random.pick(["IT and Digital (contract)", "Estates (contract)", "Catering (contract)"])
        }
    }
}
