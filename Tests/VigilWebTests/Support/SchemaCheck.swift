import Foundation

/// Checks a JSON value against the subset of JSON Schema the OpenAPI document uses: `type`,
/// `properties`, `required`, `additionalProperties`, `items`, `enum`, `format: date` and `$ref`.
struct SchemaCheck: Sendable {
    /// The document's `components.schemas`.
    let schemas: [String: JSONTree]

    /// What is wrong with `value` under `schema`, one line per problem, each with its JSON path.
    func problems(_ value: JSONTree, _ schema: JSONTree, at path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.string {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { return ["\(path): unknown \(reference)"] }
            return problems(value, target, at: path)
        }
        var found: [String] = []
        if let allowed = schema["enum"]?.elements.compactMap(\.string), !allowed.contains(value.string ?? "\u{0}") {
            found.append("\(path): \(value) is not one of \(allowed)")
        }
        switch (schema["type"]?.string, value) {
        case ("object", .object(let object)):
            let properties = schema["properties"]?.members ?? [:]
            for name in schema["required"]?.elements.compactMap(\.string) ?? [] where object[name] == nil {
                found.append("\(path): missing \(name)")
            }
            for (name, member) in object {
                if let property = properties[name] {
                    found += problems(member, property, at: "\(path).\(name)")
                } else if let extra = schema["additionalProperties"], case .object = extra {
                    found += problems(member, extra, at: "\(path).\(name)")
                } else if schema["additionalProperties"] == .bool(false) {
                    found.append("\(path): \(name) is not in the schema")
                }
            }
        case ("array", .array(let array)):
            let items = schema["items"] ?? .object([:])
            for (index, item) in array.enumerated() { found += problems(item, items, at: "\(path)[\(index)]") }
        case ("string", .string(let text)):
            if schema["format"]?.string == "date", text.count != 10 { found.append("\(path): \(text) is not a date") }
        case ("integer", .number(let number)):
            if number != number.rounded() { found.append("\(path): \(number) is not an integer") }
        case ("number", .number), ("boolean", .bool), (nil, _):
            break
        case (let type?, _):
            found.append("\(path): \(value) is not of type \(type)")
        }
        return found
    }
}
