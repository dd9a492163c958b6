extension PersonFeatureExtractor {
    /// Address features of an incident location.
    public func features(of location: IncidentLocation) -> AddressFeatures {
        address(line: location.addressLine, town: location.town, postcode: location.postcode, uprn: location.uprn)
    }

    /// Address features from the raw fields.
    public func address(line: String, town: String, postcode: String, uprn: String) -> AddressFeatures {
        var features = Self.lineFeatures(AddressParser.parse(addressLine: line, town: town))
        postcodePart(postcode).apply(to: &features)
        features.uprn = Self.uprn(uprn)
        return features
    }

    /// Address features through the town and postcode caches: a few hundred towns and some tens of
    /// thousands of postcodes recur across millions of records. Address lines are parsed every time:
    /// written out by hand they recur too rarely (377,000 distinct lines in 1,000,000 generated records)
    /// for a cache to repay its hashing and copying.
    mutating func cachedAddress(line: String, town: String, postcode: String, uprn: String) -> AddressFeatures {
        let normalisedTown: String?
        if let known = townCache[town] {
            normalisedTown = known
        } else {
            normalisedTown = AddressParser.normaliseTown(town)
            if townCache.count >= cacheLimit { townCache.removeAll(keepingCapacity: true) }
            townCache[town] = normalisedTown
        }
        var features = Self.lineFeatures(AddressParser.parse(addressLine: line, normalisedTown: normalisedTown))
        let part: PostcodePart
        if let known = postcodeCache[postcode] {
            part = known
        } else {
            part = postcodePart(postcode)
            if postcodeCache.count >= cacheLimit { postcodeCache.removeAll(keepingCapacity: true) }
            postcodeCache[postcode] = part
        }
        part.apply(to: &features)
        features.uprn = Self.uprn(uprn)
        return features
    }

    /// What a postcode field contributes to address features.
    struct PostcodePart: Sendable {
        var postcode: String?
        var sector: String?
        var isSpecial = false
        var frequency = 0.0

        func apply(to features: inout AddressFeatures) {
            features.postcode = postcode
            features.sector = sector
            features.postcodeIsSpecial = isSpecial
            features.postcodeFrequency = frequency
        }
    }

    private func postcodePart(_ raw: String) -> PostcodePart {
        var part = PostcodePart()
        switch PostcodeValue.parse(raw) {
        case .valid(let code):
            part.postcode = code.normalised
            part.sector = code.isSpecial ? nil : code.sector
            part.isSpecial = code.isSpecial
        case .invalid(let raw):
            part.postcode = raw.isEmpty ? nil : raw
        case .missing:
            break
        }
        if let code = part.postcode, !part.isSpecial {
            part.frequency = postcodeFrequencies?.frequency(of: code) ?? 0
        }
        return part
    }

    /// The parts of address features that come from the address line and town.
    private static func lineFeatures(_ parsed: ParsedAddress) -> AddressFeatures {
        var features = AddressFeatures()
        if !parsed.isMissing {
            features.houseNumber = parsed.houseNumber
            features.flat = parsed.flat
            features.houseName = parsed.houseName
            let street = parsed.street
            features.street = street.isEmpty ? nil : street
            features.town = parsed.town
        }
        return features
    }

    private static func uprn(_ raw: String) -> String? {
        let trimmed = raw.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}
