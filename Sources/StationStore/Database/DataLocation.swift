#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the data folder (holding `stationdesk.sqlite`) is: `--data DIR`, else `$STATIONDESK_DATA`,
/// else `$XDG_DATA_HOME/stationdesk`, else `~/.local/share/stationdesk`. Every command uses this.
public enum DataLocation {
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        resolve(explicit: explicit) { environment[$0] }
    }

    /// The same, reading the process's environment variables one by one (`getenv`): building
    /// `ProcessInfo.processInfo.environment` costs ~0.8 M instructions, a tenth of a command line call.
    public static func resolve(explicit: String?) -> String {
        resolve(explicit: explicit) { getenv($0).map { String(cString: $0) } }
    }

    private static func resolve(explicit: String?, _ variable: (String) -> String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = variable("STATIONDESK_DATA"), !env.isEmpty { return env }
        if let xdg = variable("XDG_DATA_HOME"), !xdg.isEmpty { return xdg + "/stationdesk" }
        return home(variable) + "/.local/share/stationdesk"
    }

    private static func home(_ variable: (String) -> String?) -> String {
        if let h = variable("HOME"), !h.isEmpty { return h }
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
        return "."
    }
}
