/// Why the built-in library could not be read; the message names the file.
public struct LibraryError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
