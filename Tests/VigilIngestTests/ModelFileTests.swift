import Foundation
import Testing
import VigilCore
import VigilIngest

@Suite struct ModelFileTests {
    static func model(person comparisons: [ComparisonParameters] = PersonComparison.untrained) -> LinkageModel {
        let person = FellegiSunterModel(kind: .person, priorProbability: 1e-4, comparisons: comparisons, threshold: 0.9)
        let report = TrainingReport(
            rosterSize: 0,
            recordsSeen: 0,
            recordsUsed: 0,
            locationsUsed: 0,
            randomPairsForU: 0,
            seed: 1,
            sessions: []
        )
        return LinkageModel(person: person, homeAddress: nil, training: report, trainedAt: "")
    }

    @Test("a model this build wrote reads back unchanged")
    func roundTrip() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("model.json")
        let model = Self.model()
        try ModelFile.write(model, to: path)
        #expect(try ModelFile.read(path) == model)
        #expect(model.structureProblem() == nil)
    }

    @Test("a model whose levels differ from this build's is refused with what differs and what to do")
    func otherLevelsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var comparisons = PersonComparison.untrained
        // A model from before the crossed-name levels: name_swap had two levels.
        comparisons[PersonComparison.nameSwap].levels.removeSubrange(
            PersonComparison.SwapLevel.crossed.rawValue...PersonComparison.SwapLevel.surnameCrossed.rawValue
        )
        let path = dir.path("old.json")
        try ModelFile.write(Self.model(person: comparisons), to: path)
        let problem = try #require(throws: ModelFile.Problem.self) { try ModelFile.read(path) }
        #expect(problem.description.contains("name_swap has levels swapped, not_swapped"))
        #expect(problem.description.contains("swapped, crossed, surname_crossed, not_swapped"))
        #expect(problem.description.contains("train a new model"))

        let renamed = PersonComparison.untrained.filter { $0.name != "address" }
        #expect(Self.model(person: renamed).structureProblem()?.contains("this vigil compares") == true)
    }

    @Test(
        "a file that is not a model says where it is wrong in plain words",
        arguments: [
            ("not json", "the file is not valid JSON"),
            ("[1, 2]", "the file's top level is not an object"),
            (#"{"a": 1}"#, "'format' is missing"),
        ]
    )
    func notAModel(text: String, expected: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("model.json", text)
        let problem = try #require(throws: ModelFile.Problem.self) { try ModelFile.read(path) }
        #expect(problem.description == "\(path): not a Vigil model file (\(expected))")
    }

    @Test("a damaged value deep in a model is named by its JSON path")
    func damagedValueNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("model.json")
        try ModelFile.write(Self.model(), to: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let cases: [(from: String, to: String, expected: String)] = [
            (
                #""priorProbability" : 0.0001"#, #""priorProbability" : "high""#,
                "'person.priorProbability' is not a number"
            ),
            (#""m" : "#, #""m_was" : "#, "'person.comparisons[0].levels[0].m' is missing"),
        ]
        for damage in cases {
            let range = try #require(written.range(of: damage.from), "the written model holds \(damage.from)")
            try written.replacingCharacters(in: range, with: damage.to).write(
                toFile: path,
                atomically: true,
                encoding: .utf8
            )
            let problem = try #require(throws: ModelFile.Problem.self) { try ModelFile.read(path) }
            #expect(problem.description.hasSuffix("not a Vigil model file (\(damage.expected))"), "\(problem)")
        }
    }
}
