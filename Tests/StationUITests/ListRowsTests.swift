import XCTest
@testable import StationUI

/// Rows kept by column (`ListRows`) read back exactly as the arrays they were made from.
final class ListRowsTests: XCTestCase {
    func testRowsReadBackAsGivenRaggedOnesToo() {
        let given = [["张三", "A", "柳州某某公司"], [], ["李四"], ["王五", "", "x", "y"]]
        let rows = ListRows(given)
        XCTAssertEqual(Array(rows), given)
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows.width(ofRow: 3), 4)
        XCTAssertEqual(rows.cell(0, 2), "柳州某某公司")
        XCTAssertEqual(rows.cell(2, 1), "", "a shorter row reads empty past its end")
        XCTAssertEqual(rows.cell(3, 3), "y")
        var built = ListRows()
        built.reserve(rows: 4, cells: 8)
        for row in given { built.append(row) }
        XCTAssertEqual(built, rows)
        XCTAssertTrue(ListRows().isEmpty)
        // Appending after `finish` (its indexes dropped) keeps each value once.
        built.finish()
        built.append(["李四", "A"])
        XCTAssertEqual(Array(built), given + [["李四", "A"]])
        // Each column as distinct values and a value per row: the same cells, each value once.
        for c in 0..<5 {
            let column = ColumnValues(built, column: c)
            XCTAssertEqual(column.valueOf.map { column.values[Int($0)] }, built.indices.map { built.cell($0, c) }, "column \(c)")
            XCTAssertEqual(Set(column.values).count, column.values.count, "column \(c)")
        }
    }
}
