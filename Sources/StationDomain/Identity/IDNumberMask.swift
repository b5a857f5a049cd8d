/// ID numbers of talents, if kept, are shown masked: the first 6 and the last 4 characters, the
/// rest as `*` (SPEC "Records"). Shorter than 11 characters: all masked but the last 4 — never
/// the whole number. O(n).
public enum IDNumberMask {
    public static func masked(_ id: String) -> String {
        let chars = Array(id.trimmingCharacters(in: " "))
        if chars.isEmpty { return "" }
        if chars.count <= 4 { return String(repeating: "*", count: chars.count) }
        let head = chars.count >= 11 ? 6 : 0
        let tail = 4
        return String(chars.prefix(head)) + String(repeating: "*", count: chars.count - head - tail) + String(chars.suffix(tail))
    }
}
