/// Checks the layout of a ZIP archive before ZIPFoundation reads it.
///
/// ZIPFoundation seeks to the offsets an archive declares and, reading from memory, traps when one lies beyond the
/// data; with ZIP64 fields it converts 64-bit offsets in a way that traps above `Int64.max`. A trap ends the whole
/// server, so every offset and length ZIPFoundation will follow is checked here first: the end-of-central-directory
/// record, each central directory entry, each local header it points to and the data (and data descriptor) after it
/// must lie inside the archive, and ZIP64 — which no Word document needs — is refused.
enum ZIPStructure {
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50
    private static let zip64ExtraField: UInt16 = 0x0001

    /// Why an archive was refused.
    enum Problem: Error, Equatable {
        /// The archive is cut short or its records point outside it.
        case damaged
        /// The archive declares more than `limit` entries.
        case tooManyEntries(limit: Int)
    }

    /// Checks `bytes`, an archive that will be read with ZIPFoundation.
    ///
    /// - Parameter maximumEntries: the most entries accepted.
    /// - Throws: ``Problem/damaged`` or ``Problem/tooManyEntries(limit:)``.
    static func check(_ bytes: [UInt8], maximumEntries: Int) throws(Problem) {
        let end = try endRecord(bytes)
        let entries = Int(word(bytes, end + 10))
        // 0xFFFF is the ZIP64 marker, not a count.
        guard entries != 0xFFFF else { throw .damaged }
        guard entries <= maximumEntries else { throw .tooManyEntries(limit: maximumEntries) }
        let directorySize = Int(long(bytes, end + 12))
        let directoryStart = Int(long(bytes, end + 16))
        guard directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF,
            directoryStart + directorySize <= end
        else { throw .damaged }
        if end >= 20, long(bytes, end - 20) == zip64LocatorSignature { throw .damaged }
        var position = directoryStart
        for _ in 0..<entries {
            guard position + 46 <= directoryStart + directorySize, long(bytes, position) == centralSignature else { throw .damaged }
            let flags = word(bytes, position + 8)
            let method = word(bytes, position + 10)
            let compressedSize = Int(long(bytes, position + 20))
            let uncompressedSize = Int(long(bytes, position + 24))
            let nameLength = Int(word(bytes, position + 28))
            let extraLength = Int(word(bytes, position + 30))
            let commentLength = Int(word(bytes, position + 32))
            let localOffset = Int(long(bytes, position + 42))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard compressedSize != 0xFFFF_FFFF, uncompressedSize != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF, next <= directoryStart + directorySize,
                !hasZIP64Field(bytes, position + 46 + nameLength, length: extraLength)
            else { throw .damaged }
            // ZIPFoundation finds a data descriptor after the compressed size, or for stored data the uncompressed one.
            let dataSize = method == 0 ? max(compressedSize, uncompressedSize) : compressedSize
            try checkLocalHeader(bytes, at: localOffset, dataSize: dataSize, usesDescriptor: flags & 0x0008 != 0, before: directoryStart)
            position = next
        }
    }

    /// The offset of the end-of-central-directory record, searched from the end as ZIPFoundation searches it.
    private static func endRecord(_ bytes: [UInt8]) throws(Problem) -> Int {
        guard bytes.count >= 22 else { throw .damaged }
        var position = bytes.count - 22
        let lowest = max(0, position - 65_535)
        while position >= lowest {
            if long(bytes, position) == endSignature { return position }
            position -= 1
        }
        throw .damaged
    }

    private static func checkLocalHeader(_ bytes: [UInt8], at offset: Int, dataSize: Int, usesDescriptor: Bool, before limit: Int) throws(Problem) {
        guard offset + 30 <= limit, long(bytes, offset) == localSignature else { throw .damaged }
        let nameLength = Int(word(bytes, offset + 26))
        let extraLength = Int(word(bytes, offset + 28))
        let dataStart = offset + 30 + nameLength + extraLength
        guard dataStart <= limit, !hasZIP64Field(bytes, offset + 30 + nameLength, length: extraLength) else { throw .damaged }
        // A data descriptor follows the data when bit 3 is set: 12 bytes, or 16 with its optional signature.
        guard dataStart + dataSize + (usesDescriptor ? 16 : 0) <= limit else { throw .damaged }
    }

    /// Whether the extra field at `start` holds a ZIP64 record.
    private static func hasZIP64Field(_ bytes: [UInt8], _ start: Int, length: Int) -> Bool {
        var position = start
        while position + 4 <= start + length, position + 4 <= bytes.count {
            if word(bytes, position) == zip64ExtraField { return true }
            position += 4 + Int(word(bytes, position + 2))
        }
        return false
    }

    /// The little-endian 16-bit value at `offset` (0 beyond the end).
    private static func word(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The little-endian 32-bit value at `offset` (0 beyond the end).
    private static func long(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
