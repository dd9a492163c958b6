import VigilCore

extension DataQualityProfiler {
    /// Profiles one roster row.
    public mutating func add(_ employee: Employee) {
        precondition(kind == .roster, "an employee belongs in a roster profile, not \(kind.rawValue)")
        rowsProfiled += 1
        addName(employee.forenames, as: .forenames)
        addName(employee.surname, as: .surname)
        addDate(employee.dateOfBirth, field: .dateOfBirth)
        addAddress(line: employee.addressLine, town: employee.town)
        addPostcode(employee.postcode)
        addText(employee.role, field: .role)
        addText(employee.team, field: .team)
        addDate(employee.startDate, field: .startDate)
        addText(employee.uprn, field: .uprn)
    }

    /// Profiles one crime, intelligence, custody or incident-log person row.
    public mutating func add(_ record: PersonRecord) {
        precondition(
            kind == .personRecords,
            "a person record belongs in a person_records profile, not \(kind.rawValue)"
        )
        rowsProfiled += 1
        addText(record.eventID, field: .eventID)
        addDate(record.eventDate, field: .eventDate)
        addText(record.role, field: .role)
        addName(record.forenames, as: .forenames)
        addName(record.surname, as: .surname)
        addDate(record.dateOfBirth, field: .dateOfBirth)
        addAddress(line: record.addressLine, town: record.town)
        addPostcode(record.postcode)
        addText(record.uprn, field: .uprn)
    }

    /// Profiles one incident-location row.
    public mutating func add(_ location: IncidentLocation) {
        precondition(kind == .incidentLocations, "an incident location belongs in an incident_locations profile")
        rowsProfiled += 1
        addDate(location.eventDate, field: .eventDate)
        addText(location.incidentType, field: .incidentType)
        addAddress(line: location.addressLine, town: location.town)
        addPostcode(location.postcode)
        addText(location.uprn, field: .uprn)
    }

    /// Profiles a batch of roster rows: its employees and its rejects.
    public mutating func add(_ batch: ExtractBatch<Employee>) {
        for employee in batch.records { add(employee) }
        add(batch.rejects)
    }

    /// Profiles a batch of person-record rows: its records and its rejects.
    public mutating func add(_ batch: ExtractBatch<PersonRecord>) {
        for record in batch.records { add(record) }
        add(batch.rejects)
    }

    /// Profiles a batch of incident-location rows: its locations and its rejects.
    public mutating func add(_ batch: ExtractBatch<IncidentLocation>) {
        for location in batch.records { add(location) }
        add(batch.rejects)
    }

    /// Counts one rejected row by its kind (duplicate ids among them).
    public mutating func add(_ reject: RejectedRow) {
        rejectsFed[reject.kind, default: 0] += 1
    }

    /// Counts rejected rows by kind.
    public mutating func add(_ rejects: [RejectedRow]) {
        for reject in rejects { add(reject) }
    }

    /// Adds a reader's final counts; from then on the report's rows read, rows accepted, rejects and
    /// invalid dates kept come from the summaries (added together, for a source read from several files),
    /// and the lines skipped as empty or blank are listed for each summary's file.
    public mutating func add(_ summary: IngestSummary) {
        var total = summaries ?? IngestSummary(file: file)
        total.rowsRead += summary.rowsRead
        total.rowsAccepted += summary.rowsAccepted
        total.invalidDatesKeptAsMissing += summary.invalidDatesKeptAsMissing
        total.rejectsByKind.merge(summary.rejectsByKind, uniquingKeysWith: +)
        summaries = total
        if let skipped = DataQualityReport.SkippedRows(summary) { skippedRows.append(skipped) }
    }

    private mutating func note(_ field: QualityField, _ keyPath: WritableKeyPath<Tally, Int>) {
        tallies[field.rawValue][keyPath: keyPath] += 1
    }

    private mutating func addName(_ raw: String, as part: NamePart) {
        let field: QualityField = part == .forenames ? .forenames : .surname
        guard !QualityText.isBlank(raw) else { return note(field, \.empty) }
        // Names repeat: the memo saves normalising the same spelling again (most of a name's cost).
        let counted: String?
        if let known = nameMemo.value(raw, part: part) {
            counted = known
        } else {
            let name = NameNormaliser.normalise(raw, as: part)
            counted = part == .forenames ? name.first : (name.first == nil ? nil : name.full)
            nameMemo.remember(raw, part: part, counted)
        }
        guard let counted else {
            note(field, \.placeholder)
            let key = QualityText.key(raw)
            placeholderNames.add(key.isEmpty ? String(raw.trimmingSpaces) : key)
            return
        }
        if part == .forenames {
            forenames.add(counted)
        } else {
            surnames.add(counted)
        }
    }

    /// A missing date is empty (the reader cannot tell an empty field from "UNKNOWN"); 1901 or earlier
    /// is a placeholder.
    private mutating func addDate(_ date: CalendarDate?, field: QualityField) {
        guard let date else { return note(field, \.empty) }
        if Int(date.year) <= DateProfile.placeholderYearLimit { note(field, \.placeholder) }
        switch field {
        case .dateOfBirth: datesOfBirth.add(date)
        case .eventDate: eventDates.add(date)
        default: break
        }
    }

    /// Placeholders as ``PlaceholderValues`` defines them; the line itself, uppercased with punctuation
    /// folded, goes to the most-frequent list (a fixed default address shows up there).
    private mutating func addAddress(line: String, town: String) {
        if QualityText.isBlank(line) {
            note(.addressLine, \.empty)
        } else {
            let key = QualityText.key(line)
            if key == "NFA" || key.hasPrefix("NFA ") || QualityText.isPlaceholderAddress(line, key: key) {
                note(.addressLine, \.placeholder)
            } else {
                addressLines.add(key)
            }
        }
        if QualityText.isBlank(town) {
            note(.town, \.empty)
        } else if QualityText.isPlaceholderAddress(town) {
            note(.town, \.placeholder)
        }
    }

    /// ZZ99 codes are the NHS's "no fixed abode" pseudo-postcodes, so they count as placeholders. An
    /// outward code alone ("WV10") is partial, as the linkage engine reads it: half a postcode, not an
    /// invalid one.
    private mutating func addPostcode(_ raw: String) {
        guard !QualityText.isBlank(raw) else { return note(.postcode, \.empty) }
        let value = PostcodeValue.parse(raw)
        switch value {
        case .missing:
            note(.postcode, \.placeholder)
        case .invalid:
            note(.postcode, value.outwardCodeOnly == nil ? \.invalid : \.partial)
        case .valid(let postcode):
            if postcode.outward == "ZZ99" {
                note(.postcode, \.placeholder)
            } else {
                postcodes.add(postcode.normalised)
            }
        }
    }

    private mutating func addText(_ raw: String, field: QualityField) {
        if QualityText.isBlank(raw) {
            note(field, \.empty)
        } else if QualityText.isPlaceholderText(raw) {
            note(field, \.placeholder)
        }
    }
}
