import VigilCore

extension RecordComparison {
    /// Forenames as ``NameNormaliser`` reads them (titles dropped, "Mary-Jane" and "Mary Jane" alike),
    /// with the partial agreements a person would see: one side giving only the first name, or an
    /// initial, the same names in another order, or a middle name used as the name.
    static func forenames(_ employee: String, _ record: String) -> Field {
        let hr = NameNormaliser.normalise(employee, as: .forenames)
        let other = NameNormaliser.normalise(record, as: .forenames)
        return field("Forenames", employee, record, present: !hr.isMissing && !other.isMissing) {
            if hr.compact == other.compact { return (.agrees, nil) }
            if let spellings = muhammadSpellings(hr.tokens, other.tokens) {
                return (.agrees, "different spellings of one name: \(spellings)")
            }
            if let how = muhammadPrefix(hr.tokens, other.tokens) { return (.agrees, how) }
            if let how = partForenames(hr.tokens, other.tokens) { return (.partlyAgrees, how) }
            return (.differs, nil)
        }
    }

    /// The spellings of Muhammad that alone tell two lists of forenames apart ("MOHAMMED and MUHAMMAD"), or
    /// `nil` when anything else differs. The linkage engine reads every spelling and abbreviation of
    /// Muhammad as one name (``NameVariants/isMuhammadForm(_:)``: MUHAMMAD, MOHAMMED, MOHAMED, MD, MOHD
    /// ...), so such names agree rather than agreeing in part.
    private static func muhammadSpellings(_ hr: [String], _ record: [String]) -> String? {
        guard hr.count == record.count else { return nil }
        var spellings: [String] = []
        for (roster, other) in zip(hr, record) where roster != other {
            let variants = NameVariants.standard
            guard variants.isMuhammadForm(roster), variants.isMuhammadForm(other) else { return nil }
            spellings.append("\(roster) and \(other)")
        }
        return spellings.isEmpty ? nil : spellings.joined(separator: ", ")
    }

    /// How two lists of forenames agree in part, or `nil` when they do not. Spellings of Muhammad count
    /// as one name when comparing the lists.
    private static func partForenames(_ tokens: [String], _ recordTokens: [String]) -> String? {
        let hr = tokens.map(oneMuhammad)
        let record = recordTokens.map(oneMuhammad)
        if record.count < hr.count, Array(hr.prefix(record.count)) == record {
            return record.count == 1
                ? "the record gives only the first of the forenames"
                : "the record gives only the first \(record.count) forenames"
        }
        if hr.count < record.count, Array(record.prefix(hr.count)) == hr {
            return hr.count == 1
                ? "the roster gives only the first of the record's forenames"
                : "the roster gives only the first \(hr.count) of the record's forenames"
        }
        if hr.count == record.count, hr.sorted() == record.sorted() { return "the same forenames in another order" }
        guard let first = hr.first, let otherFirst = record.first else { return nil }
        if first == otherFirst { return "the first forename agrees, the others differ" }
        if record.allSatisfy({ $0.count == 1 }), otherFirst.first == first.first {
            return "the record gives only an initial, which agrees"
        }
        if hr.allSatisfy({ $0.count == 1 }), first.first == otherFirst.first {
            return "the roster gives only an initial, which agrees"
        }
        if hr.dropFirst().contains(otherFirst) { return "the record's forename is the roster's middle name" }
        if record.dropFirst().contains(first) { return "the roster's forename is the record's middle name" }
        return nil
    }

    /// Any spelling of Muhammad as one token, so that lists of forenames compare as the engine reads them.
    private static func oneMuhammad(_ token: String) -> String {
        NameVariants.standard.isMuhammadForm(token) ? "MUHAMMAD" : token
    }

    /// The surname against the roster's current and previous surnames, as ``NameNormaliser`` reads them
    /// ("O'Brien" is "OBRIEN", "Lee Jnr" is "LEE"; a record's "Lee (née Smith)" also gives "SMITH").
    static func surname(_ employee: String, previous: [String], _ record: String) -> Field {
        let current = NameNormaliser.normalise(employee, as: .surname)
        let earlier = previous.map { NameNormaliser.normalise($0, as: .surname) }.filter { !$0.isMissing }
        let other = NameNormaliser.normalise(record, as: .surname)
        let shown = ([employee] + previous).filter { !$0.isEmpty }.joined(separator: " / ")
        return field("Surname", shown, record, present: !current.isMissing && !other.isMissing) {
            if current.compact == other.compact { return (.agrees, nil) }
            if let match = earlier.first(where: { $0.compact == other.compact }) {
                return (.partlyAgrees, "a previous surname of the employee (\(match.full))")
            }
            let parts = Set(current.tokens)
            if current.tokens.count > 1, other.tokens.allSatisfy(parts.contains) {
                return (.partlyAgrees, "the record gives part of a double-barrelled surname")
            }
            if other.tokens.count > 1, Set(other.tokens).isSuperset(of: parts) {
                return (.partlyAgrees, "the roster gives part of the record's double-barrelled surname")
            }
            let names = [current] + earlier
            if other.otherNames.contains(where: { alias in names.contains { $0.tokens == alias } }) {
                return (.partlyAgrees, "the record gives it as another name (a maiden name or alias)")
            }
            return (.differs, nil)
        }
    }

    /// Dates of birth, with the near misses the linkage model counts (transposed, a year apart ...).
    static func dateOfBirth(_ employee: CalendarDate?, _ record: CalendarDate?) -> Field {
        let left = employee?.description ?? ""
        let right = record?.description ?? ""
        return field("Date of birth", left, right, present: employee != nil && record != nil) {
            guard let employee, let record else { return (.missing, nil) }
            if employee == record { return (.agrees, nil) }
            if employee.year == record.year, employee.month == record.day, employee.day == record.month {
                return (.partlyAgrees, "day and month transposed")
            }
            if employee.month == record.month, employee.day == record.day,
                abs(Int(employee.year) - Int(record.year)) == 1
            {
                return (.partlyAgrees, "same day and month, the year one apart")
            }
            if abs(employee.daysSinceEpoch - record.daysSinceEpoch) == 1 { return (.partlyAgrees, "one day apart") }
            if employee.year == record.year, employee.month == record.month {
                return (.partlyAgrees, "same year and month")
            }
            return (.differs, nil)
        }
    }

    /// Marks forenames and surname given in each other's places ("SMITH JOHN" for John Smith), which
    /// the linkage model counts as a name swap rather than two differences.
    static func markSwappedNames(_ fields: inout [Field], employee: Employee?, record: PersonRecord) {
        guard let employee, fields.count >= 2, fields[0].agreement == .differs, fields[1].agreement == .differs
        else { return }
        let hrForename = NameNormaliser.normalise(employee.forenames, as: .forenames)
        let hrSurname = NameNormaliser.normalise(employee.surname, as: .surname)
        let forename = NameNormaliser.normalise(record.forenames, as: .forenames)
        let surname = NameNormaliser.normalise(record.surname, as: .surname)
        guard let first = hrForename.first, forename.compact == hrSurname.compact, surname.first == first else {
            return
        }
        let how = "the forename and surname are given the other way round"
        fields[0].agreement = .partlyAgrees
        fields[0].how = how
        fields[1].agreement = .partlyAgrees
        fields[1].how = how
    }
}
