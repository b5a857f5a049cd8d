/// A string as a dictionary key compared and hashed by its UTF-8 bytes. `String`'s own hashing
/// normalises non-ASCII text first (Unicode canonical equivalence): 1,650 instructions for a
/// short Chinese name (callgrind), most of a 200,000-talent list's build spent there. Texts the
/// store keeps are NFC already (`TextRules`), so bytes tell the same texts apart; two
/// canonically equal texts in different forms would be two keys, which interning tolerates.
public struct BytewiseKey: Hashable, Sendable {
    public let text: String
    public init(_ text: String) { self.text = text }

    public static func == (a: BytewiseKey, b: BytewiseKey) -> Bool {
        // Over the contiguous bytes: `utf8.elementsEqual` iterates a view, 1,290 instructions a
        // compare of two short Chinese names (callgrind).
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in BytewiseKey.same(UnsafeRawBufferPointer(p), UnsafeRawBufferPointer(q)) } }
    }

    /// Equal bytes, eight at a time (a generic `elementsEqual` took 590 instructions a compare).
    static func same(_ p: UnsafeRawBufferPointer, _ q: UnsafeRawBufferPointer) -> Bool {
        let n = p.count
        guard n == q.count else { return false }
        if n == 0 || p.baseAddress == q.baseAddress { return true }   // one shared text
        var i = 0
        while i + 8 <= n {
            if p.loadUnaligned(fromByteOffset: i, as: UInt64.self) != q.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if p[i] != q[i] { return false }
            i += 1
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
