import Foundation   // only for NFC (`precomposedStringWithCanonicalMapping`): no files, no clock

/// Every rule about text a person or a file puts into stationdesk, in one place: the forms, the
/// CSV import and the store all call these, so a name refused in one is refused in all.
///
/// - Control characters (C0 but tab and line breaks in notes, DEL, C1) are refused: they never come
///   from a person typing, and printed raw they drive the terminal (`ESC ]0;…`, `ESC [2J`).
/// - Zero-width and bidirectional controls (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF)
///   are refused: they make two different names look the same, or text read backwards. (A zero-width
///   joiner inside an emoji sequence, 👨‍👩‍👦, draws one visible picture and is allowed.)
/// - Text is stored in Unicode NFC, so a name typed precomposed and one typed decomposed (or a CJK
///   compatibility ideograph) are the same name to every duplicate check, which compare bytes.
/// - A name or other one-line field holds at most 200 characters, a note 2,000; a date lies in
///   1990–2100. Each refusal names the field and the limit.
///
/// Cost: one pass over the scalars; NFC goes through Foundation only when a scalar outside the
/// ranges NFC never changes (ASCII, Latin-1, CJK ideographs, CJK punctuation, full-width forms)
/// is present.
public enum TextRules {
    /// The most characters a name or another one-line field may hold.
    public static let lineLimit = 200
    /// The most characters a note may hold.
    public static let noteLimit = 2_000
    /// The most characters a login may hold (operating-system logins are at most 32 on Linux).
    public static let loginLimit = 64
    /// Dates outside these years are typing mistakes in this programme (it started in the 2010s).
    public static let firstYear = 1990
    public static let lastYear = 2100

    /// What kind of text a field holds.
    public enum Kind: Sendable, Equatable {
        /// A name, an address, a contact: one line, at most `lineLimit` characters.
        case line
        /// A note: line breaks and tabs allowed, at most `noteLimit` characters.
        case note
        /// A login name: one word (no spaces or commas), at most `loginLimit` characters.
        case login
    }

    /// The text NFC-normalised, or the problem with it (naming `field`).
    public static func clean(_ text: String, field: String, as kind: Kind) throws -> String {
        // Most text is plain (below): it is then allowed and already NFC, and only its length is left.
        let normal: String
        if kind != .login && isPlain(text) {
            normal = text
        } else {
            if let reason = problem(in: text, as: kind) { throw TextProblem(field: field, reason: reason) }
            normal = nfc(text)
        }
        let limit: Int
        switch kind {
        case .line: limit = lineLimit
        case .note: limit = noteLimit
        case .login: limit = loginLimit
        }
        // Characters as a person counts them (grapheme clusters); the UTF-8 size bounds it from above.
        if normal.utf8.count > limit {
            let count = normal.count
            if count > limit { throw TextProblem(field: field, reason: .tooLong(limit: limit, found: count)) }
        }
        return normal
    }

