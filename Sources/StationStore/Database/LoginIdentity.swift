#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is at the keyboard: the operating-system login of the real user id (several people share
/// one server over ssh; roles are records in the store, keyed by this name).
public enum LoginIdentity {
    /// The login name of `getuid()` from the password database; `uid<N>` when it has no entry.
    public static func current() -> String {
        let uid = getuid()
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(uid)"
    }
}
