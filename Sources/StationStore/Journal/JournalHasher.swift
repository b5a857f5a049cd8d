import Crypto

/// Computes an entry's hash: SHA-256 over the previous entry's hash, the entry's own fields and a
/// digest of its changes, each field framed by its length so no two different entries hash alike.
/// Changes are fed one at a time as they are written, so a bulk command never holds them all.
///
/// Cost: one SHA-256 pass over the framed bytes. The frames are gathered in a buffer and handed to
/// SHA-256 in large pieces: feeding each 8-byte length and short field on its own made the calls,
/// not the hashing, most of the cost (callgrind, issue 15: 23 k instructions per entry in `verify`).
/// An entry whose changes fit in one piece is digested in one call, and `reset()` keeps the
/// buffers, so `verify` hashes entry after entry without allocating (issue 15 again: copying the
/// SHA-256 context, growing fresh buffers and hex strings per entry cost as much as the hashing).
/// The bytes hashed — and so every hash — are exactly what they were.
struct JournalHasher {
    /// The changes' digest so far; nil until `pending` first overflows (most entries: never).
    private var changes: SHA256?
    /// Framed change bytes not yet given to `changes`.
    private var pending = Frames()
    /// The entry's framed fields (kept between entries, like `pending`).
    private var entry = Frames()
    private(set) var changeCount = 0

    /// Ready for the next entry, keeping the buffers' capacity.
    mutating func reset() {
        changes = nil
        pending.removeAll()
        changeCount = 0
    }

    mutating func add(table: String, rowId: Int64, before: String?, after: String?) {
        pending.text(table)
        pending.int(rowId)
        pending.text(before)
        pending.text(after)
        counted()
    }

    /// The same as `add(table:rowId:before:after:)` for images still in SQLite's buffers.
    mutating func add(table: String, rowId: Int64, before: UnsafeRawBufferPointer?, after: UnsafeRawBufferPointer?) {
        pending.text(table)
        pending.int(rowId)
        pending.bytes(before)
        pending.bytes(after)
        counted()
    }

    /// The same with the table name as bytes too (the verifier reads every field from SQLite).
    mutating func add(table: UnsafeRawBufferPointer?, rowId: Int64, before: UnsafeRawBufferPointer?, after: UnsafeRawBufferPointer?) {
        pending.bytes(table ?? UnsafeRawBufferPointer(start: nil, count: 0))
        pending.int(rowId)
        pending.bytes(before)
        pending.bytes(after)
        counted()
    }

    private mutating func counted() {
        changeCount += 1
        if pending.count >= 32_768 { flush() }
    }

    private mutating func flush() {
        var digest = changes ?? SHA256()
        pending.withUnsafeBytes { digest.update(bufferPointer: $0) }
        changes = digest
        pending.removeAll()
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
        var h = h, hasher = self
        return h.previousHash.withUTF8 { prev in h.kind.withUTF8 { kind in h.user.withUTF8 { user in h.time.withUTF8 { time in
            h.command.withUTF8 { command in h.summary.withUTF8 { summary in
                hasher.finishHex(previousHash: UnsafeRawBufferPointer(prev), sequence: h.sequence, kind: UnsafeRawBufferPointer(kind),
                                 user: UnsafeRawBufferPointer(user), time: UnsafeRawBufferPointer(time),
                                 command: UnsafeRawBufferPointer(command), summary: UnsafeRawBufferPointer(summary),
                                 undoes: h.undoes, redoes: h.redoes) { String(decoding: $0, as: UTF8.self) }
            } }
        } } } }
    }

    /// The entry's hash as 64 lower-case hex digit bytes, from fields as bytes (nil text: empty),
    /// handed to `body` (valid only inside it).
    mutating func finishHex<R>(previousHash: UnsafeRawBufferPointer, sequence: Int64, kind: UnsafeRawBufferPointer,
                               user: UnsafeRawBufferPointer, time: UnsafeRawBufferPointer, command: UnsafeRawBufferPointer,
                               summary: UnsafeRawBufferPointer, undoes: Int64?, redoes: Int64?,
                               _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let digestOfChanges: SHA256Digest
        if var digest = changes {
            pending.withUnsafeBytes { digest.update(bufferPointer: $0) }
            digestOfChanges = digest.finalize()
        } else {
            digestOfChanges = Self.sha256(pending)
        }
        entry.removeAll()
        entry.text("stationdesk-journal-v1")
        entry.bytes(previousHash)
        entry.int(sequence)
        entry.bytes(kind)
        entry.bytes(user)
        entry.bytes(time)
        entry.bytes(command)
        entry.bytes(summary)
        entry.text(undoes.map(String.init))
        entry.text(redoes.map(String.init))
        entry.int(Int64(changeCount))
        digestOfChanges.withUnsafeBytes { entry.raw($0) }
        let digest = Self.sha256(entry)
        return try digest.withUnsafeBytes { raw in
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { hex in
                for (i, b) in raw.enumerated() {
                    hex[2 * i] = Self.digit(b >> 4)
                    hex[2 * i + 1] = Self.digit(b & 15)
                }
                return try body(UnsafeRawBufferPointer(hex))
            }
        }
    }

    private static func sha256(_ bytes: Frames) -> SHA256Digest {
        var h = SHA256()
        bytes.withUnsafeBytes { h.update(bufferPointer: $0) }
        return h.finalize()
    }

    /// Length-framed fields gathered in a byte buffer: a text is its UTF-8 length (Int64, little
    /// endian) then its bytes; an absent text is the length -1 alone; a number is its 8 bytes.
    /// Written through its pointer: `Array.append(contentsOf:)` cost 100 instructions a field
    /// (callgrind, issue 15: 2 k an entry in `verify`, the most after SQLite and SHA-256).
    struct Frames {
        /// Always initialised up to its capacity; the frames are its first `count` bytes.
        private var storage = [UInt8](repeating: 0, count: 512)
        private(set) var count = 0

        mutating func removeAll() { count = 0 }

        mutating func text(_ s: String?) {
            guard var s else { int(-1); return }
            s.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
        }

        mutating func bytes(_ b: UnsafeRawBufferPointer?) {
            guard let b else { int(-1); return }
            int(Int64(b.count))
            raw(b)
        }

        mutating func int(_ n: Int64) {
            room(8)
            let at = count
            storage.withUnsafeMutableBytes { $0.storeBytes(of: n.littleEndian, toByteOffset: at, as: Int64.self) }
            count += 8
        }

        /// The bytes alone, unframed.
        mutating func raw(_ b: UnsafeRawBufferPointer) {
            guard let from = b.baseAddress, b.count > 0 else { return }
            room(b.count)
            let at = count
            storage.withUnsafeMutableBytes { ($0.baseAddress! + at).copyMemory(from: from, byteCount: b.count) }
            count += b.count
        }

        func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }

        private mutating func room(_ n: Int) {
            if count + n > storage.count {
                storage.append(contentsOf: repeatElement(0, count: max(count + n, 2 * storage.count) - storage.count))
            }
        }
    }

    /// A nibble's lower-case hex digit.
    @inline(__always) private static func digit(_ n: UInt8) -> UInt8 { n < 10 ? 48 + n : 87 + n }
}
