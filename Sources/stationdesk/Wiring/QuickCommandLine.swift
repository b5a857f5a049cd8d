import ArgumentParser
import StationDomain
import StationExchange
import StationTerminal
import StationUI

/// The command lines people type all day — the terminal program (`stationdesk [open] …`),
/// `import`, `undo`, `redo` and `log` — read by hand, without ArgumentParser.
///
/// Why: ArgumentParser finds a command's options by reflection (`Mirror`, dynamic casts), and in
/// this statically linked binary each first conformance look-up of a type scans all ~7,200
/// conformance records. callgrind (issue 15): parsing `import partners one.csv` cost 18.6 M
/// instructions, twice the whole of Taskwarrior's `task add`; by hand it costs next to nothing.
///
/// Safety: only a command line whose every word is recognised here is taken; anything else (an
/// unknown or repeated option, `-h` on a subcommand, `--opt=` forms with an empty value, a missing
/// argument, a mistake) returns nil and goes to ArgumentParser, which parses it and words any error
/// as always. `QuickCommandLineTests` parses samples both ways and compares every property.
enum QuickCommandLine {
    /// The command for `arguments` (without the program name), or nil to let ArgumentParser decide.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] { return RootHelp() }
        var words = Words(arguments)
        switch words.peek {
        case nil: return open(&words)
        case "open": words.drop(); return open(&words)
        case "import": words.drop(); return importFile(&words)
        case "undo": words.drop(); return location(&words).map { var c = UndoCommand(); c.location = $0; return c }
        case "redo": words.drop(); return location(&words).map { var c = RedoCommand(); c.location = $0; return c }
        case "log": words.drop(); return log(&words)
        case let w? where w.hasPrefix("--") && w != "--help": return open(&words)
        default: return nil
        }
    }

    /// `stationdesk --help`: ArgumentParser's own help text for the root, without parsing first
    /// (the parse alone reflected over every option of the default subcommand).
    struct RootHelp: ParsableCommand {
        func run() throws { throw CleanExit.helpRequest(Stationdesk.self) }
    }

    private static func open(_ words: inout Words) -> OpenCommand? {
        guard let location = words.take(option: "--data", "--share", "--lang"), let theme = words.value("--theme"),
              let actAs = words.value("--as"),
              let demo = words.flag("--demo"), let wide = words.flag("--ambiguous-wide"),
              words.isEmpty, let options = options(location) else { return nil }
        var c = OpenCommand()
        c.location = options
        c.demo = demo
        c.ambiguousWide = wide
        c.actAs = actAs
        // Absent: the user's stored preference decides (TUILaunch); a wrong word goes to ArgumentParser.
        if let theme, Theme(rawValue: theme) == nil { return nil }
        c.theme = theme.flatMap(Theme.init(rawValue:))
        return c
    }

    private static func importFile(_ words: inout Words) -> ImportCommand? {
        guard let location = words.take(option: "--data", "--share", "--lang"), let dryRun = words.flag("--dry-run"),
              let options = options(location) else { return nil }
        let positional = words.positional()
        guard words.isEmpty, positional.count == 2, let kind = ImportKind(rawValue: positional[0]) else { return nil }
        var c = ImportCommand()
        c.kind = kind
        c.file = positional[1]
        c.dryRun = dryRun
        c.location = options
        return c
    }

    private static func log(_ words: inout Words) -> LogCommand? {
        guard let location = words.take(option: "--data", "--share", "--lang"), let limit = words.value("--limit"),
              let changes = words.flag("--changes"), words.isEmpty, let options = options(location) else { return nil }
        var c = LogCommand()
        c.location = options
        c.changes = changes
        if let limit {
            guard let n = Int(limit) else { return nil }
            c.limit = n
        } else {
            c.limit = 20
        }
        return c
    }

    private static func location(_ words: inout Words) -> DataOptions? {
        guard let location = words.take(option: "--data", "--share", "--lang"), words.isEmpty else { return nil }
        return options(location)
    }

    /// `--data`, `--share`, `--lang` (an unknown language: nil, so ArgumentParser words the error).
    private static func options(_ values: [String?]) -> DataOptions? {
        var o = DataOptions()
        o.data = values[0]
        o.share = values[1]
        o.lang = nil
        if let text = values[2] {
            guard let l = Language(rawValue: text) else { return nil }
            o.lang = l
        }
        return o
    }

    /// The words after the subcommand, consumed as they are recognised.
    struct Words {
        private var rest: [String]
        init(_ arguments: [String]) { rest = arguments }

        var peek: String? { rest.first }
        var isEmpty: Bool { rest.isEmpty }
        mutating func drop() { rest.removeFirst() }

        /// The value of each option in `names` (nil when absent); nil overall when one is given
        /// twice or without a value, or its value looks like an option.
        mutating func take(option names: String...) -> [String?]? {
            var values: [String?] = []
            for name in names {
                guard let v = value(name) else { return nil }
                values.append(v)
            }
            return values
        }

        /// `.some(nil)` when absent, `.some(value)` for `--name VALUE` or `--name=VALUE`, nil when malformed.
        mutating func value(_ name: String) -> String?? {
            var found: String?
            var i = 0
            while i < rest.count {
                let w = rest[i]
                if w == "--" { return nil }
                if w == name {
                    guard found == nil, i + 1 < rest.count, !rest[i + 1].hasPrefix("-") else { return nil }
                    found = rest[i + 1]
                    rest.removeSubrange(i...(i + 1))
                    continue
                }
                if w.hasPrefix(name + "=") {
                    let v = String(w.dropFirst(name.count + 1))
                    guard found == nil, !v.isEmpty, !v.hasPrefix("-") else { return nil }
                    found = v
                    rest.remove(at: i)
                    continue
                }
                i += 1
            }
            return .some(found)
        }

        /// Whether `--name` is given (once); nil when it is given twice or with a value.
        mutating func flag(_ name: String) -> Bool? {
            let hits = rest.indices.filter { rest[$0] == name || rest[$0].hasPrefix(name + "=") }
            guard hits.count <= 1 else { return nil }
            guard let i = hits.first else { return false }
            guard rest[i] == name else { return nil }
            rest.remove(at: i)
            return true
        }

        /// Every remaining word that is not an option; nil-free: any `-x` word stays behind, so
        /// `isEmpty` then fails and the line goes to ArgumentParser.
        mutating func positional() -> [String] {
            let taken = rest.filter { !$0.hasPrefix("-") }
            rest.removeAll { !$0.hasPrefix("-") }
            return taken
        }
    }
}
