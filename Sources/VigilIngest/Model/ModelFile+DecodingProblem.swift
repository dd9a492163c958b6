extension ModelFile {
    /// What a decoding error says about a model file, in words: the JSON path and what is wrong there.
    ///
    /// `DecodingError`'s own description names Swift types and coding keys ("Key 'm' not found in keyed
    /// decoding container ... CodingKeys(stringValue: ...)"); a person fixing or replacing a model file
    /// needs only where the problem is and what it is.
    static func plainWords(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key])) is missing"
        case .valueNotFound(_, let context):
            return "\(place(context.codingPath)) is null or missing"
        case .typeMismatch(let type, let context):
            return "\(place(context.codingPath)) is not \(kind(of: type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "the file is not valid JSON"
            }
            return "\(place(context.codingPath)) is invalid: \(context.debugDescription)"
        @unknown default:
            return "\(decoding)"
        }
    }

    /// Where a coding path leads, as a quoted JSON path (`'person.comparisons[0].levels[1].m'`), or "the
    /// file's top level".
    private static func place(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text.isEmpty ? "the file's top level" : "'\(text)'"
    }

    /// What a JSON value of a Swift type is called: "a number", "text", "an object".
    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type, is Int.Type, is Int64.Type, is UInt64.Type, is Int32.Type:
            return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "text"
        default:
            return "\(type)".hasPrefix("Array<") ? "a list" : "an object"
        }
    }
}
