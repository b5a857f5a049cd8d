import Foundation

/// The steps the end-to-end tests share on a terminal running stationdesk: starting it, and
/// filtering a list. Each wait is for the final screen of its step, never for a frame an
/// earlier keystroke draws too.
extension TmuxTerminal {
    /// What every run of the program gets (`env -i`): a terminal type, a home, a path and — unless
    /// `lang` is nil, as on a server without a locale — the C.UTF-8 locale.
    static func environment(lang: String? = "C.UTF-8") -> [String: String] {
        var env = ["TERM": "tmux-256color", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"]
        if let lang { env["LANG"] = lang }
        return env
    }

    /// The built stationdesk started with `arguments` in a `width`×`height` terminal, returned once
    /// `ready` shows (the home screen's 主菜单; nil: at once).
    static func stationdesk(_ arguments: [String], width: Int = 80, height: Int = 24, lang: String? = "C.UTF-8",
                            ready: String? = "主菜单") throws -> TmuxTerminal {
        let t = try TmuxTerminal([try Binary.stationdesk()] + arguments, environment: environment(lang: lang),
                                 width: width, height: height)
        if let ready { try t.waitFor(text: ready) }
        return t
    }

    /// Types `/` and `query` on the list in view (replacing a filter kept from before) and waits
    /// until the whole query stands on the filter line and the list shows `shown` rows (nil: any
    /// number) of `total` (nil: any). A half-typed query can leave the same count, so the count is
    /// read only beside the whole query. Typing goes on: Enter ends it, the filter kept and the
    /// first row selected. Returns that screen.
    @discardableResult
    func filter(_ query: String, shown: Int? = 1, of total: Int? = nil) throws -> String {
        try type("/")
        try press("C-u")
        try type(query)
        let count = [shown.map { "\($0)" } ?? "n", total.map { "\($0)" } ?? "N"].joined(separator: " / ")
        return try waitFor("“\(query)” on the filter line, \(count) rows") { screen in
            guard screen.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "筛选： \(query)" }),
                  let rows = Self.rows(screen) else { return false }
            return (shown == nil || rows.shown == shown) && (total == nil || rows.total == total)
        }
    }

    /// Filters the list to the one row `query` matches (`filter`) and ends typing: that row is
    /// selected, the filter kept.
    func pick(_ query: String, of total: Int? = nil) throws {
        try filter(query, shown: 1, of: total)
        try press("Enter")
    }

    /// The count on a list's status line: "共 N 条" (all N shown) or "n / N 条".
    static func rows(_ screen: String) -> (shown: Int, total: Int)? {
        for line in screen.split(separator: "\n") {
            if let r = line.range(of: #"共 \d+ 条"#, options: .regularExpression), let n = Int(line[r].dropFirst(2).dropLast(2)) {
                return (n, n)
            }
            if let r = line.range(of: #"\d+ / \d+ 条"#, options: .regularExpression) {
                let parts = line[r].split(separator: " ")
                if let n = Int(parts[0]), let total = Int(parts[2]) { return (n, total) }
            }
        }
        return nil
    }
}
