import JobsmithCore
import Logging
import NIOCore

/// Prints the one-time setup link once the server listens, while no user exists yet.
enum FirstRunAnnouncement {
    static func announce(settings: ServerSettings, accounts: AccountService, channel: any Channel, logger: Logger) async {
        do {
            guard let token = try await accounts.makeSetupToken() else { return }
            let port = channel.localAddress?.port ?? settings.port
            let link = "http://\(host(settings.host)):\(port)/setup?token=\(token)"
            if let announce = settings.announceSetupLink {
                announce(link)
            } else {
                logger.notice("No user exists yet. Create the organization and its first user at \(link)")
            }
        } catch {
            logger.error("Could not make the first-run setup link: \(StartupErrorMessage.describe(error))")
        }
    }

    /// The host to put in a link: a wildcard address is reached through loopback; IPv6 goes in brackets.
    static func host(_ host: String) -> String {
        switch host {
        case "0.0.0.0", "": return "127.0.0.1"
        case "::", "[::]": return "[::1]"
        default: return host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
    }
}
