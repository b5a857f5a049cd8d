import StationDomain

/// A screen is a state machine: it takes a `Key`, changes its own state and returns effects
/// for the app loop to perform (push a screen, run a store command, show a message...). It
/// reads the store through `Context` but never writes it directly: every write is a store command
/// it asks for with `run(_:then:)` (a `Job`), whose outcome comes back to it — so every write goes
/// through the store's one road and can be tested without a terminal.
public protocol Screen {
    /// This screen's part of the title-bar breadcrumb ("单位与共建方", a record's name).
    func title(_ ctx: Context) -> String
    /// The 5–8 keys that matter here, for the key-hint bar.
    func hints(_ ctx: Context) -> [Hint]
    /// Every key of this screen, for `?`.
    func help(_ ctx: Context) -> [Hint]
    /// Drawn on top of the screen below it (dialogs) rather than replacing it.
    var isOverlay: Bool { get }
    /// Holds typed input that would be lost (so quitting asks first).
    var hasUnsavedInput: Bool { get }
    /// Letter keys are text right now (a form field, a filter prompt): the app then does not
    /// treat q, Q, u, ? as commands.
    var capturesText: Bool { get }
    /// Handles a key; nil when the screen does not use it (the app then applies the global keys).
    mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]?
    /// Re-reads what it shows (the store changed), keeping the selection where possible.
    mutating func reload(_ ctx: Context)
    /// The stored tables (`TableSpec` names) whose changes this screen shows; the app reloads
    /// it only when one of them changed. nil (the default): reload on any change.
    var shownTables: Set<String>? { get }
    /// Selects the record `id` of `table` (just added or edited in a form above this screen);
    /// screens without such a record ignore it.
    mutating func reveal(table: String, id: Int64, _ ctx: Context)
    /// Draws the body into `area` of `grid` and sets `grid.cursor` to the selected row or field.
    mutating func render(into grid: inout Grid, area: Area, _ ctx: Context)
    /// Why a key that works elsewhere (a e d t h i x / s n N Space) does nothing here, in words
    /// for the message line; nil: the app's general sentence for that key.
    func whyNot(_ key: Key, _ ctx: Context) -> String?
}

extension Screen {
    public var isOverlay: Bool { false }
    public var hasUnsavedInput: Bool { false }
    public var capturesText: Bool { false }
    public mutating func reload(_ ctx: Context) {}
    public var shownTables: Set<String>? { nil }
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {}
    public func whyNot(_ key: Key, _ ctx: Context) -> String? { nil }
}

/// A rectangle of the grid given to a screen's body.
public struct Area: Equatable, Sendable {
    public var top: Int, left: Int, height: Int, width: Int
    public init(top: Int, left: Int, height: Int, width: Int) {
        self.top = top; self.left = left; self.height = height; self.width = width
    }
    public var bottom: Int { top + height }
}

/// A key and what it does, for the hint bar and the help screen.
public struct Hint: Equatable, Sendable {
    public var key: String
    public var text: String
    public init(_ key: String, _ text: String) { self.key = key; self.text = text }
}

/// What a screen asks the app loop to do.
public enum Effect {
    case push(any Screen)
    case pop
    /// Quit; asks first when a screen holds unsaved input.
    case quit
    case quitNow
    /// Perform a store command and hand its outcome to the screen that asked (`Screen.run`).
    case run(Job)
    /// Select this record in the screen then on top (after a form saved it and closed).
    case reveal(table: String, id: Int64)
    case message(String)
    case error(String)
}
