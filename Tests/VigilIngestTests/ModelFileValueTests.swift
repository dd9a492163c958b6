import Foundation
import Testing
import VigilCore
import VigilIngest

/// A model file edited by hand is read only when its numbers make sense, and under a version of its own.
@Suite struct ModelFileValueTests {
    private func written(_ model: LinkageModel, in dir: TemporaryDirectory) throws -> String {
        let path = dir.path("model.json")
        try ModelFile.write(model, to: path)
        return path
    }

    @Test("a negative m, a prior of 1 or a threshold past 1 is refused, naming the value")
    func impossibleValuesRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var negative = ModelFileTests.model()
        negative.person.comparisons[PersonComparison.surname].levels[0].m = -0.2
        var certain = ModelFileTests.model()
        certain.person.priorProbability = 1
        var unreachable = ModelFileTests.model()
        unreachable.person.threshold = 2
        var frequency = ModelFileTests.model()
        frequency.person.termFrequencies["surname"] = TermFrequencyTable(
            column: "surname",
            frequencies: ["SMITH": 50],
            unseenFrequency: 1e-6,
            sampleSize: 10
        )
        var floor = ModelFileTests.model()
        floor.person.minimumFrequency = 0
        let cases: [(LinkageModel, String)] = [
            (frequency, "surname frequency of 'SMITH' is 50.0"),
            (floor, "minimum frequency is 0.0"),
            (negative, "person model's surname level exact has m -0.2"),
            (certain, "person model's prior is 1.0"),
            (unreachable, "person model's threshold is 2.0"),
        ]
        for (model, says) in cases {
            let path = try written(model, in: dir)
            let problem = try #require(throws: ModelFile.Problem.self) { try ModelFile.read(path) }
            #expect(problem.description.contains(says), "\(problem)")
        }
    }

    @Test("a household correction that does not fit the comparisons is refused, not read past its end")
    func misshapenCorrectionRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var model = ModelFileTests.model()
        let shape = model.person.comparisons.map { $0.levels.map(\.u) }
        model.person.conditionalU = ConditionalU(
            context: "people at the same address",
            comparison: PersonComparison.address,
            levels: [0],
            u: shape,
            exceptWhenAll: [ConditionalU.LevelSet(comparison: 99, levels: [0])]
        )
        let problem = try #require(throws: ModelFile.Problem.self) { try ModelFile.read(written(model, in: dir)) }
        #expect(problem.description.contains("exceptions do not fit"), "\(problem)")
    }

    @Test("a model trained before the household exception exists reads with it, under a new version")
    func olderModelUpgraded() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var older = ModelFileTests.model()
        older.person.conditionalU = ConditionalU(
            context: "people at the same address",
            comparison: PersonComparison.address,
            levels: [PersonComparison.AddressLevel.wholeAddress.rawValue],
            u: older.person.comparisons.map { $0.levels.map(\.u) }
        )
        older.version = older.contentVersion()
        let read = try ModelFile.read(written(older, in: dir))
        #expect(read.person.conditionalU?.exceptWhenAll == ConditionalU.householdExceptions)
        #expect(read.version != older.version)
        // Read again, the upgraded model is unchanged: the rules are idempotent.
        let again = try ModelFile.read(written(read, in: dir))
        #expect(again == read)
    }

    @Test("a model edited after training reads under a new version; an untouched one keeps its own")
    func editedModelVersionedAfresh() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let trained = ModelFileTests.model()
        #expect(try ModelFile.read(written(trained, in: dir)).version == trained.version)
        var edited = trained
        edited.person.comparisons[PersonComparison.surname].levels[0].m = 0.5
        let read = try ModelFile.read(written(edited, in: dir))
        #expect(read.version != trained.version)
        #expect(read.version == read.contentVersion())
    }
}

/// The household correction: at one house a shared surname or birthday is weak evidence, but a shared
/// forename and birthday together are not twins.
@Suite struct HouseholdExceptionTests {
    @Test("the correction holds at one house unless forename and date of birth both agree")
    func exceptionLiftsTheCondition() {
        let atHouse = PersonComparison.AddressLevel.wholeAddress.rawValue
        let correction = ConditionalU(
            context: "people at the same address",
            comparison: PersonComparison.address,
            levels: [atHouse],
            u: [],
            exceptWhenAll: [
                ConditionalU.LevelSet(comparison: PersonComparison.forename, levels: [0, 1]),
                ConditionalU.LevelSet(comparison: PersonComparison.dateOfBirth, levels: [0]),
            ]
        )
        func vector(forename: Int?, date: Int?, address: Int?) -> ComparisonVector {
            var vector = ComparisonVector()
            vector[PersonComparison.forename] = forename
            vector[PersonComparison.dateOfBirth] = date
            vector[PersonComparison.address] = address
            return vector
        }
        #expect(correction.applies(to: vector(forename: 0, date: nil, address: atHouse)))
        #expect(correction.applies(to: vector(forename: 7, date: 0, address: atHouse)), "twins: other forename")
        #expect(!correction.applies(to: vector(forename: 0, date: 0, address: atHouse)))
        #expect(!correction.applies(to: vector(forename: 1, date: 0, address: atHouse)), "a nickname agrees too")
        #expect(!correction.applies(to: vector(forename: 0, date: nil, address: 6)), "not at one house")
    }
}
