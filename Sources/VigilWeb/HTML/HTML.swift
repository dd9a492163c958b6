/// A fragment of HTML that is safe to send: text interpolated into it is escaped.
///
/// Interpolating a `String` (or anything printable) escapes `& < > " '`; interpolating another `HTML`
/// inserts it as it is. Building pages only from `HTML` literals is what keeps names and notes such
/// as `<script>` inert.
///
/// ```swift
/// let row: HTML = "<td>\(employee.surname)</td>"      // escaped
/// let page: HTML = "<table>\(rows)</table>"             // rows: HTML, inserted as is
/// ```
public struct HTML: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The markup.
    public private(set) var markup: String

    /// Wraps markup that is already safe. Use only for constants, never for data.
    public init(unsafeMarkup: String) {
        markup = unsafeMarkup
    }

    public init(stringLiteral value: String) {
        markup = value
    }

    public init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    public var description: String { markup }

    /// Joins fragments.
    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(unsafeMarkup: lhs.markup + rhs.markup)
    }

    /// Escapes text for use in element content and quoted attribute values.
    public static func escape(_ text: String) -> String {
        // Most text (ids, names, dates) has nothing to escape: hand it back without copying.
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): escaped += "&amp;".utf8
            case UInt8(ascii: "<"): escaped += "&lt;".utf8
            case UInt8(ascii: ">"): escaped += "&gt;".utf8
            case UInt8(ascii: "\""): escaped += "&quot;".utf8
            case UInt8(ascii: "'"): escaped += "&#39;".utf8
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Whether a UTF-8 byte is one of `& < > " '` (none of them occurs inside a multi-byte character).
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Builds HTML from literals and interpolations, escaping every interpolated value that is not HTML.
    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity * 2)
        }

        public mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        public mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        public mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { markup += fragment.markup }
        }

        public mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            markup += HTML.escape(value.description)
        }

        public mutating func appendInterpolation(_ text: String?) {
            markup += HTML.escape(text ?? "")
        }
    }
}

extension [HTML] {
    /// The fragments one after another.
    public func joined() -> HTML {
        HTML(unsafeMarkup: map(\.markup).joined())
    }
}
