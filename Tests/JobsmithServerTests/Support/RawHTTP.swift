import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sends bytes no HTTP client library would send (malformed or cut-off chunked bodies) to a live test server on
/// loopback, and reads what comes back until the server closes the connection or `timeout` passes.
enum RawHTTP {
    /// The server's answer: its status code (0 when it sent none) and the raw response text.
    struct Answer {
        let status: Int
        let text: String
    }

    /// Connects to 127.0.0.1:`port`, writes `parts` one after the other, optionally closes the writing side (a
    /// client that stops mid-body), and reads the answer. The blocking socket calls run on a thread of their own: on
    /// the few threads of Swift's concurrency pool, two tests waiting at once would leave none for the server.
    static func exchange(port: Int, _ parts: [[UInt8]], closeWriting: Bool = false, timeout: TimeInterval = 60) async throws -> Answer {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try blockingExchange(port: port, parts, closeWriting: closeWriting, timeout: timeout) })
            }.start()
        }
    }

    private static func blockingExchange(port: Int, _ parts: [[UInt8]], closeWriting: Bool, timeout: TimeInterval) throws -> Answer {
        #if canImport(Glibc)
            let socketType = Int32(SOCK_STREAM.rawValue)
        #else
            let socketType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, socketType, 0)
        guard descriptor >= 0 else { throw TestFailure("socket() failed") }
        defer { close(descriptor) }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw TestFailure("connect() to port \(port) failed") }
        sending: for part in parts {
            // Once the server has answered (a 413 before the whole body), writing more only provokes a reset.
            var readable = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&readable, 1, 0) > 0 { break sending }
            var offset = 0
            while offset < part.count {
                let sent = part[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                // The server may answer and close before it has read everything (a 413); stop writing then.
                guard sent > 0 else { break }
                offset += sent
            }
        }
        if closeWriting { shutdown(descriptor, Int32(SHUT_WR)) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var ending = "closed"
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 { ending = "recv error \(errno)" }
            guard count > 0 else { break }
            received += buffer[0..<count]
        }
        let text = received.isEmpty ? "(no bytes; \(ending))" : String(decoding: received, as: UTF8.self)
        let status = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
        return Answer(status: status, text: text)
    }

    /// A request head for `path` with `Transfer-Encoding: chunked`, the given content type and a bearer token.
    static func chunkedHead(_ method: String, _ path: String, contentType: String, token: String? = nil, cookie: String? = nil) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Type: \(contentType)\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if let cookie { head += "Cookie: \(cookie)\r\n" }
        head += "Connection: close\r\n\r\n"
        return Array(head.utf8)
    }

    /// One chunk of a chunked body.
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(bytes.count, radix: 16).utf8) + [13, 10] + bytes + [13, 10]
    }

    /// The last chunk, which ends a chunked body.
    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)
}
