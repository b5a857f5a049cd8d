import Foundation
import XCTest

/// Compares a text with `Golden/NAME`; with `RECORD_GOLDEN=1` in the environment, writes it instead.
enum Golden {
    static func check(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = TestFiles.golden(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("missing golden file \(url.path); run with RECORD_GOLDEN=1 to record it", file: file, line: line)
        }
        if expected != text {
            let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("""
                \(name) differs from the golden file at line \(first + 1):
                expected: \(first < a.count ? a[first] : "<end>")
                actual:   \(first < b.count ? b[first] : "<end>")
                (RECORD_GOLDEN=1 re-records)
                """, file: file, line: line)
        }
    }
}
