import Testing

@testable import VigilCore

@Suite("Incident locations sampled for training")
struct LocationTrainingSampleTests {
    /// Three employees on three streets of one town.
    static let roster = [
        Employee(
            employeeID: "E1",
            forenames: "ANNA",
            surname: "BELL",
            dateOfBirth: nil,
            addressLine: "12 Oak Road",
            town: "Birmingham",
            postcode: "B12 9QR"
        ),
        Employee(
            employeeID: "E2",
            forenames: "CARL",
            surname: "DEAN",
            dateOfBirth: nil,
            addressLine: "4 Elm Street",
            town: "Birmingham",
            postcode: "B15 2TT"
        ),
        Employee(
            employeeID: "E3",
            forenames: "EVE",
            surname: "FOX",
            dateOfBirth: nil,
            addressLine: "80 Ash Lane",
            town: "Walsall",
            postcode: "WS1 1AA"
        ),
    ]

    /// 2,000 locations at houses no employee lives in, with every 100th at an employee's home instead.
    static let locations: [IncidentLocation] = (0..<2_000).map { index in
        if index % 100 == 7 {
            let home = roster[index / 100 % roster.count]
            return IncidentLocation(
                incidentID: "NEAR\(index)",
                addressLine: home.addressLine,
                town: home.town,
                postcode: home.postcode
            )
        }
        return IncidentLocation(
            incidentID: "FAR\(index)",
            addressLine: "\(index + 200) Long Road",
            town: "Dudley",
            postcode: "DY\(index % 9 + 1) \(index % 10)AB"
        )
    }

    @Test("with no more locations than the limit, every one is sampled, in order")
    func everyLocationWithinTheLimit() {
        var sample = LocationTrainingSample(roster: Self.roster, limit: 5_000, seed: 1)
        for location in Self.locations { sample.add(location) }
        #expect(sample.seen == 2_000)
        #expect(sample.sampled == Self.locations)
        #expect(sample.nearHomes.isEmpty)
    }

    @Test("beyond the limit, the sample is bounded and every location near a home is still kept")
    func boundedButEveryNearHomeKept() {
        var sample = LocationTrainingSample(roster: Self.roster, limit: 300, seed: 1)
        for location in Self.locations { sample.add(location) }
        #expect(sample.seen == 2_000)
        #expect(sample.sampled.count == 300)
        let kept = Set(sample.kept.map(\.incidentID))
        #expect(kept.count == sample.kept.count, "a location is kept once")
        let near = Set(Self.locations.map(\.incidentID).filter { $0.hasPrefix("NEAR") })
        #expect(near.count == 20)
        #expect(near.isSubset(of: kept))
        #expect(sample.nearHomes.allSatisfy { $0.incidentID.hasPrefix("NEAR") })
        // The sample reaches the whole extract, not only its first rows.
        #expect(sample.sampled.contains { Int($0.incidentID.dropFirst(3)) ?? 0 > 1_000 })
    }

    @Test("the sample is repeatable for a seed and differs between seeds")
    func repeatableForASeed() {
        func sampled(seed: UInt64) -> [String] {
            var sample = LocationTrainingSample(roster: Self.roster, limit: 300, seed: seed)
            for location in Self.locations { sample.add(location) }
            return sample.sampled.map(\.incidentID)
        }
        #expect(sampled(seed: 9) == sampled(seed: 9))
        #expect(sampled(seed: 9) != sampled(seed: 10))
    }

    @Test("every location's postcode counts towards the term frequencies, sampled or not")
    func everyPostcodeCounted() {
        var sample = LocationTrainingSample(roster: Self.roster, limit: 50, seed: 3)
        for location in Self.locations { sample.add(location) }
        #expect(sample.postcodes.entries.reduce(0) { $0 + $1.count } == 2_000)
        let homePostcode = sample.postcodes.entries.first { $0.text == "B12 9QR" }
        #expect(homePostcode?.count == 7)
    }

    @Test("a bounded sample trains the home-address model on the same blocked pairs as every location")
    func boundedSampleTrainsOnTheSamePairs() {
        var bounded = LocationTrainingSample(roster: Self.roster, limit: 100, seed: 5)
        for location in Self.locations { bounded.add(location) }
        let trainer = ModelTrainer(randomPairs: 5_000, seed: 5)
        let records: [PersonRecord] = []
        let whole = trainer.train(roster: Self.roster, records: records, locations: Self.locations, trainedAt: "t")
        let sampled = trainer.train(roster: Self.roster, records: records, locations: bounded, trainedAt: "t")
        let pairs = { (model: LinkageModel) in
            model.training.sessions.first { $0.kind == .homeAddress }?.pairs
        }
        #expect(pairs(whole) == 20)
        #expect(pairs(sampled) == pairs(whole))
        #expect(sampled.training.locationsUsed == 2_000)
    }
}
