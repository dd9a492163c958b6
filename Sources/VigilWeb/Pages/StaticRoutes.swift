import HTTPTypes
import Hummingbird

/// The stylesheet: open to everyone, no personal data.
enum StaticRoutes {
    static func declare(into table: inout AccessTable) {
        table.add(.get, "/static/vigil.css", access: .anyone) { _, _ in
            PageResult(
                response: Response(
                    status: .ok,
                    headers: [.contentType: "text/css; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.css))
                )
            )
        }
    }
}
