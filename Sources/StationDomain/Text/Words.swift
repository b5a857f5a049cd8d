/// The language people read: Chinese by default, English with `--lang en` (or a `LANG` starting
/// with `en` on the command line). One language at a time: no message carries both.
public enum Language: String, CaseIterable, Sendable {
    case zh, en

    /// The language a `LANG`/`LC_ALL`-style value asks for: English when it starts with "en".
    public static func from(locale: String?) -> Language {
        (locale ?? "").lowercased().hasPrefix("en") ? .en : .zh
    }
}

/// One message in both languages, kept apart, so the layer that knows the reader's language
/// (the catalog) picks one. The lower layers (domain rules, store errors, import problems) say
/// what they mean as `Words`; they never join the two into one string.
public struct Words: Hashable, Sendable, CustomStringConvertible {
    public var zh: String
    public var en: String

    public init(_ zh: String, _ en: String) { self.zh = zh; self.en = en }

    /// The same text in both (a name, a path, a system message that has no translation).
    public init(verbatim text: String) { zh = text; en = text }

    /// A message written the older way, "中文 (English)": split at its last bracketed part; the
    /// whole text in both when it has none. A bridge for messages not yet given as `Words`.
    public init(legacy text: String) {
        if text.contains("\n") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Words(legacy: String($0)) }
            self.init(lines.map(\.zh).joined(separator: "\n"), lines.map(\.en).joined(separator: "\n"))
            return
        }
        var depth = 0
        let chars = Array(text)
        if chars.last == ")" {
            for i in stride(from: chars.count - 1, through: 0, by: -1) {
                if chars[i] == ")" { depth += 1 } else if chars[i] == "(" {
                    depth -= 1
                    if depth == 0 {
                        let zh = String(chars[..<i]).trimmingCharacters(in: " ")
                        let en = String(chars[(i + 1)..<(chars.count - 1)])
                        if !zh.isEmpty, zh.unicodeScalars.contains(where: { $0.value >= 0x3000 }) {
                            self.init(zh, en)
                            return
                        }
                        break
                    }
                }
            }
        }
        self.init(verbatim: text)
    }

    public func text(_ language: Language) -> String { language == .zh ? zh : en }

    /// The Chinese text (the default language).
    public var description: String { zh }

    /// Each language joined with its own separator.
    public static func + (a: Words, b: Words) -> Words { Words(a.zh + b.zh, a.en + b.en) }
}
