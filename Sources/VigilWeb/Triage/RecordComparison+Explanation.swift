import VigilCore

extension RecordComparison {
    /// Which of a match explanation's comparisons speaks for a field, and its levels that do not count
    /// as agreement on that field.
    struct TermRule: Sendable, Hashable {
        /// The explanation's comparison, such as `forename`.
        var comparison: String
        /// Levels other than `other` and `missing` that say nothing about this field: the person
        /// model's address levels "same postcode" and "same town" are about the Postcode and Town rows.
        var notAgreement: Set<String> = []
    }

    /// The person model's comparisons by field.
    static let personTerms: [String: [TermRule]] = [
        "Forenames": [TermRule(comparison: "forename")],
        "Surname": [TermRule(comparison: "surname")],
        "Date of birth": [TermRule(comparison: "date_of_birth")],
        "Address": [TermRule(comparison: "address", notAgreement: ["postcode", "town"])],
    ]

    /// The home-address model's comparisons by field.
    static let locationTerms: [String: [TermRule]] = [
        "Address": [TermRule(comparison: "uprn"), TermRule(comparison: "street")],
        "Town": [TermRule(comparison: "town")],
        "Postcode": [TermRule(comparison: "postcode")],
    ]

    /// Makes the table agree with the model beside it: a field the match counted as agreeing in some
    /// degree (identical, a known variant, a similar spelling, the same house ...) but which reads as
    /// different here partly agrees, in the explanation's own words.
    mutating func reconcile(with explanation: MatchExplanation, terms rules: [String: [TermRule]]) {
        // A date of birth the match did not compare (a placeholder such as 1900-01-01, a police 1 January,
        // or a date one slip from the employee's 1 January) is no evidence either way: it reads as missing,
        // with the reason, never as agreeing or differing.
        if let index = fields.firstIndex(where: { $0.name == "Date of birth" }), fields[index].agreement != .missing,
            let term = explanation.terms.first(where: { $0.comparison == "date_of_birth" }), term.level == "missing"
        {
            fields[index].agreement = .missing
            fields[index].how =
                term.levelLabel == "missing"
                ? "not compared: a placeholder police systems write for an unknown date" : term.levelLabel
        }
        for index in fields.indices where fields[index].agreement == .differs {
            let agreeing = (rules[fields[index].name] ?? []).lazy.compactMap { rule in
                explanation.terms.first { $0.comparison == rule.comparison && Self.countsAsAgreement($0, rule) }
            }
            guard let term = agreeing.first else { continue }
            fields[index].agreement = .partlyAgrees
            fields[index].how = "as the match explanation says: \(term.label) \(term.levelLabel)"
        }
    }

    /// Whether a term's level says the values agree in some degree.
    static func countsAsAgreement(_ term: ExplanationTerm, _ rule: TermRule) -> Bool {
        !["other", "missing"].contains(term.level) && !term.level.hasPrefix("not_")
            && !rule.notAgreement.contains(term.level)
    }
}
