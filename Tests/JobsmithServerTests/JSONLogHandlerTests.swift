import Foundation
import JobsmithServer
import Logging
import Synchronization
import Testing

@Suite("JSON log lines")
struct JSONLogHandlerTests {
    @Test("each event is one parseable JSON line with time, level, message, source and the request id")
    func oneObjectPerLine() throws {
        let lines = Mutex<[Data]>([])
        var logger = Logger(label: "jobsmith") { label in JSONLogHandler(label: label) { data in lines.withLock { $0.append(data) } } }
        logger[metadataKey: "request_id"] = "abc-123"
        logger.info("GET /jobs 200\nforged line", metadata: ["duration_ms": .stringConvertible(1.5), "tags": ["a", "b"]])
        logger.debug("not logged at info")

        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.last == 0x0A)
        #expect(line.dropLast().contains(0x0A) == false)
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        #expect(object["message"] as? String == "GET /jobs 200\nforged line")
        #expect(object["level"] as? String == "info")
        #expect(object["label"] as? String == "jobsmith")
        #expect(object["request_id"] as? String == "abc-123")
        #expect(object["duration_ms"] as? String == "1.5")
        #expect(object["tags"] as? [String] == ["a", "b"])
        #expect((object["source"] as? String)?.isEmpty == false)
        let time = try #require(object["time"] as? String)
        #expect(try Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(time).timeIntervalSinceNow.magnitude < 3600)
    }
}
