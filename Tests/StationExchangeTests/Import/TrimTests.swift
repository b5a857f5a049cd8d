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

    /// The byte check before decoding gives the same answer as trimming by scalars, for texts made
    /// of the spaces and characters whose UTF-8 begins or ends with the same bytes (U+3000 begins
    /// with E3 like ア, ends with 80 like 一; U+00A0 ends with A0 like 蠠).
    func testByteShortcutAgreesWithTrimmingByScalars() {
        func reference(_ text: String) -> String {
            var scalars = Array(text.unicodeScalars)
            while let f = scalars.first, Trim.isSpace(f) { scalars.removeFirst() }
            while let l = scalars.last, Trim.isSpace(l) { scalars.removeLast() }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars)
            return String(out)
        }
        let alphabet = [" ", "\t", "\u{A0}", "\u{3000}", "ア", "一", "蠠", "a", "张", "\u{C2}", "\u{80}", "é", ","]
        var state: UInt64 = 15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<20_000 {
            let text = (0..<next(7)).map { _ in alphabet[next(alphabet.count)] }.joined()
            XCTAssertEqual(Trim.spaces(text), reference(text), text.debugDescription)
        }
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
