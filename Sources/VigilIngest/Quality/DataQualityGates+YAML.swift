import Yams

extension DataQualityGates {
    /// Reads gates from YAML text (the keys ``DataQualityGates`` documents); `file` names it in errors.
    ///
    /// Empty text gives the defaults. A configuration file that holds gates among other settings can
    /// instead decode ``DataQualityGates`` as one of its `Codable` members.
    ///
    /// ```swift
    /// let gates = try DataQualityGates.parse(yaml: "max_missing_rate: {date_of_birth: 0.2}", file: "vigil.yaml")
    /// ```
    ///
    /// - Throws: ``IngestError`` `invalidQualityGates` naming the key and the problem.
    public static func parse(yaml: String, file: String) throws -> DataQualityGates {
        do {
            guard try Yams.compose(yaml: yaml) != nil else { return .standard }
            return try YAMLDecoder().decode(DataQualityGates.self, from: yaml)
        } catch let error as DecodingError {
            let (path, message) = describe(error)
            throw IngestError(.invalidQualityGates, message, file: file, field: path)
        } catch {
            throw IngestError(.invalidQualityGates, "not valid YAML: \(error)", file: file)
        }
    }

    /// The key path and a sentence for a decoding error.
    private static func describe(_ error: DecodingError) -> (path: String?, message: String) {
        let context: DecodingError.Context
        let problem: String
        switch error {
        case .typeMismatch(let type, let found):
            context = found
            problem = "expected \(type == Double.self ? "a number" : type == Int.self ? "a whole number" : "\(type)")"
        case .valueNotFound(_, let found):
            context = found
            problem = "a value is missing"
        case .keyNotFound(let key, let found):
            context = found
            problem = "missing key '\(key.stringValue)'"
        case .dataCorrupted(let found):
            context = found
            problem = found.debugDescription
        @unknown default:
            return (nil, "\(error)")
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        if path.isEmpty { return (nil, problem) }
        return (path, "\(path): \(problem)")
    }
}

extension IngestError.Code {
    /// Data-quality gates in the configuration are malformed or name something unknown.
    public static let invalidQualityGates = IngestError.Code("invalidQualityGates")
}
