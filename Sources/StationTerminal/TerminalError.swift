/// Why the terminal could not be used, in words a person can act on.
public enum TerminalError: Error, CustomStringConvertible {
    case needsUTF8Locale(String)
    case notATerminal
    case cannotStart(String)

    public var description: String {
        switch self {
        case .needsUTF8Locale(let found):
            return "需要 UTF-8 区域设置，当前为 \(found)；请设置 LANG=C.UTF-8 (stationdesk needs a UTF-8 locale, found \(found); set LANG=C.UTF-8)"
        case .notATerminal:
            return "标准输入不是终端 (standard input is not a terminal; run stationdesk in a terminal, or use a subcommand)"
        case .cannotStart(let term):
            return "无法打开终端 TERM=\(term) (cannot open the terminal TERM=\(term); check TERM)"
        }
    }
}
