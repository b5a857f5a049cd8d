#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the data folder (holding `stationdesk.sqlite`) is: `--data DIR`, else `$STATIONDESK_DATA`,
/// else `$XDG_DATA_HOME/stationdesk`, else `~/.local/share/stationdesk`. Every command uses this.
public enum DataLocation {
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["STATIONDESK_DATA"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/stationdesk" }
        return home(environment) + "/.local/share/stationdesk"
    }

    private static func home(_ environment: [String: String]) -> String {
        if let h = environment["HOME"], !h.isEmpty { return h }
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
        return "."
    }
}
