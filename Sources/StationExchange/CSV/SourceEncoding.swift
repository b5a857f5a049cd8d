import Foundation
import StationDomain

/// The character encoding a CSV file was written in, as far as stationdesk reads it.
///
/// Offices make CSV files with Excel or WPS: "CSV UTF-8" (with a byte-order mark), plain UTF-8
/// from other tools, or "CSV" on Chinese Windows, which is GBK/GB18030. Anything else is refused
/// with `EncodingProblem` rather than imported as mojibake.
public enum SourceEncoding: String, Sendable, CustomStringConvertible {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case gb18030 = "GB18030"

    public var description: String { rawValue }

    /// Foundation's constant for GB18030 (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    /// swift-corelibs-foundation on Linux decodes it (measured here), including 4-byte sequences.
    static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes a whole file: UTF-8 first (a BOM is removed), else GB18030, else an error that names
    /// what the bytes look like and where the first undecodable byte is.
    /// Cost: one validating pass over the bytes for UTF-8; GB18030 goes through Foundation (ICU).
    public static func decode(_ data: Data) throws -> (text: String, encoding: SourceEncoding) {
        // The usual case, UTF-8 with or without BOM, straight from the file's buffer (no copy
        // before the String itself; the NUL check is memchr).
        let fast: (String, SourceEncoding)?? = data.withUnsafeBytes { raw -> (String, SourceEncoding)?? in
            let all = raw.bindMemory(to: UInt8.self)
            if all.starts(with: [0xEF, 0xBB, 0xBF]) {
                return .some(String(validating: UnsafeBufferPointer(rebasing: all[3...]), as: UTF8.self).map { ($0, .utf8WithBOM) })
            }
            guard let base = raw.baseAddress, memchr(base, 0, raw.count) == nil else { return nil }
            guard let text = String(validating: all, as: UTF8.self) else { return nil }
            return .some((text, .utf8))
        }
        if let found = fast, let decoded = found { return decoded }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let offset = firstInvalidUTF8(bytes, from: 3)
            throw EncodingProblem.brokenUTF8(offset: offset, line: lineOf(offset: offset, in: bytes))
        }
        // UTF-32's byte-order marks begin like UTF-16's (FF FE 00 00): look for them first.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw EncodingProblem.utf32
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw EncodingProblem.utf16
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw EncodingProblem.workbook }
        if let nul = bytes.firstIndex(of: 0) { throw EncodingProblem.binary(offset: nul) }
        if let text = String(data: data, encoding: foundationGB18030), !text.unicodeScalars.contains("\u{FFFD}") {
            if let offset = unlikelyGB(bytes) { throw EncodingProblem.notGB(line: lineOf(offset: offset, in: bytes)) }
            return (text, .gb18030)
        }
        // Neither decodes. Say where the reading that got further stopped: a GBK file has its
        // first non-UTF-8 byte on its first Chinese line, but its first bad GB18030 byte may be
        // many lines later, and that is the byte to fix.
        let utf8Stop = firstInvalidUTF8(bytes, from: 0)
        let gbStop = firstInvalidGB18030(bytes)
        if gbStop > utf8Stop, gbStop < bytes.count {
            throw EncodingProblem.badGB18030(offset: gbStop, line: lineOf(offset: gbStop, in: bytes))
        }
        throw EncodingProblem.unknown(offset: utf8Stop, line: lineOf(offset: utf8Stop, in: bytes))
    }

    /// Byte offset of the first byte that is not part of a well-formed GB18030 sequence
    /// (bytes.count when all are): one byte 00–7F; two bytes 81–FE then 40–7E or 80–FE; four bytes
    /// 81–FE, 30–39, 81–FE, 30–39. O(bytes).
    static func firstInvalidGB18030(_ bytes: [UInt8]) -> Int {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(b), i + 1 < n else { return i }
            let t = bytes[i + 1]
            if (0x40...0x7E).contains(t) || (0x80...0xFE).contains(t) { i += 2; continue }
            if (0x30...0x39).contains(t), i + 3 < n, (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) {
                i += 4; continue
            }
            return i
        }
        return n
    }

    /// Big5 (Traditional Chinese Windows) and some other double-byte encodings also decode as
    /// GB18030 — into nonsense characters. Text really written in GBK keeps almost every character
    /// in the GB2312 area (lead and trail bytes 0xA1–0xFE); Big5 puts about half of its trail bytes
    /// at 0x40–0x7E. So when there are 20 or more double-byte characters and fewer than 80 % of
    /// them lie in the GB2312 area, the file is refused; returns the offset of the first character
    /// outside it. O(bytes).
    static func unlikelyGB(_ bytes: [UInt8]) -> Int? {
        var i = 0, pairs = 0, common = 0
        var firstOutside: Int? = nil
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 0x81, b <= 0xFE, i + 1 < bytes.count else { i += 1; continue }
            let t = bytes[i + 1]
            if (0x30...0x39).contains(t) { i += 4; continue }      // a 4-byte GB18030 sequence
            pairs += 1
            if (0xA1...0xF7).contains(b) && (0xA1...0xFE).contains(t) { common += 1 } else if firstOutside == nil { firstOutside = i }
            i += 2
        }
        guard pairs >= 20, common * 10 < pairs * 8 else { return nil }
        return firstOutside
    }

    /// Byte offset of the first byte that does not decode as UTF-8 (bytes.count when all do).
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int {
        var offset = start
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return bytes.count
            case .error: return offset
            }
        }
    }

    /// 1-based line number of the byte at `offset`.
    static func lineOf(offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for b in bytes[..<min(offset, bytes.count)] where b == 0x0A { line += 1 }
        return line
    }
}

