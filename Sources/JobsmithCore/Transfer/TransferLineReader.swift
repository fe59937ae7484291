import Foundation

/// Reads an export's lines one at a time from chunks of bytes, so an organization of any size is imported without
/// holding the file in memory. A line may end in `\n` or `\r\n`; the last needs no newline.
public final class TransferLineReader: @unchecked Sendable {
    // Used by one import at a time, from the one task that runs it; `@unchecked` only lets it into the transaction.
    private let readChunk: () throws -> Data?
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// The number of the line ``nextLine()`` returned last.
    private(set) var lineNumber = 0

    /// The longest line accepted; stored documents are bounded far below it.
    static let maximumLineBytes = 64 << 20

    /// - Parameter readChunk: the next bytes of the file, or nil (or empty data) at its end.
    public init(readChunk: @escaping () throws -> Data?) {
        self.readChunk = readChunk
    }

    /// Reads `handle` to its end, 1 MiB at a time.
    public convenience init(fileHandle handle: FileHandle) {
        self.init { try handle.read(upToCount: 1 << 20) }
    }

    /// Reads `data`, for tests and small files.
    public convenience init(data: Data) {
        var remaining: Data? = data
        self.init {
            defer { remaining = nil }
            return remaining
        }
    }

    /// The next line without its line ending, or nil after the last.
    /// - Throws: ``TransferFailure/badLine(line:reason:)`` for a line longer than ``maximumLineBytes``.
    func nextLine() throws -> Data? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Data(buffer[start..<end])
                start = newline + 1
                lineNumber += 1
                return line
            }
            guard buffer.count - start <= Self.maximumLineBytes else {
                throw TransferFailure.badLine(line: lineNumber + 1, reason: "the line is longer than \(Self.maximumLineBytes >> 20) MiB")
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Data(buffer[start...])
                start = buffer.count
                lineNumber += 1
                return line
            }
            // Drop the lines already returned before reading on, so the buffer holds about one chunk and one line.
            buffer.removeSubrange(0..<start)
            start = 0
            if let chunk = try readChunk(), !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                finished = true
            }
        }
    }
}
