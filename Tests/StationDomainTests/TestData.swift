import Foundation
import StationDomain

/// The checkout's top-level data/ files, found from this file's path (tests never guess the cwd).
enum TestData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ relative: String) -> String {
        let url = root.appendingPathComponent(relative)
        guard let s = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("test data missing: \(url.path)")
        }
        return s
    }

    /// Parsed once for the whole test run.
    static let calendar: WorkdayCalendar = try! WorkdayCalendar(tsv: text("data/calendar/cn-workday-exceptions.tsv"))
}

/// `d("2024-02-10")`: a date literal for tables.
func d(_ s: String, file: StaticString = #filePath, line: UInt = #line) -> CivilDate {
    guard let date = CivilDate(s) else { fatalError("bad date literal \(s) at \(file):\(line)") }
    return date
}

extension TestData {
    static let policyFile = "data/policy/2023-liuzhou-measures.json"
    static let policyJSON = text(policyFile)
    /// The shipped policy, decoded and validated once.
    static let policy: Policy = try! Policy.decode(json: policyJSON, file: policyFile)
}
