/// A name used as a dictionary key, compared and hashed by its UTF-8 bytes.
///
/// Swift's own `String` hashing normalises every non-ASCII string (Unicode canonical equivalence)
/// on every lookup; with Chinese names on 200,000 rows that was a measurable part of checking.
/// Names typed the same way have the same bytes; a precomposed and a decomposed "é" count as two
/// different names here.
struct NameKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: NameKey, b: NameKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var s = text
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(s.utf8.count)
    }
}
