import FluentKit
import Foundation
import JobsmithCore
import Testing

@Suite("Organization import of mangled files")
struct TransferFuzzTests {
    /// A small seeded generator, so a failing case can be run again.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `lines` with one random change: a byte flipped, deleted or doubled, the file cut anywhere, a line dropped,
    /// repeated or swapped with another, or a field's value replaced by a hostile one.
    static func mangle(_ lines: [String], _ random: inout SplitMix) -> String {
        var lines = lines
        let index = Int.random(in: 1..<lines.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            var bytes = Array(lines[index].utf8)
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            lines[index] = String(decoding: bytes, as: UTF8.self)
        case 1:
            var bytes = Array(lines[index].utf8)
            bytes.remove(at: Int.random(in: 0..<bytes.count, using: &random))
            lines[index] = String(decoding: bytes, as: UTF8.self)
        case 2:
            let text = lines.joined(separator: "\n")
            return String(text.utf8.prefix(Int.random(in: 0..<text.utf8.count, using: &random))) ?? ""
        case 3: lines.remove(at: index)
        case 4: lines.insert(lines[index], at: index)
        case 5: lines.swapAt(index, Int.random(in: 1..<lines.count, using: &random))
        default:
            let hostile = ["null", "-1", "1e308", "9223372036854775808", "\"\\u0000\"", "\"\"", "[]", "{}", "\"9999-12-31T23:59:60Z\"", "true"]
            let value = hostile[Int.random(in: 0..<hostile.count, using: &random)]
            lines[index] = lines[index].replacingOccurrences(
                of: #":("[^"]*"|[0-9.e-]+|true|false|null)"#, with: ":" + value, options: .regularExpression,
                range: Self.nthValue(in: lines[index], Int.random(in: 0..<8, using: &random))
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The range of the `n`th `:value` in `line` (or of the last), for replacing one field.
    static func nthValue(in line: String, _ n: Int) -> Range<String.Index>? {
        var ranges: [Range<String.Index>] = []
        var start = line.startIndex
        while let found = line.range(of: #":("[^"]*"|[0-9.e-]+|true|false|null)"#, options: .regularExpression, range: start..<line.endIndex) {
            ranges.append(found)
            start = found.upperBound
        }
        return ranges.isEmpty ? nil : ranges[min(n, ranges.count - 1)]
    }

    @Test("a mangled export is refused with a line or stored whole; never a crash, never a partial import")
    func mangledFiles() async throws {
        let seeded = try await OrganizationTransferTests.seed()
        var random = SplitMix(state: 20_261_203)
        var refused = 0
        var location = TestDatabase.sqlite.makeLocation()
        for round in 0..<150 {
            let text = Self.mangle(seeded.lines, &random)
            let stored = try await withDatabase(at: location) { owner in
                let before = try await rowCounts(owner.database)
                do {
                    try await importText(text, into: owner)
                    return true
                } catch let failure as TransferFailure {
                    #expect(failure.description.hasSuffix("(nothing was imported)"), "round \(round)")
                    if case .badLine(let line, _) = failure { #expect(line >= 1, "round \(round)") }
                } catch is OrganizationDirectory.Failure {
                    // A mangled slug or name is refused like one given on the command line.
                }
                #expect(try await rowCounts(owner.database) == before, "round \(round): a refused import stored rows")
                return false
            }
            if stored {
                // A change the format cannot tell (a letter of a name) is stored; the next round needs an empty database.
                location = TestDatabase.sqlite.makeLocation()
            } else {
                refused += 1
            }
        }
        #expect(refused > 50)
    }
}
