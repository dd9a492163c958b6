import Foundation
import VigilCore
import Yams

extension ColumnMapping {
    /// Loads and checks a mapping file (see `docs/mapping.md`).
    ///
    /// - Throws: ``IngestError`` with code `fileNotFound`, or `invalidMapping` naming the line and key
    ///   of an unknown kind, canonical field, date format or source, or saying that the file is not
    ///   UTF-8 (a leading UTF-8 byte-order mark is allowed).
    public static func load(path: String) throws -> ColumnMapping {
        guard FileManager.default.fileExists(atPath: path) else {
            throw IngestError(.fileNotFound, "no such mapping file", file: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(.unreadable, "cannot read the mapping file", file: path)
        }
        let text: String
        do {
            text = try YAMLFileText.decode(Array(data))
        } catch {
            throw IngestError(.invalidMapping, error.message(savingAs: "the mapping"), file: path)
        }
        return try parse(yaml: text, file: path)
    }

    /// Reads a mapping file that must map `kind` of extract: a roster mapping given for person records
    /// is a mistake in the command, reported as one rather than as columns the extract lacks.
    ///
    /// - Throws: ``IngestError`` as ``load(path:)`` does, and `invalidMapping` when the file's `kind`
    ///   is another.
    public static func load(path: String, expecting kind: ExtractKind) throws -> ColumnMapping {
        let mapping = try load(path: path)
        guard mapping.kind == kind else {
            throw IngestError(
                .invalidMapping,
                "this mapping is for \(mapping.kind.rawValue) (its 'kind'), but it was given for "
                    + "\(kind.rawValue): give it with the option for that extract, or use a \(kind.rawValue) mapping",
                file: path,
                field: "kind"
            )
        }
        return mapping
    }

    /// Reads a mapping from YAML text; `file` names it in errors.
    public static func parse(yaml: String, file: String) throws -> ColumnMapping {
        func fail(_ message: String, _ node: Node?, _ key: String?) -> IngestError {
            IngestError(.invalidMapping, message, file: file, line: node?.mark.map { $0.line }, field: key)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw IngestError(.invalidMapping, "not valid YAML: \(error)", file: file)
        }
        guard let root, let top = root.mapping else {
            throw fail("a mapping file must be a YAML mapping with 'kind' and 'columns'", root, nil)
        }
        // YAML lets a key be written twice and keeps the last; in a mapping that is a typo, so name it.
        for node in [root] + top.map(\.value).filter({ $0.mapping != nil }) {
            var seen: Set<String> = []
            for (key, _) in node.mapping ?? [:] {
                let name = key.string ?? ""
                guard seen.insert(name).inserted else {
                    throw fail("'\(name)' is written twice; keep one", key, name)
                }
            }
        }
        var kind: ExtractKind?
        for (key, value) in top where key.string == "kind" {
            guard let name = value.string, let parsed = ExtractKind(rawValue: name) else {
                let known = ExtractKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown kind '\(value.string ?? "")' (expected one of \(known))", value, "kind")
            }
            kind = parsed
        }
        guard let kind else {
            throw fail("missing 'kind' (roster, person_records or incident_locations)", root, "kind")
        }
        var mapping = ColumnMapping(kind: kind)
        let fields = Set(kind.canonicalFields)
        for (key, value) in top {
            let name = key.string ?? ""
            switch name {
            case "kind":
                continue
            case "source":
                guard kind == .personRecords else {
                    throw fail("'source' applies only to person_records mappings", key, name)
                }
                guard let text = value.string, SourceKind(rawValue: text.lowercased()) != nil else {
                    let known = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw fail("unknown source '\(value.string ?? "")' (expected one of \(known))", value, name)
                }
                mapping.fixedSource = text.lowercased()
            case "columns":
                guard let pairs = value.mapping else { throw fail("'columns' must be a mapping", value, name) }
                for (fieldNode, sourceNode) in pairs {
                    let field = fieldNode.string ?? ""
                    guard fields.contains(field) else {
                        throw fail("unknown canonical field '\(field)' for \(kind.rawValue)", fieldNode, field)
                    }
                    let source = try columnSource(sourceNode) { fail($0, sourceNode, field) }
                    if case .absent = source, field == kind.idField {
                        throw fail(
                            "'\(field)' identifies each row and cannot be null: map it to the extract's id column",
                            sourceNode,
                            field
                        )
                    }
                    mapping.columns[field] = source
                }
            case "dates":
                guard let pairs = value.mapping else { throw fail("'dates' must be a mapping", value, name) }
                for (fieldNode, formatNode) in pairs {
                    let field = fieldNode.string ?? ""
                    guard kind.dateFields.contains(field) else {
                        throw fail("'\(field)' is not a date field of \(kind.rawValue)", fieldNode, field)
                    }
                    guard let format = formatNode.string.flatMap(DateFormat.init(mappingName:)) else {
                        let known = DateFormat.mappingNames.map(\.name).joined(separator: ", ")
                        let text = formatNode.string ?? ""
                        throw fail("unknown date format '\(text)' (expected one of \(known))", formatNode, field)
                    }
                    mapping.dateFormats[field] = format
                }
            case "on_invalid_date":
                guard let policy = value.string.flatMap(InvalidDatePolicy.init(rawValue:)) else {
                    throw fail("on_invalid_date must be 'reject' or 'missing'", value, name)
                }
                mapping.invalidDates = policy
            case "encoding":
                guard let encoding = value.string.flatMap(TextEncoding.init(mappingName:)) else {
                    throw fail(
                        "unknown encoding '\(value.string ?? "")' (expected utf-8 or windows-1252)",
                        value,
                        name
                    )
                }
                mapping.encoding = encoding
            default:
                throw fail(
                    "unknown key '\(name)' (expected kind, source, columns, dates, on_invalid_date, encoding)",
                    key,
                    name
                )
            }
        }
        return mapping
    }

    private static func columnSource(_ node: Node, _ fail: (String) -> IngestError) throws -> Source {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .absent
            }
            return .column(scalar.string)
        case .sequence(let sequence):
            let names = sequence.compactMap(\.string)
            guard !names.isEmpty, names.count == sequence.count else {
                throw fail("a list of columns must hold one or more column names")
            }
            return .concatenation(names)
        default:
            throw fail("a column must be a name, a list of names, or null")
        }
    }
}
