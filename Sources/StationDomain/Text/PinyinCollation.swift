/// The order lists sort text in, as Chinese users expect from WPS and Excel: Chinese by pinyin
/// (each character by its sort reading, `PinyinTable.sortReading`, syllable by syllable),
/// Latin letters ignoring case and interleaved with pinyin (`Wang Wu` beside 王五), digit runs
/// by value (第9号 before 第10号), digits before letters, punctuation and spaces ignored; texts
/// equal so far are then ordered by their characters (code points), so the order is total and
/// the same on every run. Numbers and dates have their own keys (`appendNumberKey`,
/// `appendDateKey`).
///
/// A key is a byte string: comparing two keys byte by byte (shorter first on a tie) gives the
/// order, so 10⁵ rows sort with `memcmp`-like comparisons and no string work. Layout: the
/// primary part (letters a–z as bytes, 0x01 after each syllable or Latin word, 0x02 + length +
/// digits for a number, 0x7B + scalar bytes for other letters), then 0x00, then the text's UTF-8.
/// Cost: O(text) per key, one table read per Chinese character.
public enum PinyinCollation {
    /// Appends the key of `text` to `out`. `table` nil: no pinyin (Chinese by code point after
    /// every letter). `personName`: the first character is read as a surname (曾 zeng, 单 shan).
    public static func appendKey(_ text: String, table: PinyinTable?, personName: Bool = false, to out: inout [UInt8]) {
        var inWord = false
        var digits: [UInt8] = []
        var first = true
        func endDigits() {
            guard !digits.isEmpty else { return }
            var start = 0
            while start < digits.count - 1 && digits[start] == 0x30 { start += 1 }
            out.append(0x02)
            out.append(UInt8(min(255, digits.count - start)))
            out.append(contentsOf: digits[start...])
            digits.removeAll(keepingCapacity: true)
        }
        for u in text.unicodeScalars {
            let v = u.value
            let isFirst = first
            first = false
            if v >= 0x30 && v <= 0x39 {
                if inWord { out.append(0x01); inWord = false }
                digits.append(UInt8(v))
                continue
            }
            endDigits()
            if v < 0x80 {
                let lower = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                if lower >= 0x61 && lower <= 0x7A {
                    out.append(UInt8(lower)); inWord = true
                } else if inWord {
                    out.append(0x01); inWord = false
                }
                continue
            }
            if inWord { out.append(0x01); inWord = false }
            if let table, let i = table.sortReadingIndex(v, surname: personName && isFirst) {
                out.append(contentsOf: table.readings[i])
                out.append(0x01)
            } else if u.properties.isAlphabetic {
                let lower = u.properties.changesWhenLowercased ? (u.properties.lowercaseMapping.unicodeScalars.first?.value ?? v) : v
                out.append(0x7B)
                out.append(UInt8((lower >> 16) & 0xFF)); out.append(UInt8((lower >> 8) & 0xFF)); out.append(UInt8(lower & 0xFF))
            }
            // Punctuation, symbols and spaces: not part of the order (only of the tie-break).
        }
        endDigits()
        if inWord { out.append(0x01) }
        out.append(0x00)
        out.append(contentsOf: text.utf8)
    }

    /// Appends the key of a number cell (`1,200`, `¥3.50`, `-2`, `85%`): by value, then cells
    /// that are not numbers (empty, `—`) after all numbers, in text order.
    public static func appendNumberKey(_ text: String, table: PinyinTable?, to out: inout [UInt8]) {
        var cleaned = ""
        for c in text where c != "," && c != "¥" && c != "￥" && c != " " && c != "%" { cleaned.append(c) }
        guard let value = Double(cleaned), value.isFinite else {
            out.append(0x02)
            appendKey(text, table: table, to: &out)
            return
        }
        out.append(0x01)
        // IEEE order made unsigned: positives with the sign bit set, negatives inverted.
        let bits = value.bitPattern
        let ordered = bits & (1 << 63) == 0 ? bits | (1 << 63) : ~bits
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8((ordered >> UInt64(shift)) & 0xFF)) }
        out.append(0x00)
        out.append(contentsOf: text.utf8)
    }

    /// Appends the key of a date cell (YYYY-MM-DD, by date), cells that are not dates after all dates.
    public static func appendDateKey(_ text: String, table: PinyinTable?, to out: inout [UInt8]) {
        let bytes = Array(text.utf8.prefix(11))
        let isDate = bytes.count == 10 && bytes[4] == 0x2D && bytes[7] == 0x2D
            && bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ($0.element >= 0x30 && $0.element <= 0x39) }
        if isDate {
            out.append(0x01)
            out.append(contentsOf: bytes)
            out.append(0x00)
        } else {
            out.append(0x02)
            appendKey(text, table: table, to: &out)
        }
    }

    /// The key of `text` as a new array (for tests and small lists).
    public static func key(_ text: String, table: PinyinTable?, personName: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        appendKey(text, table: table, personName: personName, to: &out)
        return out
    }

    /// `texts` in this order (a convenience over the keys; lists keep keys per column instead).
    public static func sorted(_ texts: [String], table: PinyinTable?, personName: Bool = false) -> [String] {
        let keys = texts.map { key($0, table: table, personName: personName) }
        return texts.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { texts[$0] }
    }
}

extension PinyinCollation {
    /// The first eight bytes of `appendKey`'s key for the text whose UTF-8 is `utf8`, packed
    /// big-endian (zero-padded): equal to packing `key(...)`'s first bytes, computed from the
    /// bytes without making a `String` for the common text of names (ASCII letters, spaces,
    /// punctuation, Chinese characters of the table), else through `appendKey`. A list picks
    /// its first page by these before it reads its rows (10⁵ names in a few ms).
    public static func prefix(utf8: UnsafeRawBufferPointer, table: PinyinTable?, personName: Bool = false) -> UInt64 {
        var out: UInt64 = 0
        var n = 0
        func push(_ b: UInt8) {
            if n < 8 { out = out | UInt64(b) << UInt64(56 - 8 * n); n += 1 }
        }
        func slow() -> UInt64 {
            let key = PinyinCollation.key(String(decoding: utf8, as: UTF8.self), table: table, personName: personName)
            var p: UInt64 = 0
            for i in 0..<8 { p = p << 8 | UInt64(i < key.count ? key[i] : 0) }
            return p
        }
        guard let table else { return slow() }
        var i = 0
        var inWord = false
        let count = utf8.count
        while i < count && n < 8 {
            let b = utf8[i]
            if b < 0x80 {
                if b >= 0x30 && b <= 0x39 { return slow() }   // a digit run: its own encoding
                let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                if lower >= 0x61 && lower <= 0x7A { push(lower); inWord = true } else if inWord { push(0x01); inWord = false }
                i += 1
                continue
            }
            // Three-byte sequences cover the CJK ideographs; anything else takes the full path.
            guard b & 0xF0 == 0xE0, i + 2 < count else { return slow() }
            let v = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            if inWord { push(0x01); inWord = false }
            if let r = table.sortReadingIndex(v, surname: personName && i == 0) {
                for letter in table.readings[r] { push(letter) }
                push(0x01)
            } else if Unicode.Scalar(v)?.properties.isAlphabetic ?? false {
                return slow()
            }
            i += 3
        }
        if i >= count {
            if inWord { push(0x01) }
            push(0x00)
            var j = 0
            while n < 8 && j < count { push(utf8[j]); j += 1 }
        }
        return out
    }
}
