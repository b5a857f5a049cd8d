import Foundation
import StationDomain
import StationExchange

/// Where a typed file path points, and the default name of an export. Pure but for
/// `currentDirectory` (the process's working directory, read when a file is asked for).
public enum ExchangePath {
    /// The working directory the program was started in: relative paths start there.
    public static var currentDirectory: String { FileManager.default.currentDirectoryPath }

    /// `typed` made absolute: `~` and `~/…` are the home folder, a relative path starts at `cwd`.
    public static func resolve(_ typed: String, cwd: String = currentDirectory,
                               home: String = NSHomeDirectory()) -> String {
        if typed == "~" { return home }
        if typed.hasPrefix("~/") { return home + typed.dropFirst(1) }
        if typed.hasPrefix("/") { return typed }
        return cwd.hasSuffix("/") ? cwd + typed : cwd + "/" + typed
    }

    /// "./units-2026-11-27.csv": the kind and the day, in the working directory.
    public static func defaultExport(_ kind: ImportKind, on day: CivilDate) -> String {
        "./\(kind.rawValue)-\(day).csv"
    }
}
