import Foundation
import VigilCore

/// Reads and writes the model JSON file, with errors that say what is wrong with it.
public enum ModelFile {
    /// What is wrong with a model file.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        /// The problem, naming the file.
        public let description: String

        /// Creates a problem.
        public init(description: String) {
            self.description = description
        }
    }

    /// Writes `model` as pretty, key-sorted JSON, atomically (see ``OutputFile/replace(_:with:)``).
    public static func write(_ model: LinkageModel, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(model)
        do {
            try OutputFile.replace(path, with: Array(data))
        } catch let problem as OutputFile.Problem {
            throw Problem(description: "\(path): cannot write the model (\(problem.reason))")
        }
    }

    /// Reads and checks a model file.
    public static func read(_ path: String) throws -> LinkageModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                let why =
                    isFolder.boolValue ? "is a folder, not a model file" : "cannot be read (check its permissions)"
                throw Problem(description: "\(path): \(why)")
            }
            throw Problem(description: "\(path): no such model file")
        }
        var model: LinkageModel
        do {
            model = try JSONDecoder().decode(LinkageModel.self, from: data)
        } catch {
            throw Problem(description: "\(path): not a Vigil model file (\(plainWords(error)))")
        }
        guard model.format == LinkageModel.format else {
            throw Problem(description: "\(path): format is '\(model.format)', expected '\(LinkageModel.format)'")
        }
        guard model.formatVersion <= LinkageModel.currentFormatVersion else {
            throw Problem(
                description: "\(path): model format version \(model.formatVersion) is newer than this vigil reads "
                    + "(\(LinkageModel.currentFormatVersion)); upgrade vigil"
            )
        }
        // A model trained before a level was added is given it, as training would now.
        model = model.withCurrentLevels()
        if let problem = model.structureProblem() {
            throw Problem(
                description: "\(path): \(problem): it was trained by another version of vigil; train a new model "
                    + "with 'vigil train'"
            )
        }
        if let problem = model.valueProblem() {
            throw Problem(description: "\(path): \(problem); train a new model with 'vigil train'")
        }
        // The version names the parameters: a file edited after training is not the model that version
        // names, so it is versioned afresh and its matches are not attributed to the trained one.
        // A model trained before a rule training now applies is brought up to it (the rules are idempotent).
        model = model.upgraded()
        model.version = model.contentVersion()
        return model
    }
}
