import Foundation

/// Any JSON document, decoded strictly enough to tell `true` from `1` (which `JSONSerialization` on
/// Linux does not), for checking responses against the OpenAPI schemas.
enum JSONTree: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONTree].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONTree].self))
        }
    }

    /// Parses JSON text.
    static func parse(_ text: String) throws -> JSONTree {
        try JSONDecoder().decode(JSONTree.self, from: Data(text.utf8))
    }

    /// A member of an object.
    subscript(_ name: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members[name]
    }

    /// The members of an object, or none.
    var members: [String: JSONTree] {
        guard case .object(let members) = self else { return [:] }
        return members
    }

    /// The elements of an array, or none.
    var elements: [JSONTree] {
        guard case .array(let elements) = self else { return [] }
        return elements
    }

    /// The string, if it is one.
    var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }
}
