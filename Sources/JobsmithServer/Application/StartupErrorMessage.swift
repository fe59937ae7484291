import Foundation
import JobsmithCore
import NIOCore

/// Turns an error that stopped a command into the one line an operator reads, without a stack trace.
public enum StartupErrorMessage {
    /// A one-line explanation of `error`.
    public static func describe(_ error: any Error, settings: ServerSettings? = nil) -> String {
        if let settingsError = error as? SettingsError { return settingsError.description }
        if let failure = error as? OrganizationDirectory.Failure { return failure.description }
        if let ioError = error as? IOError, ioError.errnoCode == EADDRINUSE, let settings {
            return "cannot listen on \(settings.host):\(settings.port): the address is already in use (choose another with --port)"
        }
        let reflected = String(reflecting: error)
        if reflected.contains("Address already in use") || reflected.contains("errno: 98") {
            let address = settings.map { "\($0.host):\($0.port)" } ?? "the address"
            return "cannot listen on \(address): the address is already in use (choose another with --port)"
        }
        if reflected.contains("PSQLError") || reflected.contains("PostgresError") || reflected.contains("NIOConnectionError")
            || reflected.contains("connectionRefused") || reflected.contains("Connection refused")
        {
            return "cannot use the PostgreSQL database: \(postgresCause(reflected))"
        }
        return oneLine(reflected)
    }

    /// PostgresNIO's own description is generic; the server's message or the connection failure is in the reflection.
    private static func postgresCause(_ reflected: String) -> String {
        if reflected.contains("onnection refused") || reflected.contains("connectionRefused") {
            return "connection refused (is PostgreSQL running, and are the URL's host and port right?)"
        }
        if reflected.contains("timed out") || reflected.contains("connectTimeout") {
            return "the connection timed out (is the host reachable?)"
        }
        if let match = reflected.firstMatch(of: /message: (.+?)(, [A-Za-z]+: |\]|$)/) {
            return oneLine(String(match.1))
        }
        for marker in ["underlying: "] {
            if let range = reflected.range(of: marker) {
                return oneLine(String(reflected[range.upperBound...].prefix(200)))
            }
        }
        return oneLine(reflected)
    }

    private static func oneLine(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 300 ? String(flat.prefix(300)) + "…" : flat
    }
}
