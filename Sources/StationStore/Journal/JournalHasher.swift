import Crypto

/// Computes an entry's hash: SHA-256 over the previous entry's hash, the entry's own fields and a
/// digest of its changes, each field framed by its length so no two different entries hash alike.
/// Changes are fed one at a time as they are written, so a bulk command never holds them all.
/// Cost: one SHA-256 pass over the bytes of every before/after image (hundreds of MB/s).
struct JournalHasher {
    private var changes = SHA256()
    private(set) var changeCount = 0

    mutating func add(table: String, rowId: Int64, before: String?, after: String?) {
        Self.frame(&changes, table)
        Self.frame(&changes, rowId)
        Self.frame(&changes, before)
        Self.frame(&changes, after)
        changeCount += 1
    }

    /// The same as `add(table:rowId:before:after:)` for images still in SQLite's buffers.
    mutating func add(table: String, rowId: Int64, before: UnsafeRawBufferPointer?, after: UnsafeRawBufferPointer?) {
        Self.frame(&changes, table)
        Self.frame(&changes, rowId)
        Self.frame(&changes, before)
        Self.frame(&changes, after)
        changeCount += 1
    }

    struct Header {
        var previousHash: String
        var sequence: Int64
        var kind: String
        var user: String
        var time: String
        var command: String
        var summary: String
        var undoes: Int64?
        var redoes: Int64?
    }

    /// The entry's hash as 64 lower-case hex digits.
    func finish(_ h: Header) -> String {
        var entry = SHA256()
        Self.frame(&entry, "stationdesk-journal-v1")
        Self.frame(&entry, h.previousHash)
        Self.frame(&entry, h.sequence)
        Self.frame(&entry, h.kind)
        Self.frame(&entry, h.user)
        Self.frame(&entry, h.time)
        Self.frame(&entry, h.command)
        Self.frame(&entry, h.summary)
        Self.frame(&entry, h.undoes.map(String.init))
        Self.frame(&entry, h.redoes.map(String.init))
        Self.frame(&entry, Int64(changeCount))
        let digest = changes.finalize()
        digest.withUnsafeBytes { entry.update(bufferPointer: $0) }
        return Self.hex(entry.finalize())
    }

    private static func frame(_ h: inout SHA256, _ s: String?) {
        guard var s else { frame(&h, Int64(-1)); return }
        s.withUTF8 { buf in
            frame(&h, Int64(buf.count))
            h.update(bufferPointer: UnsafeRawBufferPointer(buf))
        }
    }

    private static func frame(_ h: inout SHA256, _ bytes: UnsafeRawBufferPointer?) {
        guard let bytes else { frame(&h, Int64(-1)); return }
        frame(&h, Int64(bytes.count))
        h.update(bufferPointer: bytes)
    }

    private static func frame(_ h: inout SHA256, _ n: Int64) {
        withUnsafeBytes(of: n.littleEndian) { h.update(bufferPointer: $0) }
    }

    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
