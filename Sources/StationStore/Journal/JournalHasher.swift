import Crypto

/// Computes an entry's hash: SHA-256 over the previous entry's hash, the entry's own fields and a
/// digest of its changes, each field framed by its length so no two different entries hash alike.
/// Changes are fed one at a time as they are written, so a bulk command never holds them all.
///
/// Cost: one SHA-256 pass over the framed bytes. The frames are gathered in a buffer and handed to
/// SHA-256 in large pieces: feeding each 8-byte length and short field on its own made the calls,
/// not the hashing, most of the cost (callgrind, issue 15: 23 k instructions per entry in `verify`).
/// The bytes hashed — and so every hash — are exactly what they were.
struct JournalHasher {
    private var changes = SHA256()
    /// Framed change bytes not yet given to `changes`.
    private var pending: [UInt8] = []
    private(set) var changeCount = 0

    mutating func add(table: String, rowId: Int64, before: String?, after: String?) {
        Frame.text(&pending, table)
        Frame.int(&pending, rowId)
        Frame.text(&pending, before)
        Frame.text(&pending, after)
        counted()
    }

    /// The same as `add(table:rowId:before:after:)` for images still in SQLite's buffers.
    mutating func add(table: String, rowId: Int64, before: UnsafeRawBufferPointer?, after: UnsafeRawBufferPointer?) {
        Frame.text(&pending, table)
        Frame.int(&pending, rowId)
        Frame.bytes(&pending, before)
        Frame.bytes(&pending, after)
        counted()
    }

    /// The same with the table name as bytes too (the verifier reads every field from SQLite).
    mutating func add(table: UnsafeRawBufferPointer?, rowId: Int64, before: UnsafeRawBufferPointer?, after: UnsafeRawBufferPointer?) {
        Frame.bytes(&pending, table ?? UnsafeRawBufferPointer(start: nil, count: 0))
        Frame.int(&pending, rowId)
        Frame.bytes(&pending, before)
        Frame.bytes(&pending, after)
        counted()
    }

    private mutating func counted() {
        changeCount += 1
        if pending.count >= 32_768 { flush() }
    }

    private mutating func flush() {
        pending.withUnsafeBytes { changes.update(bufferPointer: $0) }
        pending.removeAll(keepingCapacity: true)
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
        var h = h
        return h.previousHash.withUTF8 { prev in h.kind.withUTF8 { kind in h.user.withUTF8 { user in h.time.withUTF8 { time in
            h.command.withUTF8 { command in h.summary.withUTF8 { summary in
                let hex = finishHex(previousHash: UnsafeRawBufferPointer(prev), sequence: h.sequence, kind: UnsafeRawBufferPointer(kind),
                                    user: UnsafeRawBufferPointer(user), time: UnsafeRawBufferPointer(time),
                                    command: UnsafeRawBufferPointer(command), summary: UnsafeRawBufferPointer(summary),
                                    undoes: h.undoes, redoes: h.redoes)
                return String(decoding: hex, as: UTF8.self)
            } }
        } } } }
    }

    /// The entry's hash as 64 lower-case hex digit bytes, from fields as bytes (nil text: empty).
    func finishHex(previousHash: UnsafeRawBufferPointer, sequence: Int64, kind: UnsafeRawBufferPointer,
                   user: UnsafeRawBufferPointer, time: UnsafeRawBufferPointer, command: UnsafeRawBufferPointer,
                   summary: UnsafeRawBufferPointer, undoes: Int64?, redoes: Int64?) -> [UInt8] {
        var digestOfChanges = changes
        pending.withUnsafeBytes { digestOfChanges.update(bufferPointer: $0) }
        var entry: [UInt8] = []
        entry.reserveCapacity(256 + summary.count + command.count)
        Frame.text(&entry, "stationdesk-journal-v1")
        Frame.bytes(&entry, previousHash)
        Frame.int(&entry, sequence)
        Frame.bytes(&entry, kind)
        Frame.bytes(&entry, user)
        Frame.bytes(&entry, time)
        Frame.bytes(&entry, command)
        Frame.bytes(&entry, summary)
        Frame.text(&entry, undoes.map(String.init))
        Frame.text(&entry, redoes.map(String.init))
        Frame.int(&entry, Int64(changeCount))
        digestOfChanges.finalize().withUnsafeBytes { entry.append(contentsOf: $0) }
        return Self.hex(SHA256.hash(data: entry))
    }

    /// Length-framed fields appended to a byte buffer: a text is its UTF-8 length (Int64, little
    /// endian) then its bytes; an absent text is the length -1 alone; a number is its 8 bytes.
    enum Frame {
        static func text(_ out: inout [UInt8], _ s: String?) {
            guard var s else { int(&out, -1); return }
            s.withUTF8 { buf in
                int(&out, Int64(buf.count))
                out.append(contentsOf: buf)
            }
        }

        static func bytes(_ out: inout [UInt8], _ bytes: UnsafeRawBufferPointer?) {
            guard let bytes else { int(&out, -1); return }
            int(&out, Int64(bytes.count))
            if bytes.count > 0 { out.append(contentsOf: bytes) }
        }

        static func int(_ out: inout [UInt8], _ n: Int64) {
            withUnsafeBytes(of: n.littleEndian) { out.append(contentsOf: $0) }
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex<D: Sequence>(_ digest: D) -> [UInt8] where D.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return out
    }
}
