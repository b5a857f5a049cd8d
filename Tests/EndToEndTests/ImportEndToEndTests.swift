import Foundation
import XCTest

/// CSV import from the terminal UI in a real terminal: the progress box is drawn while the import
/// runs on the loop's thread, Esc typed meanwhile reaches it and cancels, writing nothing; the same
/// file then imports as one step.
final class ImportEndToEndTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "stationdesk-e2e-import-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func start() throws -> TmuxTerminal { try TmuxTerminal.stationdesk(["--data", folder + "/store"]) }

    func testProgressAndEscInARealTerminal() throws {
        // Enough rows that writing lasts a while in a debug build (seconds), so Esc lands during it.
        var text = "name,kind,city,contact\n"
        for i in 1...100_000 { text += "端到端共建方\(i),university,北京,\n" }
        let file = folder + "/partners.csv"
        try text.write(toFile: file, atomically: true, encoding: .utf8)

        var t = try start()
        try t.type("7")
        try t.waitFor(text: "[设站单位]")
        try t.press("Tab")
        try t.waitFor(text: "[共建方]")
        try t.type("i")
        try t.waitFor(text: "F2 Enter 检查文件")
        try t.type(file)
        try t.press("Enter")
        try t.waitFor(text: "检查通过，未写入；按 y 导入 100000 条", timeout: 120)
        try t.type("y")
        try t.waitFor(text: "写入 [", timeout: 120)
        try t.press("Escape")
        // Both in one frame: the message can be drawn before the form's hint bar is, and a capture
        // between the two used to fail this test under load.
        let cancelled = try t.waitFor("cancelled, back on the form", timeout: 120) {
            $0.contains("已取消导入，未写入任何记录") && $0.contains("F2 Enter 检查文件")
        }
        XCTAssertFalse(cancelled.contains("写入 ["), "the progress bar is gone:\n\(cancelled)")
        try t.press("C-q")                     // the form takes letters as text
        XCTAssertEqual(try t.waitForExit(), "0")

        t = try start()
        try t.type("7")
        try t.waitFor(text: "[设站单位]")
        try t.press("Tab")
        try t.waitFor(text: "还没有记录", timeout: 30)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }
}
