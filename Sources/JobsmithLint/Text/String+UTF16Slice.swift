extension String {
    /// The text between two UTF-16 offsets.
    func utf16Slice(_ start: Int, _ end: Int) -> String {
        let from = utf16.index(utf16.startIndex, offsetBy: start)
        let to = utf16.index(from, offsetBy: end - start)
        return String(self[from..<to])
    }
}
