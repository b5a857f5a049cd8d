import Foundation
import XCTest
import TestSupport

/// Compares a text with `Golden/NAME` (`GoldenFile`, shared); with `RECORD_GOLDEN=1`, writes it instead.
enum Golden {
    static func check(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        GoldenFile.check(text, against: TestFiles.golden(name), file: file, line: line)
    }
}
