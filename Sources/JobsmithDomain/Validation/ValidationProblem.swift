/// One reason a document is not acceptable, located by a JSON pointer (RFC 6901) such as `/salary/min`.
public struct ValidationProblem: Sendable, Equatable, Hashable, Codable {
    public var pointer: String
    public var message: String

    public init(pointer: String, message: String) {
        self.pointer = pointer
        self.message = message
    }
}