/// Why a file's bytes were not read as text. Each message says what to do in Excel/WPS.
public enum EncodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8.
    case brokenUTF8(offset: Int, line: Int)
    /// Neither valid UTF-8 nor valid GB18030.
    case unknown(offset: Int, line: Int)
    /// Decodes as GB18030 but reads as nonsense: most likely Big5 (Traditional Chinese).
    case notGB(line: Int)
    /// UTF-16 ("Unicode text" in Excel), which is tab-separated, not CSV.
    case utf16
    /// UTF-32 (a byte-order mark FF FE 00 00 or 00 00 FE FF).
    case utf32
    /// Read as GB18030 (it is not UTF-8), a byte that is not GB18030 either.
    case badGB18030(offset: Int, line: Int)
    /// A ZIP container: an .xlsx/.et workbook, not a CSV file.
    case workbook
    /// NUL bytes: not a text file.
    case binary(offset: Int)

    /// The message in both languages (the catalog picks one).
    public var words: Words {
        switch self {
        case .brokenUTF8(let offset, let line):
            return Words("第\(line)行：文件标明为 UTF-8 却含有非 UTF-8 字节（第\(offset)字节）", "line \(line): marked UTF-8 but byte \(offset) is not UTF-8")
        case .unknown(let offset, let line):
            return Words("第\(line)行：文件既不是 UTF-8 也不是 GB18030/GBK 编码（第\(offset)字节无法解码），请在 Excel/WPS 中另存为“CSV UTF-8”", "line \(line): the file is neither UTF-8 nor GB18030/GBK — byte \(offset) cannot be decoded; save it as \"CSV UTF-8\"")
        case .notGB(let line):
            return Words("第\(line)行：文件不像 GB18030/GBK 编码（可能是繁体 Big5 或其他编码），按 GBK 读会得到乱码，请另存为“CSV UTF-8”", "line \(line): the file does not look like GB18030/GBK — perhaps Big5; reading it as GBK would give nonsense; save it as \"CSV UTF-8\"")
        case .utf16:
            return Words("文件是 UTF-16 编码（Excel“Unicode 文本”），请另存为“CSV UTF-8”", "the file is UTF-16 \"Unicode text\"; save it as \"CSV UTF-8\"")
        case .utf32:
            return Words("文件是 UTF-32 编码，请另存为“CSV UTF-8”", "the file is UTF-32; save it as \"CSV UTF-8\"")
        case .badGB18030(let offset, let line):
            return Words("第\(line)行：文件不是 UTF-8，按 GB18030/GBK 读取时第\(offset)字节无法解码，请检查该行或另存为“CSV UTF-8”", "line \(line): the file is not UTF-8, and read as GB18030/GBK byte \(offset) cannot be decoded; check that line or save it as \"CSV UTF-8\"")
        case .workbook:
            return Words("这是 Excel/WPS 工作簿（.xlsx），不是 CSV 文件，请另存为“CSV UTF-8”", "this is a workbook, not a CSV file; save it as \"CSV UTF-8\"")
        case .binary(let offset):
            return Words("文件含有空字节（第\(offset)字节），不是文本文件", "the file has a NUL byte at \(offset): not a text file")
        }
    }

    public var description: String { words.zh }
}
