import StationStore
#if canImport(Glibc)
import Glibc
#endif

/// Writes one line to standard output as `print` does, without `print`'s dynamic casts of its
/// `Any` arguments: the first `print` of a value in a process looks its type's conformances up
/// (~1.2 M instructions for an import report, a tenth of a one-row import; issue 15).
func printLine(_ text: String) {
    var line = text
    line.append("\n")
    line.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
}

/// Stores this process opened stay open until it exits. Closing one costs GRDB a NotificationCenter
/// look-up (~0.8 M instructions, issue 15) and gains nothing: every command is durable at its
/// commit, and the system releases the file and its locks when the process ends.
enum OpenStores {
    static var kept: [AppDatabase] = []

    static func keep(_ db: AppDatabase) -> AppDatabase {
        kept.append(db)
        return db
    }
}
