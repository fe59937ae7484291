import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The proxies whose `X-Forwarded-For` is believed (`--trusted-proxies`): addresses and CIDR networks, IPv4 and IPv6.
/// An IPv4 address in IPv6 form (`::ffff:127.0.0.1`) matches as the IPv4 address.
public struct TrustedProxies: Sendable, Equatable {
    struct Network: Sendable, Equatable {
        let bytes: [UInt8]
        let prefix: Int
    }

    let networks: [Network]

    /// No proxy is trusted: the client address is always the socket peer.
    public static let none = TrustedProxies(networks: [])

    init(networks: [Network]) {
        self.networks = networks
    }

    /// Parses a comma-separated list such as `127.0.0.1, 10.0.0.0/8, ::1`; nil when an entry is not an address or
    /// network.
    public init?(parsing list: String) {
        var networks: [Network] = []
        for entry in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            let parts = entry.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2, let bytes = Self.bytes(of: String(parts[0])) else { return nil }
            let prefix: Int
            if parts.count == 2 {
                guard let given = Int(parts[1]), (0...bytes.count * 8).contains(given) else { return nil }
                prefix = given
            } else {
                prefix = bytes.count * 8
            }
            networks.append(Network(bytes: bytes, prefix: prefix))
        }
        self.networks = networks
    }

    /// Whether `address` is one of the trusted proxies.
    public func contains(_ address: String) -> Bool {
        guard !networks.isEmpty, let bytes = Self.bytes(of: address) else { return false }
        return networks.contains { network in
            guard network.bytes.count == bytes.count else { return false }
            var remaining = network.prefix
            for index in bytes.indices where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if bytes[index] & mask != network.bytes[index] & mask { return false }
                remaining -= bits
            }
            return true
        }
    }

    /// The client of a request from `peer` that carries `forwardedFor`: the peer itself unless it is a trusted proxy;
    /// otherwise the last address of the header that is not a trusted proxy (each proxy appends the address it was
    /// reached from). A request without a peer comes from inside the process (tests), whose header is believed.
    func client(peer: String?, forwardedFor: String?) -> String? {
        if let peer, !contains(peer) { return peer }
        guard let forwardedFor else { return peer }
        for hop in forwardedFor.split(separator: ",").reversed() {
            let address = hop.trimmingCharacters(in: .whitespaces)
            if address.isEmpty { continue }
            if !contains(address) { return String(address.prefix(64)) }
        }
        return peer
    }

    /// The 4 or 16 bytes of an IP address; an IPv4-mapped IPv6 address gives its 4 IPv4 bytes.
    static func bytes(of text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }
}
