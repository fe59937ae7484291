/// O*NET-SOC 2019 occupation codes, the classification a template's `occupationalCategory` uses.
public enum OccupationCode {
    /// Whether `text` has the code form `NN-NNNN.NN`, e.g. `15-1252.00`.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        let characters = Array(text.utf8)
        guard characters.count == 10, characters[2] == UInt8(ascii: "-"), characters[7] == UInt8(ascii: ".") else { return false }
        return characters.enumerated().allSatisfy { $0.offset == 2 || $0.offset == 7 || (48...57).contains($0.element) }
    }
}
