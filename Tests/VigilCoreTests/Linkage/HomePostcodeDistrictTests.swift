import Foundation
import Testing

@testable import VigilCore

/// An incident at the same number and street name as an employee's home, but with a postcode in
/// another district, is another address: streets of one name lie in neighbouring districts of one post
/// town (High Street, Dudley, DY1 and High Street, Sedgley, DY3).
@Suite struct HomePostcodeDistrictTests {
    typealias Level = HomeAddressComparison.PostcodeLevel

    static let employee = Employee(
        employeeID: "E2",
        forenames: "Joan",
        surname: "Pritchard",
        dateOfBirth: nil,
        addressLine: "12 High Street",
        town: "Dudley",
        postcode: "DY1 1QP"
    )

    static func location(postcode: String, uprn: String = "") -> IncidentLocation {
        IncidentLocation(
            incidentID: "H1",
            eventDate: nil,
            incidentType: "",
            addressLine: "12 High Street",
            town: "Dudley",
            postcode: postcode,
            uprn: uprn
        )
    }

    static func compared(_ postcode: String, uprn: String = "") -> ComparedPair {
        var extractor = PersonFeatureExtractor()
        let home = extractor.features(of: employee).address
        return HomeAddressComparator.compare(extractor.features(of: location(postcode: postcode, uprn: uprn)), home)
    }

    /// A home-address model as training leaves one on a small world: the prior above the threshold, a
    /// shared number weighing as much as a different postcode takes away, and street and town agreeing
    /// in every candidate pair, so weighing nothing.
    static func model() -> FellegiSunterModel {
        var comparisons = HomeAddressComparison.untrained
        let house = HomeAddressComparison.house
        comparisons[house].levels[HomeAddressComparison.HouseLevel.numberAndFlat.rawValue].u = 0.02
        for index in [HomeAddressComparison.street, HomeAddressComparison.town] {
            comparisons[index].levels[0].u = comparisons[index].levels[0].m
        }
        return FellegiSunterModel(kind: .homeAddress, priorProbability: 0.643, comparisons: comparisons, threshold: 0.5)
    }

    @Test("a postcode in another district is its own level; one in the same district is plainly different")
    func levels() {
        #expect(Self.compared("DY3 1AB").vector[HomeAddressComparison.postcode] == Level.otherDistrict.rawValue)
        #expect(Self.compared("DY1 4ZZ").vector[HomeAddressComparison.postcode] == Level.other.rawValue)
        #expect(Self.compared("DY1 1QT").vector[HomeAddressComparison.postcode] == Level.sector.rawValue)
        #expect(Self.compared("DY1 1QP").vector[HomeAddressComparison.postcode] == Level.exact.rawValue)
        #expect(Self.compared("DY2").vector[HomeAddressComparison.postcode] == Level.otherDistrict.rawValue)
    }

    @Test("the same number and street in another district is not the employee's home, though in-district it may be")
    func anotherDistrictIsNotTheHome() {
        let model = Self.model()
        let otherDistrict = model.explain(Self.compared("DY3 1AB"), values: [])
        let sameDistrict = model.explain(Self.compared("DY1 4ZZ"), values: [])
        #expect(otherDistrict.matchProbability < model.threshold, "\(otherDistrict.plainWords)")
        #expect(otherDistrict.matchWeight < sameDistrict.matchWeight - 2)
        #expect(otherDistrict.plainWords.contains { $0.hasPrefix("postcode in another district") })
        // A shared property reference still says it is the same property, whatever the postcode says.
        let sameProperty = Self.compared("DY3 1AB", uprn: "90001")
        #expect(sameProperty.vector[HomeAddressComparison.uprn] == nil)
    }

    @Test("the untrained weight of another district is far below a plain difference, and both count against")
    func untrainedWeights() {
        let postcode = HomeAddressComparison.untrained[HomeAddressComparison.postcode]
        let other = postcode.weight(ofLevel: Level.other.rawValue)
        let district = postcode.weight(ofLevel: Level.otherDistrict.rawValue)
        #expect(other < -5)
        #expect(district < other - 2)
        #expect(postcode.isDisagreement(level: Level.otherDistrict.rawValue))
        #expect(abs(postcode.levels.map(\.u).reduce(0, +) - 1) < 1e-9)
    }

    @Test("a model from before the level is given it when read, no heavier than its plain difference")
    func olderModelGainsTheLevel() throws {
        var old = Self.model()
        old.comparisons[HomeAddressComparison.postcode].levels.removeLast()
        let person = FellegiSunterModel(
            kind: .person,
            priorProbability: 1e-4,
            comparisons: PersonComparison.untrained,
            threshold: 0.9
        )
        let report = TrainingReport(
            rosterSize: 0,
            recordsSeen: 0,
            recordsUsed: 0,
            locationsUsed: 0,
            randomPairsForU: 0,
            seed: 1,
            sessions: []
        )
        var model = LinkageModel(person: person, homeAddress: old, training: report, trainedAt: "")
        model.formatVersion = 2
        #expect(model.structureProblem() != nil)
        let current = model.withCurrentLevels()
        #expect(current.structureProblem() == nil)
        let postcode = try #require(current.homeAddress).comparisons[HomeAddressComparison.postcode]
        #expect(postcode.levels.map(\.name) == ["exact", "sector", "other", "other_district"])
        #expect(postcode.weight(ofLevel: 3) <= postcode.weight(ofLevel: 2))
        #expect(postcode.levels[2] == old.comparisons[HomeAddressComparison.postcode].levels[2])
        #expect(current.withCurrentLevels() == current)
        #expect(try #require(current.homeAddress).explain(Self.compared("DY3 1AB"), values: []).matchProbability < 0.5)
    }
}
