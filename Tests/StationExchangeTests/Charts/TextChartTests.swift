import StationDomain
import XCTest
@testable import StationExchange

final class TextChartTests: XCTestCase {
    func testBarsScaleToTheLargestAndLineUpChineseLabels() {
        let chart = TextChart(width: 30)
        let lines = chart.bars([.init("A", 8), .init("不合格", 2), .init("B", 0)])
        // label width 6 ("不合格"), number width 1: room = 30 - 6 - 1 - 3 = 20 cells.
        XCTAssertEqual(lines, [
            "A      │████████████████████ 8",
            "不合格 │█████ 2",
            "B      │ 0",
        ])
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 30) }
    }

    func testEighthBlocksShowRemainders() {
        let lines = TextChart(width: 14).bars([.init("x", 16), .init("y", 1)])
        // room = 14 - 1 - 2 - 3 = 8 cells = 64 eighths; 1/16 of that is 4 eighths.
        XCTAssertEqual(lines, ["x │████████ 16", "y │▌ 1"])
    }

    func testAmbiguousWideUsesASCII() {
        let lines = TextChart(width: 20, ambiguousWide: true).bars([.init("甲", 4, note: "C级"), .init("乙", 2)])
        XCTAssertEqual(lines, ["甲 |########## 4 C级", "乙 |##### 2"])
    }

    func testLongLabelsAreCutAndEveryLineFitsEightyColumns() {
        let name = "西部虚构材料科学研究院·北方虚构交通大学柳州新材料联合人才工作站"
        let lines = TextChart().bars([.init(name, 33, note: "A"), .init("短", 3)])
        XCTAssertTrue(lines[0].hasPrefix("西部虚构材料科学研究院·北方… │"), lines[0])
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, line) }
        XCTAssertEqual(DisplayWidth.of(lines[0]), 80)
    }

    func testGroupsShareOneScale() {
        let lines = TextChart(width: 23).groups([
            .init("2023年", [.init("A", 4), .init("B", 2)]),
            .init("2024年", [.init("A", 2), .init("B", 0)]),
        ])
        XCTAssertEqual(lines, [
            "2023年",
            "  A │████████████████ 4",
            "  B │████████ 2",
            "2024年",
            "  A │████████ 2",
            "  B │ 0",
        ])
    }

    func testSparkline() {
        let chart = TextChart()
        XCTAssertEqual(chart.sparkline([0, 1, 4, 8]), "▁▂▅█")
        XCTAssertEqual(chart.sparkline([]), "")
        XCTAssertEqual(TextChart(ambiguousWide: true).sparkline([0, 8, 4]), " #=")
    }

    func testSparkTableForTalentsPerStationPerYear() {
        let lines = TextChart(width: 60).sparkTable(rows: [("华东站", [12, 31, 22]), ("长三角虚构站", [0, 11, 20])], firstYear: 2022)
        XCTAssertEqual(lines, [
            "华东站       │▄█▆│ 2022–2024 · 12 31 22 · 共65",
            "长三角虚构站 │▁▅█│ 2022–2024 · 0 11 20 · 共31",
        ])
    }
}
