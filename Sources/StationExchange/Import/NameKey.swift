#if canImport(Glibc)
import Glibc
#endif
/// A name used as a dictionary key, compared and hashed by its UTF-8 bytes.
///
/// Swift's own `String` hashing normalises every non-ASCII string (Unicode canonical equivalence)
/// on every lookup; with Chinese names on 200,000 rows that was a measurable part of checking.
/// Names typed the same way have the same bytes; a precomposed and a decomposed "é" count as two
/// different names here.
struct NameKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: NameKey, b: NameKey) -> Bool { sameUTF8(a.text, b.text) }

    /// Byte equality over the strings' contiguous UTF-8 storage. `String.UTF8View.elementsEqual`
    /// walks index by index: ~2,800 instructions per comparison of two short Chinese names, 5 %
    /// of a 20,000-talent import in callgrind (station and employer lookups on every row).
    static func sameUTF8(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        var s = text
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(s.utf8.count)
    }
}
