import StationDomain
import XCTest
@testable import StationExchange

final class DateTextTests: XCTestCase {
    func testFormsSpreadsheetsWrite() throws {
        let expected = CivilDate(year: 2024, month: 3, day: 5)!
        for text in ["2024-03-05", "2024-3-5", "2024/3/5", "2024/03/05", "2024.3.5", "2024年3月5日"] {
            XCTAssertEqual(try DateText.parse(text).get(), expected, text)
        }
    }

    func testDaysThatDoNotExist() {
        XCTAssertEqual(DateText.parse("2023-02-29"), .failure(.noSuchDay(year: 2023, month: 2, day: 29)))
        XCTAssertEqual(DateText.parse("2024/13/1"), .failure(.noSuchDay(year: 2024, month: 13, day: 1)))
        XCTAssertEqual(DateText.parse("2024年4月31日"), .failure(.noSuchDay(year: 2024, month: 4, day: 31)))
        XCTAssertEqual(try DateText.parse("2024-02-29").get(), CivilDate(year: 2024, month: 2, day: 29))
    }

    func testShapesThatAreNotDates() {
        for text in ["", "2024", "24/3/5", "2024-3/5", "2024年3月5", "2024-03-05 00:00", "三月五日", "2024--5", "20240305"] {
            XCTAssertEqual(DateText.parse(text), .failure(.notADate), text)
        }
    }
}
