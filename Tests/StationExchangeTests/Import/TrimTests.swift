import StationDomain
import XCTest
@testable import StationExchange

final class TrimTests: XCTestCase {
    func testSpacesSpreadsheetsLeaveAreRemovedOnlyAtTheEnds() {
        XCTAssertEqual(Trim.spaces("  张三 \t"), "张三")
        XCTAssertEqual(Trim.spaces("\u{3000}李 四\u{00A0}"), "李 四")
        XCTAssertEqual(Trim.spaces("   "), "")
        XCTAssertEqual(Trim.spaces(""), "")
        XCTAssertEqual(Trim.spaces("王五"), "王五")
    }

    func testImportedValuesAreTrimmedButNotesKeptAsWritten() throws {
        let text = "name,category,employer,introduced_on,station,note\n 赵六\u{3000},A , 某店 , 2024-06-01 ,, 保留 空格 \n"
        guard case .talents(let t) = try Sample.check(text, as: .talents).get() else { return XCTFail() }
        XCTAssertEqual(t.first?.name, "赵六")
        XCTAssertEqual(t.first?.employer, "某店")
        XCTAssertEqual(t.first?.note, " 保留 空格 ")
    }

    func testTalentKeyComparesByBytes() {
        let a = Talent(name: "张三", category: nil, employer: "某店", introducedOn: CivilDate("2024-01-01")!, stationId: 1)
        var b = a
        XCTAssertEqual(TalentKey(a), TalentKey(b))
        XCTAssertEqual(Set([TalentKey(a), TalentKey(b)]).count, 1)
        b.stationId = 2
        XCTAssertNotEqual(TalentKey(a), TalentKey(b))
        b = a; b.employer = "某店 "
        XCTAssertNotEqual(TalentKey(a), TalentKey(b))
    }
}
