extension PersonFeatureExtractor {
    /// Address features of an incident location (through the same caches as a person's address).
    public mutating func features(of location: IncidentLocation) -> AddressFeatures {
        PersonFields.withFields(
            forenames: "",
            surname: "",
            dateOfBirth: nil,
            addressLine: location.addressLine,
            town: location.town,
            postcode: location.postcode,
            uprn: location.uprn
        ) { cachedAddress($0) }
    }

    /// Address features from the raw fields, parsed in full without the caches.
    public func address(line: String, town: String, postcode: String, uprn: String) -> AddressFeatures {
        if let whole = WholeAddressLine(line: line, town: town, postcode: postcode) {
            return Self.lineParts(AddressParser.parse(addressLine: whole.line, town: whole.town))
                .features(postcode: postcodePart(whole.postcode), uprn: Self.uprn(uprn))
        }
        return Self.lineParts(AddressParser.parse(addressLine: line, town: town))
            .features(postcode: postcodePart(postcode), uprn: Self.uprn(uprn))
    }

    /// Address features through the town, postcode and street caches: a few hundred towns and some tens
    /// of thousands of postcodes recur across millions of records. Whole address lines recur too rarely
    /// (377,000 distinct lines in 1,000,000 generated records) for a cache, but most lines are a house
    /// number on a street (``HouseNumberedLine``), and streets recur: those lines parse their street
    /// words once. Any other line is parsed in full.
    mutating func cachedAddress(_ fields: PersonFields) -> AddressFeatures {
        // A line holding the whole address, with no postcode given, is split before the caches (rare).
        if fields.postcode.trimmingSpaces.isEmpty, WholeAddressLine.mayEndInPostcode(fields.addressLine),
            let whole = WholeAddressLine(line: fields.addressLine.text, town: fields.town.text, postcode: "")
        {
            let uprn = fields.uprn.trimmingSpaces
            return Self.lineParts(AddressParser.parse(addressLine: whole.line, town: whole.town))
                .features(postcode: postcodePart(whole.postcode), uprn: uprn.isEmpty ? nil : uprn.text)
        }
        let normalisedTown: String?
        let townHash = BlockingKey.hash(bytes: fields.town)
        if let known = townCache.value(forBytes: fields.town, hash: townHash) {
            normalisedTown = known
        } else {
            normalisedTown = AddressParser.normaliseTown(fields.town.text)
            townCache.insert(normalisedTown, forBytes: fields.town, hash: townHash)
        }
        let line = streetAddress(line: fields.addressLine, normalisedTown: normalisedTown)
        let part: PostcodePart
        let postcodeHash = BlockingKey.hash(bytes: fields.postcode)
        if let known = postcodeCache.value(forBytes: fields.postcode, hash: postcodeHash) {
            part = known
        } else {
            part = postcodePart(fields.postcode.text)
            postcodeCache.insert(part, forBytes: fields.postcode, hash: postcodeHash)
        }
        let uprn = fields.uprn.trimmingSpaces
        // Built once from its parts: copying a half-made address on the way costs a reference count for
        // every field each time.
        return line.features(postcode: part, uprn: uprn.isEmpty ? nil : uprn.text)
    }

    /// What an address line and its town give: the house number, the flat and the shared place.
    struct LineParts {
        var houseNumber: String?
        var flat: String?
        var place: AddressPlace

        /// The whole address: these parts with a postcode's and a UPRN.
        func features(postcode part: PostcodePart, uprn: String?) -> AddressFeatures {
            AddressFeatures(
                postcode: part.postcode,
                sector: part.sector,
                district: part.district,
                postcodeIsSpecial: part.isSpecial,
                houseNumber: houseNumber,
                flat: flat,
                place: place,
                uprn: uprn,
                postcodeFrequency: part.frequency
            )
        }
    }

    /// The longest address line folded on the stack; a longer one is folded into an array.
    static let stackFoldedLineLimit = 512

    /// The parts of address features that come from the address line and the normalised town.
    private mutating func streetAddress(line: UnsafeBufferPointer<UInt8>, normalisedTown: String?) -> LineParts {
        // Most lines are short ASCII: folded on the stack, so no array is made for them.
        if line.count <= Self.stackFoldedLineLimit {
            let parts = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(line.count, 1)) { buffer in
                TextFolding.foldASCII(line, into: buffer)
                    ? streetAddress(
                        folded: UnsafeBufferPointer(rebasing: buffer[..<line.count]),
                        normalisedTown: normalisedTown
                    ) : nil
            }
            if let parts { return parts }
        }
        return TextFolding.fold(line).withUnsafeBufferPointer {
            streetAddress(folded: $0, normalisedTown: normalisedTown)
        }
    }

    /// The parts of address features from a folded address line (see ``TextFolding/fold(_:)``).
    private mutating func streetAddress(folded: UnsafeBufferPointer<UInt8>, normalisedTown: String?) -> LineParts {
        guard let shaped = HouseNumberedLine(folded: folded) else {
            return Self.lineParts(AddressParser.parse(folded: Array(folded), normalisedTown: normalisedTown))
        }
        let words = UnsafeBufferPointer(rebasing: folded[shaped.wordsStart...])
        // Any house number parses the words the same way (see `HouseNumberedLine`), and a line parsed
        // with a house number keeps its words only in the place: the house number and flat are this line's.
        let place = streetWordsCache.place(words: words, town: normalisedTown) {
            Self.lineParts(AddressParser.parse(folded: [0x31, 0x20] + words, normalisedTown: normalisedTown)).place
        }
        return LineParts(houseNumber: shaped.houseNumber, flat: shaped.flat, place: place)
    }

    /// What a postcode field contributes to address features.
    struct PostcodePart: Sendable {
        var postcode: String?
        var sector: String?
        var district: String?
        var isSpecial = false
        var frequency = 0.0
    }

    private func postcodePart(_ raw: String) -> PostcodePart {
        var part = PostcodePart()
        let value = PostcodeValue.parse(raw)
        switch value {
        case .valid(let code):
            part.postcode = code.normalised
            part.sector = code.isSpecial ? nil : code.sector
            part.district = code.isSpecial ? nil : code.district
            part.isSpecial = code.isSpecial
        case .invalid(let text):
            // An outward code alone ("WV10") is kept as its district, never as a postcode to agree on.
            if let outward = value.outwardCodeOnly {
                part.postcode = outward
                part.district = outward
                return part
            }
            part.postcode = text.isEmpty ? nil : text
        case .missing:
            break
        }
        if let code = part.postcode, !part.isSpecial {
            part.frequency = postcodeFrequencies?.frequency(of: code) ?? 0
        }
        return part
    }

    /// The parts of address features that come from the address line and town. A line that is empty or
    /// a placeholder ("NFA") gives no house or street, but the town, a field of its own, is kept.
    private static func lineParts(_ parsed: ParsedAddress) -> LineParts {
        guard !parsed.isMissing else { return LineParts(place: .of(houseName: nil, street: nil, town: parsed.town)) }
        return LineParts(
            houseNumber: parsed.houseNumber,
            flat: parsed.flat,
            place: .of(
                houseName: parsed.houseName,
                street: parsed.street.isEmpty ? nil : parsed.street,
                town: parsed.town
            )
        )
    }

    private static func uprn(_ raw: String) -> String? {
        let trimmed = raw.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}
