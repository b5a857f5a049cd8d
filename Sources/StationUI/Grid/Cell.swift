/// One terminal cell: a grapheme cluster and its style. A double-width character occupies its
/// cell and the cell to its right, which is a continuation cell (`isContinuation`, empty text).
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style
    /// 1 or 2 for a lead cell; 0 for the right half of a wide character.
    public var width: UInt8

    public init(text: String = " ", style: Style = .normal, width: UInt8 = 1) {
        self.text = text; self.style = style; self.width = width
    }

    public var isContinuation: Bool { width == 0 }

    public static let blank = Cell()
    static func continuation(_ style: Style) -> Cell { Cell(text: "", style: style, width: 0) }
}
