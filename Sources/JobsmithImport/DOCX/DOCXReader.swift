/// Reads a Word document (Office Open XML, `.docx`) into ``SourceLine``s: finds the main document part through the
/// package relationships, reads its styles and list definitions, then its body.
enum DOCXReader {
    /// How the format is named in messages.
    static let kind = "Word (.docx)"

    private static let officeDocument = "/officeDocument"
    private static let stylesRelationship = "/styles"
    private static let numberingRelationship = "/numbering"

    /// The lines of the Word document in `bytes`.
    ///
    /// - Throws: ``ImportError/damagedDocument(kind:)`` for an archive that cannot be read,
    ///   ``ImportError/documentTooComplex(kind:reason:)`` for too many parts or too much inflated data,
    ///   ``ImportError/unsafeDocument(kind:)`` for XML with a document type declaration,
    ///   ``ImportError/missingPart(kind:part:)`` without a document body, and
    ///   ``ImportError/unsupportedDocument(kind:)`` for other Office and OpenDocument packages.
    static func read(_ bytes: [UInt8]) throws(ImportError) -> [SourceLine] {
        var package = try DOCXPackage(bytes)
        if let other = try otherPackageKind(&package) { throw .unsupportedDocument(kind: other) }
        let root = try relationships(of: "", in: &package)
        let mainPart = root.first { $0.type.hasSuffix(officeDocument) }?.target ?? "word/document.xml"
        guard mainPart.hasPrefix("word/") || !mainPart.contains("/") else {
            throw .unsupportedDocument(kind: mainPart.hasPrefix("xl/") ? "Excel (.xlsx)" : mainPart.hasPrefix("ppt/") ? "PowerPoint (.pptx)" : "ZIP")
        }
        guard let body = try package.part(mainPart) else { throw .missingPart(kind: kind, part: mainPart) }
        let folder = mainPart.contains("/") ? String(mainPart[..<mainPart.lastIndex(of: "/")!]) : ""
        let related = try relationships(of: mainPart, in: &package)
        let stylesPart = related.first { $0.type.hasSuffix(stylesRelationship) }?.target ?? folder + "/styles.xml"
        let numberingPart = related.first { $0.type.hasSuffix(numberingRelationship) }?.target ?? folder + "/numbering.xml"
        let stylesXML = try package.part(stylesPart)
        let numberingXML = try package.part(numberingPart)
        return try xml { () throws(XMLScanner.Failure) in
            let styles = try stylesXML.map(WordStyles.init(xml:)) ?? WordStyles()
            let numbering = try numberingXML.map(WordNumbering.init(xml:)) ?? WordNumbering()
            var reader = WordBodyReader(xml: body, styles: styles, numbering: numbering)
            try reader.read()
            return reader.lines
        }
    }

    /// Runs `body`, turning XML failures into import errors: a document type declaration is refused as unsafe,
    /// unterminated markup means a damaged file.
    private static func xml<Result>(_ body: () throws(XMLScanner.Failure) -> Result) throws(ImportError) -> Result {
        do {
            return try body()
        } catch {
            switch error {
            case .documentType: throw .unsafeDocument(kind: kind)
            case .unterminated: throw .damagedDocument(kind: kind)
            }
        }
    }

    /// A relationship of a part: its type URI and its target as a part name.
    private struct Relationship {
        var type: String
        var target: String
    }

    /// The internal relationships of part `source` (`""` for the package itself), with targets resolved to part names.
    private static func relationships(of source: String, in package: inout DOCXPackage) throws(ImportError) -> [Relationship] {
        let folder = source.contains("/") ? String(source[..<source.lastIndex(of: "/")!]) : ""
        let file = source.split(separator: "/").last.map(String.init) ?? ""
        let name = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let bytes = try package.part(name) else { return [] }
        let typeName = Array("Type".utf8)
        let targetName = Array("Target".utf8)
        let modeName = Array("TargetMode".utf8)
        return try xml { () throws(XMLScanner.Failure) in
            var scanner = XMLScanner(bytes)
            var found: [Relationship] = []
            while let event = try scanner.next() {
                guard case .start(_, let attributes, _) = event,
                    let type = scanner.attribute(typeName, in: attributes).map(scanner.string),
                    let target = scanner.attribute(targetName, in: attributes).map(scanner.string),
                    scanner.attribute(modeName, in: attributes).map(scanner.string) != "External"
                else { continue }
                found.append(Relationship(type: type, target: resolve(target, from: folder)))
            }
            return found
        }
    }

    /// `target` relative to `folder` as a part name: "styles.xml" from "word" is "word/styles.xml", "/word/x.xml" is
    /// absolute, and ".." steps up.
    private static func resolve(_ target: String, from folder: String) -> String {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
            } else if segment != "." {
                segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }

    /// The kind of a ZIP package that is not Word: an OpenDocument file, or an archive of other files ("ZIP"); `nil` for
    /// an Office package.
    private static func otherPackageKind(_ package: inout DOCXPackage) throws(ImportError) -> String? {
        guard !package.contains("[Content_Types].xml") else { return nil }
        guard package.contains("mimetype") else { return package.contains("word/document.xml") ? nil : "ZIP" }
        let mimetype = try package.part("mimetype").map { String(decoding: $0, as: UTF8.self) } ?? ""
        return mimetype.contains("opendocument.text") ? "OpenDocument text (.odt)" : "OpenDocument"
    }
}
