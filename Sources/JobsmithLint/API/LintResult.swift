/// Everything ``Linter/lint(_:options:)`` found in one document.
public struct LintResult: Codable, Sendable, Equatable {
    /// 0–100: 100 minus the weighted findings (see ``LintScore``).
    public var score: Int
    /// In report order: errors, then warnings, then info (tips); within a severity in document order, by section,
    /// then offset, then rule id.
    public var findings: [LintFinding]
    /// The verdict and the coded words.
    public var genderCoding: GenderCoding
    /// Readability statistics of the prose.
    public var readability: Readability

    /// Whether any finding is an error; the CLI exits with status 1 when it is. Encoded in JSON, ignored when decoding.
    public var hasErrors: Bool {
        findings.contains { $0.severity == .error }
    }

    /// Creates a result.
    public init(score: Int, findings: [LintFinding], genderCoding: GenderCoding, readability: Readability) {
        self.score = score
        self.findings = findings
        self.genderCoding = genderCoding
        self.readability = readability
    }

    enum CodingKeys: String, CodingKey {
        case score, findings, genderCoding, readability, hasErrors
    }

    /// Decodes a result; `hasErrors` is recomputed, not read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        score = try container.decode(Int.self, forKey: .score)
        findings = try container.decode([LintFinding].self, forKey: .findings)
        genderCoding = try container.decode(GenderCoding.self, forKey: .genderCoding)
        readability = try container.decode(Readability.self, forKey: .readability)
    }

    /// Encodes the result with `hasErrors`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(findings, forKey: .findings)
        try container.encode(genderCoding, forKey: .genderCoding)
        try container.encode(readability, forKey: .readability)
        try container.encode(hasErrors, forKey: .hasErrors)
    }
}
