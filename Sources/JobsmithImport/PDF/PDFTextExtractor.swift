import Dispatch
import Foundation

/// Extracts the text layer of a PDF with poppler's `pdftotext`, run as a separate process: parsing PDF is a large,
/// hostile-input problem best left to a maintained engine, and a crash or a runaway file then ends that process only.
///
/// The file goes to the engine through a private temporary file; its text comes back on standard output in the order it
/// was written, one line per line of the page, pages separated by form feeds. The run is stopped after ``timeout`` and when
/// the text grows beyond ``maximumTextBytes``.
public struct PDFTextExtractor: Sendable {
    /// How the engine is named in messages.
    public static let engineName = "pdftotext (poppler-utils)"

    /// The `pdftotext` executable.
    public let executable: String
    /// The longest a run may take.
    public let timeout: Duration
    /// The most text a run may return (the importer's text limit).
    public let maximumTextBytes: Int

    /// Text extracted from a PDF, with anything the user should know about it.
    public struct Extracted: Sendable, Equatable {
        /// The text, pages separated by form feeds.
        public var text: String
        /// Notes such as replaced invalid bytes.
        public var warnings: [String]
    }

    /// An extractor running `executable`.
    ///
    /// - Parameters:
    ///   - executable: the path of `pdftotext`.
    ///   - timeout: the longest a run may take (10 seconds by default).
    ///   - maximumTextBytes: the most text accepted (the importer's 1 MiB by default).
    public init(executable: String, timeout: Duration = .seconds(10), maximumTextBytes: Int = Importer.maximumBytes) {
        self.executable = executable
        self.timeout = timeout
        self.maximumTextBytes = maximumTextBytes
    }

    /// The extractor for the `pdftotext` found on `PATH` (or in `searchPath`), or `nil` when it is not installed.
    ///
    /// - Parameter searchPath: a `PATH`-style list of folders; the process's `PATH` when `nil`.
    public static func installed(searchPath: String? = nil) -> PDFTextExtractor? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return PDFTextExtractor(executable: candidate) }
        }
        return nil
    }

    /// The text of the PDF in `bytes`.
    ///
    /// - Throws: ``ImportError/engineUnavailable(kind:engine:)`` when the engine cannot be started,
    ///   ``ImportError/encryptedDocument`` for a password-protected PDF, ``ImportError/damagedDocument(kind:)`` for one
    ///   the engine cannot read, ``ImportError/timedOut(seconds:)`` after ``timeout``, and
    ///   ``ImportError/documentTooComplex(kind:reason:)`` when the text exceeds ``maximumTextBytes``.
    public func text(of bytes: [UInt8]) throws(ImportError) -> Extracted {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("jobsmith-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: input.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw .engineUnavailable(kind: "PDF", engine: Self.engineName)
        }
        defer { try? FileManager.default.removeItem(at: input) }
        // `-raw` keeps the order the text was written in: a bullet stays with its item and a wrapped line follows the line
        // it continues, where the physical layout mode splits hanging indents into columns.
        let run = try self.run(arguments: ["-raw", "-enc", "UTF-8", "-eol", "unix", input.path, "-"])
        switch run.outcome {
        case .timedOut:
            throw .timedOut(seconds: max(1, Int(timeout.components.seconds) + (timeout.components.attoseconds > 0 ? 1 : 0)))
        case .tooMuchText:
            throw .documentTooComplex(kind: "PDF", reason: "its text is longer than \(ByteCount.text(maximumTextBytes))")
        case .exited(let status) where status != 0:
            let message = String(decoding: run.errors, as: UTF8.self).lowercased()
            if status == 3 || message.contains("password") || message.contains("encrypt") { throw .encryptedDocument }
            throw .damagedDocument(kind: "PDF")
        case .exited:
            let check = UTF8Check(run.output[...])
            let text = String(decoding: run.output, as: UTF8.self)
            let warnings =
                check.invalidSequences == 0
                ? [] : ["\(check.invalidSequences) characters of the PDF could not be read and were replaced with \u{FFFD}."]
            guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .noTextLayer }
            return Extracted(text: text, warnings: warnings)
        }
    }

    /// How a run of the engine ended.
    private enum Outcome {
        case exited(Int32)
        case timedOut
        case tooMuchText
    }

    /// What a run produced.
    private struct Run {
        var outcome: Outcome
        var output: [UInt8]
        var errors: [UInt8]
    }

    /// Runs the engine with `arguments`, collecting standard output up to the text limit and standard error up to
    /// 64 KiB, and stops it at the deadline or the limit.
    private func run(arguments: [String]) throws(ImportError) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .engineUnavailable(kind: "PDF", engine: Self.engineName)
        }
        let collected = Collected()
        let readers = DispatchGroup()
        let limit = maximumTextBytes
        DispatchQueue.global().async(group: readers) {
            collected.output = Self.read(output.fileHandleForReading, upTo: limit) {
                collected.overflowed = true
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        DispatchQueue.global().async(group: readers) {
            collected.errors = Self.read(errors.fileHandleForReading, upTo: 65_536) {}
        }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        var timedOut = false
        // The engine only reads a private copy and writes to a pipe, so it is killed outright: nothing to clean up.
        if exited.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            exited.wait()
        }
        readers.wait()
        let outcome: Outcome = collected.overflowed ? .tooMuchText : timedOut ? .timedOut : .exited(process.terminationStatus)
        return Run(outcome: outcome, output: collected.output, errors: collected.errors)
    }

    /// Reads `handle` to its end, keeping at most `limit` bytes; calls `overflow` once when there is more, and keeps
    /// draining so the writer never blocks.
    private static func read(_ handle: FileHandle, upTo limit: Int, overflow: () -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        var overflowed = false
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            if overflowed { continue }
            if bytes.count + chunk.count > limit {
                overflowed = true
                overflow()
                continue
            }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    /// What the reader threads collected; each field is written by one thread and read after both have finished.
    private final class Collected: @unchecked Sendable {
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var overflowed = false
    }
}
