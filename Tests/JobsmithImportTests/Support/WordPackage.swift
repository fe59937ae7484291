import Foundation
import ZIPFoundation

/// Builds Word (.docx) files for tests: a body of WordprocessingML paragraphs, with the styles, list definitions, page
/// header and other parts a test needs, packaged the way Word packages them.
struct WordPackage {
    /// The XML inside `<w:body>`, written with the `w:` prefix (replaced by ``prefix``).
    var body: String
    /// The `<w:style>` elements of `word/styles.xml`; `nil` leaves the part out.
    var styles: String? = WordPackage.wordStyles
    /// The content of `word/numbering.xml`; `nil` leaves the part out.
    var numbering: String? = WordPackage.wordNumbering
    /// Text of a page header, which the reader must ignore.
    var header: String? = nil
    /// The namespace prefix of WordprocessingML (Word writes `w`).
    var prefix = "w"
    /// Parts added as they are, such as a big or hostile part.
    var extraParts: [(name: String, bytes: [UInt8])] = []
    /// Whether to write `word/document.xml` at all.
    var includesBody = true
    /// Whether to write `[Content_Types].xml` and the package relationships.
    var includesPackageParts = true

    /// Paragraphs: heading and body styles as Word names them (a German style id shows that names, not ids, count),
    /// a list style with its own numbering, and a bold character style.
    static let wordStyles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="SectionHead"><w:name w:val="Section Head"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>\
        <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>\
        <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>
        """

    /// A bulleted list (`numId` 1), a numbered list (`numId` 2) and a lettered second level.
    static let wordNumbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>\
        <w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\
        <w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>\
        <w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        """

    /// A paragraph with `text`, optionally in `style`, in list `numID`, or bold.
    static func paragraph(_ text: String, style: String? = nil, numID: Int? = nil, level: Int = 0, bold: Bool = false) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numID { properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>" }
        let runProperties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return
            "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// The bytes of the `.docx` file.
    func bytes() throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        func rename(_ xml: String) -> String {
            guard prefix != "w" else { return xml }
            return xml.replacingOccurrences(of: "w:", with: prefix + ":").replacingOccurrences(of: "xmlns:w=", with: "xmlns:\(prefix)=")
        }
        var parts: [(String, [UInt8])] = []
        if includesPackageParts {
            parts.append(("[Content_Types].xml", Array(Self.contentTypes.utf8)))
            parts.append(
                (
                    "_rels/.rels",
                    Array(
                        """
                        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="word/document.xml"/></Relationships>
                        """.utf8)
                )
            )
        }
        if includesBody {
            let document = rename(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="\(main)" \
                xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="\(relationships)"><w:body>\(body)\
                <w:sectPr><w:headerReference w:type="default" r:id="rId9"/></w:sectPr></w:body></w:document>
                """)
            parts.append(("word/document.xml", Array(document.utf8)))
            var rels = "<Relationship Id=\"rId9\" Type=\"\(relationships)/header\" Target=\"header1.xml\"/>"
            if styles != nil { rels += "<Relationship Id=\"rId1\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>" }
            if numbering != nil { rels += "<Relationship Id=\"rId2\" Type=\"\(relationships)/numbering\" Target=\"numbering.xml\"/>" }
            parts.append(
                (
                    "word/_rels/document.xml.rels",
                    Array(
                        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"
                            .utf8)
                )
            )
        }
        if let styles {
            parts.append(("word/styles.xml", Array(rename("<?xml version=\"1.0\"?><w:styles xmlns:w=\"\(main)\">\(styles)</w:styles>").utf8)))
        }
        if let numbering {
            parts.append(
                ("word/numbering.xml", Array(rename("<?xml version=\"1.0\"?><w:numbering xmlns:w=\"\(main)\">\(numbering)</w:numbering>").utf8)))
        }
        let headerText = header ?? ""
        parts.append(("word/header1.xml", Array(rename("<w:hdr xmlns:w=\"\(main)\">\(Self.paragraph(headerText))</w:hdr>").utf8)))
        parts += extraParts
        return try Self.zip(parts)
    }

    /// A ZIP archive of `parts`, deflated.
    static func zip(_ parts: [(name: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
}
