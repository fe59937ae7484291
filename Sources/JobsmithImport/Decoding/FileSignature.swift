/// Recognizes files that are not text from their first bytes (Word and PDF files are recognized before, by
/// ``ImportFormat/packaged(_:)``).
enum FileSignature {
    private static let documents: [(magic: [UInt8], kind: String)] = [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Word 97–2003 (.doc)"),
        (Array("{\\rtf".utf8), "RTF"),
    ]

    private static let binaries: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47],  // PNG
        [0xFF, 0xD8, 0xFF],  // JPEG
        Array("GIF8".utf8),
        [0x1F, 0x8B],  // gzip
        [0x7F, 0x45, 0x4C, 0x46],  // ELF
    ]

    /// The human name of a document type that needs converting before import, such as "RTF"; `nil` otherwise.
    static func documentKind(_ bytes: [UInt8]) -> String? {
        documents.first { bytes.starts(with: $0.magic) }?.kind
    }

    /// Whether `bytes` start like an image, archive or program.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        binaries.contains { bytes.starts(with: $0) }
    }
}
