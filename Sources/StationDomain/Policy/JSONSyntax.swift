/// Finds where a JSON text first breaks the grammar (RFC 8259), as 1-based line and column, so
/// a hand-edited policy file's typo is reported as `file:line:column` — Foundation's decoder only
/// says "not valid JSON". O(n) over the UTF-8 bytes; used only after decoding has failed.
enum JSONSyntax {
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func firstError(in text: String) -> Failure? {
        var p = Parser(bytes: Array(text.utf8))
        do {
            p.skipSpace()
            try p.value()
            p.skipSpace()
            if p.i < p.bytes.count { throw p.fail("多余的内容 (unexpected text after the end)") }
            return nil
        } catch let f as Failure {
            return f
        } catch {
            return nil
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var line = 1
        var lineStart = 0
        var depth = 0

        func fail(_ message: String) -> Failure {
            // Column counts characters, not bytes, so CJK text before the error does not skew it.
            let column = String(decoding: bytes[lineStart..<min(i, bytes.count)], as: UTF8.self).count + 1
            return Failure(line: line, column: column, message: message)
        }

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skipSpace() {
            while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                i += 1
                if b == 0x0A { line += 1; lineStart = i }
            }
        }

        mutating func expect(_ c: UInt8, _ what: String) throws {
            skipSpace()
            guard peek == c else { throw fail("此处应为 \(what) (expected \(what))") }
            i += 1
        }

        mutating func value() throws {
            skipSpace()
            guard let b = peek else { throw fail("文件意外结束 (unexpected end of file)") }
            switch b {
            case UInt8(ascii: "{"): try object()
            case UInt8(ascii: "["): try array()
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            case UInt8(ascii: "n"): try word("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw fail("此处应为值 (expected a value)")
            }
        }

        mutating func object() throws {
            i += 1; depth += 1
            guard depth < 512 else { throw fail("嵌套过深 (nested too deeply)") }
            skipSpace()
            if peek == UInt8(ascii: "}") { i += 1; depth -= 1; return }
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw fail("此处应为带引号的字段名 (expected a quoted field name)") }
                try string()
                try expect(UInt8(ascii: ":"), "“:”")
                try value()
                skipSpace()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                try expect(UInt8(ascii: "}"), "“,”或“}”")
                depth -= 1
                return
            }
        }

        mutating func array() throws {
            i += 1; depth += 1
            guard depth < 512 else { throw fail("嵌套过深 (nested too deeply)") }
            skipSpace()
            if peek == UInt8(ascii: "]") { i += 1; depth -= 1; return }
            while true {
                try value()
                skipSpace()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                try expect(UInt8(ascii: "]"), "“,”或“]”")
                depth -= 1
                return
            }
        }

        mutating func string() throws {
            i += 1
            while let b = peek {
                switch b {
                case UInt8(ascii: "\""): i += 1; return
                case UInt8(ascii: "\\"):
                    i += 1
                    guard let e = peek, Array("\"\\/bfnrtu".utf8).contains(e) else { throw fail("无效的转义 (invalid escape)") }
                    i += 1
                    if e == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            guard let h = peek, (h >= 48 && h <= 57) || (h | 0x20 >= 97 && h | 0x20 <= 102) else {
                                throw fail("\\u 后应为4位十六进制 (\\u needs 4 hex digits)")
                            }
                            i += 1
                        }
                    }
                case 0x00..<0x20: throw fail("字符串中不能有换行或控制字符 (control character or line break inside a string)")
                default: i += 1
                }
            }
            throw fail("字符串没有结束引号 (string not closed)")
        }

        mutating func word(_ w: String) throws {
            for c in w.utf8 {
                guard peek == c else { throw fail("此处应为值 (expected a value)") }
                i += 1
            }
        }

        mutating func number() throws {
            func digits() -> Int { var n = 0; while let b = peek, b >= 48 && b <= 57 { i += 1; n += 1 }; return n }
            if peek == UInt8(ascii: "-") { i += 1 }
            if peek == UInt8(ascii: "0") {
                i += 1
                if let b = peek, b >= 48 && b <= 57 { throw fail("数字不能以0开头 (number with a leading zero)") }
            } else {
                guard digits() > 0 else { throw fail("数字无效 (invalid number)") }
            }
            if peek == UInt8(ascii: ".") { i += 1; guard digits() > 0 else { throw fail("数字无效 (invalid number)") } }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                i += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { throw fail("数字无效 (invalid number)") }
            }
        }
    }
}
