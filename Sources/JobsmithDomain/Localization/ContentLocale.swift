/// The English a document is written in. Templates are written in US English; British English is produced from the
/// same text by ``BritishSpelling``.
public enum ContentLocale: String, Codable, Sendable, CaseIterable {
    case enUS = "en-US"
    case enGB = "en-GB"

    /// The default for new organizations and for requests that name none.
    public static let `default` = ContentLocale.enUS

    /// Reads a BCP 47 tag, ignoring case and accepting `_` for `-` ("en_gb" → ``enGB``); `nil` for any other tag.
    public init?(tag: String) {
        let normalized = String(tag.map { $0 == "_" ? "-" : $0 }).lowercased()
        guard let locale = Self.allCases.first(where: { $0.rawValue.lowercased() == normalized }) else { return nil }
        self = locale
    }

    /// `text` in this locale's spelling.
    public func spell(_ text: String) -> String {
        switch self {
        case .enUS: text
        case .enGB: BritishSpelling.convert(text)
        }
    }

    /// `document` with every piece of prose in this locale's spelling.
    public func spell(_ document: JobDocument) -> JobDocument {
        self == .enUS ? document : document.mapText(spell)
    }
}
