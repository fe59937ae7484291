/// Sizes in messages: whole mebibytes as "1 MiB", anything else in bytes.
enum ByteCount {
    /// `bytes` for people, e.g. "1 MiB" or "10000 bytes".
    static func text(_ bytes: Int) -> String {
        bytes >= 1_048_576 && bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MiB" : "\(bytes) bytes"
    }
}
