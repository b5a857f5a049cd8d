import XCTest
@testable import StationDomain

/// The byte parser that finds a policy file's unknown keys (it replaced a Decodable cascade that
/// cost most of the terminal program's start-up).
final class JSONValueTests: XCTestCase {
    func testParsesEveryKindWithEscapes() {
        let text = #"{"a": [1, -2.5e3, true, false, null, "x\"y\\z\/\n\u00e9\ud83d\ude00"], "b": {"c": {}}, "长": "政策"}"#
        XCTAssertEqual(JSONValue.parse(text.utf8), .object([
            "a": .array([.number(1), .number(-2500), .bool(true), .bool(false), .null, .string("x\"y\\z/\né😀")]),
            "b": .object(["c": .object([:])]),
            "长": .string("政策"),
        ]))
    }

    func testRefusesWhatIsNotJSON() {
        for text in ["", "{", "{\"a\" 1}", "[1,]x", "tru", "\"open", "{} {}"] {
            XCTAssertNil(JSONValue.parse(text.utf8), text)
        }
    }

    func testUnknownKeysByPath() throws {
        let given = try XCTUnwrap(JSONValue.parse(#"{"forms": [{"scaleto": 100, "name": "A"}], "extra": null, "cap": 3}"#.utf8))
        let known = try XCTUnwrap(JSONValue.parse(#"{"forms": [{"scaleTo": 100, "name": "A"}], "cap": 3}"#.utf8))
        XCTAssertEqual(given.unknownKeys(comparedWith: known), ["forms[0].scaleto"])
    }
}
