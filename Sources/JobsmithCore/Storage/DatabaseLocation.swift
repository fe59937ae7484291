import Foundation

/// Which database Jobsmith keeps its data in: an SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable {
    /// An SQLite database file; its folder is created when missing.
    case sqlite(path: String)
    /// A PostgreSQL server, from a `postgres://user:password@host:port/database` URL.
    case postgres(url: String)

    /// The location named by `--database-url` if given, else `jobsmith.sqlite` inside `dataDirectory`.
    /// - Throws: ``SettingsError`` when the URL is not a `postgres://`, `postgresql://` or `sqlite://` URL.
    public init(databaseURL: String?, dataDirectory: String) throws(SettingsError) {
        guard let databaseURL, !databaseURL.isEmpty else {
            self = .sqlite(path: (dataDirectory as NSString).appendingPathComponent("jobsmith.sqlite"))
            return
        }
        if databaseURL.hasPrefix("postgres://") || databaseURL.hasPrefix("postgresql://") {
            guard let components = URLComponents(string: databaseURL), let host = components.host, !host.isEmpty,
                components.user != nil
            else {
                throw SettingsError("the database URL is not valid; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE")
            }
            self = .postgres(url: databaseURL)
        } else if databaseURL.hasPrefix("sqlite://") {
            let path = String(databaseURL.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw SettingsError("the SQLite URL names no file; expected sqlite:///path/to/jobsmith.sqlite") }
            self = .sqlite(path: path)
        } else {
            throw SettingsError("the database URL must start with postgres:// or sqlite:// (got \"\(databaseURL.prefix(40))\")")
        }
    }

    /// A description safe for logs: the PostgreSQL password is masked.
    public var redacted: String {
        switch self {
        case .sqlite(let path): return "SQLite at \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL at \(components.string ?? "?")"
        }
    }
}

/// A configuration problem the operator has to fix; its message is one line, shown as is.
public struct SettingsError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
