import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element read with Foundation's XMLParser, for checking feeds: parsing fails on any well-formedness error.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The direct children named `name`.
    func all(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// The first direct child named `name`.
    func first(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// Every element below this one, depth first.
    var descendants: [XMLElementNode] { children.flatMap { [$0] + $0.descendants } }

    /// The text of the first direct child named `name`.
    func text(of name: String) -> String? { first(name)?.text }

    /// Parses `text`; throws when it is not well-formed XML.
    static func parse(_ text: String) throws -> XMLElementNode {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw TestFailure("not well-formed XML: \(parser.parserError.map { String(describing: $0) } ?? "no root element")")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = XMLElementNode(name: elementName, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
