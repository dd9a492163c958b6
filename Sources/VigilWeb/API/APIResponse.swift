import Foundation
import HTTPTypes
import Hummingbird
import VigilCore

/// JSON responses of the API: sorted keys, so the same data always reads the same, and errors as
/// `{"error": {"status": 404, "message": "..."}}` instead of an HTML page.
enum APIResponse {
    /// The paths the API answers under.
    static let prefix = "/api/"

    /// A JSON response carrying `value`.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return response(try encoder.encode(value), status: status)
    }

    /// A JSON response from bytes already encoded.
    static func response(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// The error body for a refused or failed API request.
    static func error(status: HTTPResponse.Status, message: String) -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                var status: Int
                var message: String
            }
            var error: Detail
        }
        let body = Body(error: .init(status: status.code, message: message))
        return (try? json(body, status: status)) ?? Response(status: status)
    }

    /// A whole-number query field, or the default; a malformed value is refused.
    static func integer(_ query: FormFields, _ name: String, default value: Int) throws -> Int {
        let text = query.trimmed(name)
        guard !text.isEmpty else { return value }
        guard let number = Int(text), number >= 0 else {
            throw WebError.badRequest("\(name) must be a whole number of 0 or more.")
        }
        return number
    }
}
