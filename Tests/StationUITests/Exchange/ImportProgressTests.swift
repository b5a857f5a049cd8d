import Foundation
import TestSupport
import XCTest
import StationDomain
import StationExchange
import StationStore
@testable import StationUI

/// The progress box and Esc while an import runs, driven through a scripted `BusyInteraction`
/// (what the terminal driver wires to curses): each redraw is captured, keys come from the script.
final class ImportProgressTests: XCTestCase {
    /// 9,000 partners: enough rows for several progress reports in each phase (one per 4,096 rows).
    static func manyPartners() -> String {
        var text = "name,kind,city,contact\n"
        for i in 1...9000 { text += "共建方\(i),university,北京,\n" }
        return text
    }

    final class Script {
        var frames: [(state: BusyState, grid: Grid)] = []
        /// Decides, from the state last drawn, whether the user presses a key now.
        var press: (BusyState?) -> Key? = { _ in nil }
    }

    func scripted(_ h: Harness) -> Script {
        let script = Script()
        h.app.busyInteraction = BusyInteraction(
            redraw: { app in script.frames.append((app.busy!, app.render(width: 80, height: 24))) },
            pollKey: { script.press(script.frames.last?.state) })
        return script
    }

    func open(_ h: Harness, _ files: ExchangeFiles) {
        h.press(.char(DeskArea.unitsPartners.shortcut), .tab)
        h.app.apply([.push(ImportScreen(kind: .partners, h.app.ctx, cwd: files.folder))])
        h.type("many.csv")
    }

    func testProgressBoxWhileCheckingAndImporting() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        try files.write("many.csv", Self.manyPartners())
        let script = scripted(h)
        open(h, files)
        h.press(.enter)
        XCTAssertEqual(script.frames.map(\.state.progress.phase).filter { $0 == .writing }, [], "a check does not write")
        let checking = try XCTUnwrap(script.frames.first { $0.state.progress == .init(phase: .checking, done: 4096, total: 9000) })
        Golden.check(checking.grid, "import-progress-80x24")
        XCTAssertNil(h.app.busy, "the box goes when the check ends")
        script.frames = []
        h.press(.char("y"))
        let percents = script.frames.map(\.state.percent)
        XCTAssertEqual(percents, percents.sorted(), "progress never goes back")
        XCTAssertEqual(percents.last, 100)
        XCTAssertTrue(script.frames.contains { $0.state.progress.phase == .writing && $0.grid.text.contains("写入 [") })
        XCTAssertTrue(script.frames.allSatisfy { $0.grid.text.contains("Esc 取消导入（不写入任何记录）") }, "the hint bar offers Esc")
        XCTAssertEqual(try h.db.partners().count, 9000)
        XCTAssertEqual(h.messageText, "已导入 9000 条共建方记录（many.csv），作为一次操作保存；按 u 可撤销")
    }

    func testEscWhileWritingCancelsAndWritesNothing() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        try files.write("many.csv", Self.manyPartners())
        let script = scripted(h)
        open(h, files)
        h.press(.enter)
        let journalBefore = try h.db.journal(limit: 10).map(\.sequence)
        var sent = false
        script.press = { state in
            // Esc once, when 4,096 rows are already inserted inside the transaction.
            guard !sent, let s = state, s.progress.phase == .writing, s.progress.done >= 4096 else { return nil }
            sent = true
            return .escape
        }
        h.press(.char("y"))
        XCTAssertTrue(sent)
        XCTAssertTrue(script.frames.contains { $0.state.cancelling && $0.grid.text.contains("正在取消") })
        XCTAssertEqual(try h.db.partners().count, 0, "the transaction rolled back")
        XCTAssertEqual(try h.db.journal(limit: 10).map(\.sequence), journalBefore, "no journal entry")
        let screen = try XCTUnwrap(h.app.top as? ImportScreen, "still on the import screen")
        XCTAssertEqual(screen.stage, .asking)
        XCTAssertEqual(screen.form.value("file"), "many.csv")
        XCTAssertEqual(h.messageText, "已取消导入，未写入任何记录")
        XCTAssertNil(h.app.busy)
        // The store is usable afterwards: the same file imports.
        script.press = { _ in nil }
        h.press(.enter, .char("y"))
        XCTAssertEqual(try h.db.partners().count, 9000)
    }

    func testEscDuringTheCheckStopsIt() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        try files.write("many.csv", Self.manyPartners())
        let script = scripted(h)
        var sent = false
        script.press = { _ in                 // Esc at the very first report
            defer { sent = true }
            return sent ? nil : .escape
        }
        open(h, files)
        h.press(.enter)
        XCTAssertEqual((h.app.top as? ImportScreen)?.stage, .asking)
        XCTAssertEqual(h.messageText, "已取消导入，未写入任何记录")
        XCTAssertLessThanOrEqual(script.frames.count, 1, "stopped at once")
    }
}
