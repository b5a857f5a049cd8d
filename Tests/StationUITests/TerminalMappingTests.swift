import XCTest
import CNCursesw
import StationUI
@testable import StationTerminal

/// The pure parts of the curses driver: key translation and themes (the rest is exercised by
/// the end-to-end tests in a real terminal).
final class TerminalMappingTests: XCTestCase {
    func testCharactersBecomeKeys() {
        XCTAssertEqual(KeyMapper.character(27), .escape)
        XCTAssertEqual(KeyMapper.character(13), .enter)
        XCTAssertEqual(KeyMapper.character(10), .enter)
        XCTAssertEqual(KeyMapper.character(9), .tab)
        XCTAssertEqual(KeyMapper.character(127), .backspace)
        XCTAssertEqual(KeyMapper.character(18), .ctrl("r"))
        XCTAssertEqual(KeyMapper.character(3), .ctrl("c"))
        XCTAssertEqual(KeyMapper.character(17), .ctrl("q"), "Ctrl-Q reaches the program (IXON off)")
        XCTAssertEqual(KeyMapper.character(0x67F3), .char("柳"), "a whole code point from get_wch")
        XCTAssertEqual(KeyMapper.character(0x41), .char("A"))
        XCTAssertNil(KeyMapper.character(0x1C))
    }

    func testFunctionKeysBecomeKeys() {
        XCTAssertEqual(KeyMapper.function(KEY_UP), .up)
        XCTAssertEqual(KeyMapper.function(KEY_NPAGE), .pageDown)
        XCTAssertEqual(KeyMapper.function(KEY_BTAB), .backTab)
        XCTAssertEqual(KeyMapper.function(KEY_DC), .delete)
        XCTAssertEqual(KeyMapper.function(sd_key_f(2)), .function(2))
        XCTAssertNil(KeyMapper.function(KEY_MOUSE))
    }

    func testMonoThemeHasNoColourButEveryImportantStyleStillShows() {
        for style in Style.allCases { XCTAssertNil(Theme.mono.colors(style), "\(style)") }
        let plain = Theme.mono.attributes(.normal)
        for style: Style in [.selected, .error, .titleBar, .hintBar, .header, .field, .activeField] {
            XCTAssertNotEqual(Theme.mono.attributes(style), plain, "\(style) must show without colour")
        }
        XCTAssertNotEqual(Theme.mono.attributes(.field), Theme.mono.attributes(.activeField))
    }

    func testNoColorForcesMono() {
        XCTAssertEqual(Terminal(theme: .light, noColor: true).theme, .mono)
        XCTAssertEqual(Terminal(theme: .light, noColor: false).theme, .light)
    }
}