    /// Whether every character of `text` is one that no rule refuses in any field but a login and
    /// that NFC never changes: printable ASCII, U+00A0–U+02FF, and three-byte characters of the
    /// NFC-stable ranges (CJK ideographs and punctuation, full-width forms, general punctuation)
    /// other than the invisible ones and the line and paragraph separators. For such text `clean`
    /// skips `problem` and `nfc` — two passes over the scalars that were a tenth of a 200,000-row
    /// import (callgrind, issue 15) — and its answer is the same. One pass over the UTF-8 bytes.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    guard b >= 0x20 && b != 0x7F else { return false }
                    i += 1
                } else if b >= 0xE5 && b <= 0xE9 {
                    // U+5000–U+9FFF: CJK ideographs only, all NFC-stable and visible. Most of a
                    // Chinese text; skipped without decoding (the string is valid UTF-8).
                    i += 3
                } else if b >= 0xC2 && b < 0xE0 {
                    guard i + 1 < n else { return false }
                    let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    guard v >= 0xA0 && v < 0x300 else { return false }
                    i += 2
                } else if b >= 0xE0 && b < 0xF0 {
                    guard i + 2 < n else { return false }
                    let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    guard nfcStable(v) && !isInvisible(v) && v != 0x2028 && v != 0x2029 else { return false }
                    i += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// The first character `text` may not hold as `kind`, if any (no NFC, no length).
    public static func problem(in text: String, as kind: Kind) -> TextProblem.Reason? {
        if kind == .login {
            if text.isEmpty { return .emptyLogin }
            if let bad = text.unicodeScalars.first(where: { $0 == " " || $0 == "," || $0 == "\u{3000}" }) {
                return .loginSpace(bad.value)
            }
        }
        var text = text
        let quick = text.withUTF8 { bytes in
            // Bytes below 0x20, DEL, and the lead bytes of U+0080–U+009F (C2), U+2000–U+2FFF (E2)
            // and U+F000–U+FFFF (EF) are the only ones that can start a refused character.
            !bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }
        }
        if quick { return nil }
        var previous: Unicode.Scalar? = nil
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let s = next {
            next = scalars.next()
            defer { previous = s }
            let v = s.value
            if v == 0x200D, let p = previous, let n = next, joinsEmoji(p, n) { continue }
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 {
                if kind != .note { return .lineBreak }
            } else if v == 0x09 {
                if kind != .note { return .control(v) }
            } else if v < 0x20 || (0x7F...0x9F).contains(v) {
                return .control(v)
            } else if isInvisible(v) {
                return .invisible(v)
            }
        }
        return nil
    }

    /// A zero-width joiner between two emoji (👨‍👩‍👦, 🏃‍♀️) is part of one visible picture, not an
    /// invisible character: allowed. Digits, `#` and `*` (emoji only as keycap bases) do not count.
    static func joinsEmoji(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        func picture(_ s: Unicode.Scalar) -> Bool { s.value >= 0x2000 && s.properties.isEmoji }
        return (picture(before) || before.value == 0xFE0F) && picture(after)
    }

    /// The zero-width and bidirectional controls refused in stored text.
    public static func isInvisible(_ v: UInt32) -> Bool {
        (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0xFEFF
    }

    /// `date` when its year lies in 1990–2100, else the problem naming `field`.
    public static func check(_ date: CivilDate, field: String) throws -> CivilDate {
        guard (firstYear...lastYear).contains(date.year) else {
            throw TextProblem(field: field, reason: .dateOutOfRange(date.description))
        }
        return date
    }

    /// Unicode NFC. Text made only of scalars NFC never changes is returned as it is.
    public static func nfc(_ text: String) -> String {
        for s in text.unicodeScalars where !nfcStable(s.value) {
            return text.precomposedStringWithCanonicalMapping
        }
        return text
    }

    /// Scalars that are NFC whatever surrounds them: no decomposition, combining class 0, and
    /// never the second half of a composition.
    static func nfcStable(_ v: UInt32) -> Bool {
        v < 0x300 || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x3000...0x3029).contains(v) || (0x3030...0x3098).contains(v) || (0x309B...0x30FF).contains(v)
            || (0x2002...0x205F).contains(v) || (0xFF01...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
    }

    /// `text` made safe to print on a terminal: every control character, DEL, C1 character and
    /// zero-width or bidirectional control is shown as an escape (`\x1B`, `\u202E`), so text the
    /// program did not write (a name, a file name, a cell) can never move the cursor, retitle the
    /// window or reverse the line. `keepLineBreaks`: line feeds (and tabs) pass as they are, for whole
    /// messages; fields inside a line escape them too. Cost: O(1) when there is nothing to escape.
    public static func printable(_ text: String, keepLineBreaks: Bool = false) -> String {
        var probe = text
        let clean = probe.withUTF8 { bytes in
            !bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }
        }
        if clean { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if keepLineBreaks && (v == 0x0A || v == 0x09) {
                out.append(s)
            } else if v < 0x20 || (0x7F...0x9F).contains(v) {
                let hex = String(v, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" + hex : hex)).unicodeScalars)
            } else if isInvisible(v) || (0x2028...0x2029).contains(v) {
                out.append(contentsOf: ("\\u" + String(v, radix: 16, uppercase: true)).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}

/// Why a text or a date was refused, naming the field. Words in Chinese (`zh`, the default) and
/// English (`en`), never both in one string.
public struct TextProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// A control character (its code point).
        case control(UInt32)
        /// A zero-width or bidirectional control (its code point).
        case invisible(UInt32)
        /// A line break in a one-line field.
        case lineBreak
        /// More characters than the field holds.
        case tooLong(limit: Int, found: Int)
        /// A date outside 1990–2100 (as written).
        case dateOutOfRange(String)
        /// A login that is empty.
        case emptyLogin
        /// A login holding a space or a comma (its code point).
        case loginSpace(UInt32)
    }

    public var field: String
    public var reason: Reason

    public init(field: String, reason: Reason) { self.field = field; self.reason = reason }

    static func code(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The reason alone, in Chinese.
    public var zhReason: String {
        switch reason {
        case .control(let v): return "含有控制字符 \(Self.code(v))，不能保存"
        case .invisible(let v): return "含有不可见的字符 \(Self.code(v))（零宽或文字方向控制符），不能保存"
        case .lineBreak: return "不能含换行"
        case .tooLong(let limit, let found): return "最多\(limit)个字符，现有\(found)个"
        case .dateOutOfRange(let d): return "日期\(d)不在\(TextRules.firstYear)—\(TextRules.lastYear)年之间"
        case .emptyLogin: return "登录名不能为空"
        case .loginSpace(let v): return "登录名不能含空格或逗号（\(Self.code(v))）"
        }
    }

    /// The reason alone, in English.
    public var enReason: String {
        switch reason {
        case .control(let v): return "contains the control character \(Self.code(v)); it cannot be stored"
        case .invisible(let v): return "contains the invisible character \(Self.code(v)) (zero-width or a text-direction control); it cannot be stored"
        case .lineBreak: return "must not contain a line break"
        case .tooLong(let limit, let found): return "holds at most \(limit) characters; this has \(found)"
        case .dateOutOfRange(let d): return "the date \(d) is not between \(TextRules.firstYear) and \(TextRules.lastYear)"
        case .emptyLogin: return "a login name must not be empty"
        case .loginSpace(let v): return "a login name must not contain a space or a comma (\(Self.code(v)))"
        }
    }

    public var zh: String { "\(field): \(zhReason)" }
    public var en: String { "\(field): \(enReason)" }
    public var description: String { zh }
}
