import Foundation

/// A minimal HTTP/1.1 client for loopback servers, over a plain socket: one request per connection,
/// the whole answer read until the server closes.
///
/// The browser test talks to chromedriver with it because FoundationNetworking's URLSession on Linux
/// rejects chromedriver's response headers ("Failed writing header").
enum LoopbackHTTP {
    /// A request that could not be made or answered.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends `method` to `url` (http://127.0.0.1:PORT/...) with an optional JSON body; returns the status
    /// and the body.
    static func send(_ method: String, _ url: URL, json body: Data? = nil) throws -> (status: Int, body: Data) {
        guard url.scheme == "http", let host = url.host, let port = url.port else {
            throw Failure(description: "not a loopback http address: \(url)")
        }
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "no socket: errno \(errno)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr(host == "localhost" ? "127.0.0.1" : host)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to \(host):\(port): errno \(errno)") }
        let target = url.path.isEmpty ? "/" : url.path + (url.query.map { "?" + $0 } ?? "")
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n"
        head += "Accept: application/json\r\nContent-Length: \(body?.count ?? 0)\r\n"
        if body != nil { head += "Content-Type: application/json; charset=utf-8\r\n" }
        var request = Data((head + "\r\n").utf8)
        if let body { request.append(body) }
        try request.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let count = Foundation.send(socket, buffer.baseAddress! + sent, buffer.count - sent, 0)
                guard count > 0 else { throw Failure(description: "the request could not be sent: errno \(errno)") }
                sent += count
            }
        }
        var answer = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(socket, &chunk, chunk.count, 0)
            if count < 0 { throw Failure(description: "no answer from \(host):\(port): errno \(errno)") }
            if count == 0 { break }
            answer.append(contentsOf: chunk[0..<count])
            if isComplete(answer) { break }
        }
        return try parse(answer)
    }

    /// Splits a response into its status and (de-chunked) body.
    static func parse(_ answer: Data) throws -> (status: Int, body: Data) {
        guard let end = answer.range(of: Data("\r\n\r\n".utf8)) else {
            throw Failure(description: "an incomplete HTTP response")
        }
        let head = String(decoding: answer[..<end.lowerBound], as: UTF8.self)
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw Failure(description: "a malformed status line: \(statusLine)")
        }
        var body = Data(answer[end.upperBound...])
        if head.lowercased().contains("transfer-encoding: chunked") { body = dechunk(body) }
        return (status, body)
    }

    /// Whether a response has arrived whole: its Content-Length reached, or its last chunk (servers
    /// such as chromedriver keep the connection open after answering).
    private static func isComplete(_ answer: Data) -> Bool {
        guard let end = answer.range(of: Data("\r\n\r\n".utf8)) else { return false }
        let head = String(decoding: answer[..<end.lowerBound], as: UTF8.self).lowercased()
        let bodyCount = answer.distance(from: end.upperBound, to: answer.endIndex)
        for line in head.split(separator: "\r\n") where line.hasPrefix("content-length:") {
            let value = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
            return bodyCount >= value
        }
        if head.contains("transfer-encoding: chunked") {
            return answer.suffix(5) == Data("0\r\n\r\n".utf8)
        }
        return false
    }

    private static func dechunk(_ data: Data) -> Data {
        var result = Data()
        var index = data.startIndex
        while let lineEnd = data[index...].range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: data[index..<lineEnd.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            let stop = min(data.endIndex, start + size)
            result.append(data[start..<stop])
            index = min(data.endIndex, stop + 2)
        }
        return result
    }
}
