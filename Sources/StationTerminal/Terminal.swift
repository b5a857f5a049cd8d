import CNCursesw
import StationUI
#if canImport(Glibc)
import Glibc
#endif

/// The thin ncursesw driver: sets the terminal up (UTF-8 locale, short escape delay, raw keys,
/// no flow control, colours per theme), copies each rendered `Grid` to the screen — only the
/// cells that changed — with the real cursor on the selected row or field, turns `get_wch`
/// results into `Key`s, and restores the terminal on every way out (normal exit, Ctrl-C,
/// SIGTERM, SIGHUP, crash signals). All curses calls happen on the calling thread.
public final class Terminal {
    public private(set) var theme: Theme
    private let noColor: Bool
    private var pairs: [Style: Int16] = [:]
    private var previous: Grid?
    private var started = false
    /// How long `get_wch` waits before the app may poll the store for changes.
    public var pollMilliseconds: Int32 = 250

    /// `noColor` (NO_COLOR set) forces the mono theme.
    public init(theme: Theme, noColor: Bool) {
        self.theme = noColor ? .mono : theme
        self.noColor = noColor
    }

    /// Switches to the theme a user chose in 设置 (NO_COLOR still means mono) and redraws.
    private func switchTheme(_ name: String) {
        guard !noColor, let t = Theme(rawValue: name), t != theme else { return }
        theme = t
        pairs = [:]
        setupColors()
        previous = nil
    }

    /// Makes the C library use a UTF-8 locale: the environment's when it is UTF-8, else C.UTF-8;
    /// throws when neither is available (ncursesw would silently drop Chinese otherwise).
    public static func prepareLocale() throws {
        setlocale(LC_ALL, "")
        if isUTF8() { return }
        let found = String(cString: sd_codeset())
        if setlocale(LC_ALL, "C.UTF-8") != nil, isUTF8() { return }
        throw TerminalError.needsUTF8Locale(found)
    }

    private static func isUTF8() -> Bool {
        let c = String(cString: sd_codeset()).uppercased()
        return c == "UTF-8" || c == "UTF8"
    }

    /// Throws unless standard input and output are a terminal (checked before anything is
    /// created, so a mistaken run in a pipe leaves no trace).
    public static func requireTerminal() throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
    }

    /// Enters curses mode. Throws when stdin is not a terminal or TERM is unusable.
    public func start() throws {
        try Terminal.requireTerminal()
        setenv("ESCDELAY", "25", 0)
        guard newterm(nil, stdout, stdin) != nil else {
            throw TerminalError.cannotStart(getenv("TERM").map { String(cString: $0) } ?? "?")
        }
        started = true
        sd_install_signal_handlers()
        set_escdelay(25)
        raw()
        noecho()
        nonl()
        sd_ixon_off()
        keypad(sd_stdscr(), true)
        timeout(pollMilliseconds)
        setupColors()
        previous = nil
    }

    /// Leaves curses mode, restoring the terminal. Safe to call twice.
    public func stop() {
        guard started else { return }
        started = false
        endwin()
    }

    private func setupColors() {
        guard theme != .mono, has_colors() else { return }
        start_color()
        use_default_colors()
        var next: Int16 = 1
        for style in Style.allCases {
            guard let (fg, bg) = theme.colors(style) else { continue }
            init_pair(next, fg, bg)
            pairs[style] = next
            next += 1
        }
    }

    /// Current terminal size in cells.
    public var size: (width: Int, height: Int) { (Int(sd_cols()), Int(sd_lines())) }

    /// Copies `grid` to the screen, writing only cells that differ from the last drawn grid,
    /// then places the cursor. Cost: O(cells) compare, O(changed cells) curses calls.
    public func draw(_ grid: Grid) {
        if let p = previous, p == grid { return }   // nothing changed since the last draw
        let full = previous == nil || previous!.width != grid.width || previous!.height != grid.height
        if full { erase() }
        var overlay = AmbiguousOverlay()
        for row in 0..<grid.height {
            for col in 0..<grid.width {
                let cell = grid[row, col]
                if grid.ambiguousWide && AmbiguousOverlay.needs(cell) {
                    // Always rewritten: curses may have overwritten it while updating its blanks.
                    let blank = Cell(text: " ", style: cell.style, width: 1)
                    put(blank, row: row, col: col)
                    if col + 1 < grid.width { put(blank, row: row, col: col + 1) }
                    overlay.add(row: row, col: col, cell: cell)
                    continue
                }
                if !full, previous![row, col] == cell { continue }
                if cell.isContinuation { continue }
                // Writing the bottom-right cell returns ERR (the cursor cannot advance) but the
                // cell is drawn; ncurses does not scroll stdscr unless scrollok is set.
                put(cell, row: row, col: col)
            }
        }
        if let c = grid.cursor {
            curs_set(1)
            move(Int32(c.row), Int32(c.col))
        } else {
            curs_set(0)
        }
        refresh()
        overlay.write(theme: theme, pairs: pairs)
        previous = grid
    }

    private func put(_ cell: Cell, row: Int, col: Int) {
        var wide: [wchar_t] = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        if wide.isEmpty { wide = [32] }
        wide.append(0)
        let attrs = theme.attributes(cell.style)
        let pair = pairs[cell.style] ?? 0
        _ = sd_put_cluster(Int32(row), Int32(col), wide, attrs, pair)
    }

    /// Forgets what is on the screen so the next `draw` repaints everything (resize, Ctrl-L).
    public func invalidate() {
        previous = nil
        clearok(sd_stdscr(), true)
    }

    /// What `readKey` returns.
    public enum Input: Equatable {
        case key(Key)
        case resize
        case timeout
    }

    /// Waits up to `pollMilliseconds` for a key.
    public func readKey() -> Input {
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == ERR { return .timeout }
        if r == KEY_CODE_YES {
            if Int32(ch) == KEY_RESIZE { return .resize }
            return KeyMapper.function(Int32(ch)).map(Input.key) ?? .timeout
        }
        return KeyMapper.character(UInt32(ch)).map(Input.key) ?? .timeout
    }

    /// Runs `app` until it quits: draw, wait for a key (or a poll tick), hand it over, repeat.
    /// The terminal is restored when this returns, whatever the app did. `afterFirstDraw` runs
    /// once the first screen is on the terminal (the executable starts its warm-up there).
    public func run(_ app: App, afterFirstDraw: (() -> Void)? = nil) throws {
        try start()
        defer { stop() }
        app.busyInteraction = busyInteraction()
        var firstDrawn = afterFirstDraw
        while !app.quitting {
            if let t = app.takeThemeRequest() { switchTheme(t) }
            let (w, h) = size
            draw(app.render(width: w, height: h))
            if let first = firstDrawn { firstDrawn = nil; first() }
            switch readKey() {
            case .timeout: app.tick()
            case .resize: invalidate()
            case .key(.ctrl("l")): invalidate()
            case .key(let k): app.handle(k)
            }
        }
    }
}
