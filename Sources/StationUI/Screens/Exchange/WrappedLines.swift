import StationDomain

/// Long lines broken at the display width (CJK counts two cells), so a problem report such as
/// `FILE:LINE: column: what is wrong` is read whole instead of cut. Latin words are kept whole
/// when a space is near (within half the width); CJK text breaks between any two characters.
/// Continuation lines are indented. Cost: O(characters × width) at worst, O(characters) usually.
enum WrappedLines {
    static func wrap(_ text: String, width: Int, indent: String = "    ", ambiguousWide: Bool = false) -> [String] {
        let width = max(8, width)
        func cells(_ c: Character) -> Int { DisplayWidth.of(String(c), ambiguousWide: ambiguousWide) }
        let indentChars = Array(indent)
        var lines: [String] = []
        var current: [Character] = []
        var used = 0
        var start = 0   // characters of `current` that are indent
        for c in text {
            let w = cells(c)
            if used + w > width {
                var tail: [Character] = []
                // Only in the middle of a Latin word (narrow characters since the last space).
                if c != " ", w == 1, let space = current[start...].lastIndex(of: " "), space > start {
                    let rest = Array(current[(space + 1)...])
                    if rest.count <= width / 2, rest.allSatisfy({ cells($0) == 1 }) {
                        tail = rest
                        current.removeSubrange(space...)
                    }
                }
                lines.append(String(current))
                current = indentChars + tail
                start = indentChars.count
                used = current.reduce(0) { $0 + cells($1) }
                if c == " " && tail.isEmpty { continue }   // no line starts with the space it broke at
            }
            current.append(c)
            used += w
        }
        lines.append(String(current))
        return lines
    }
}
