#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import StationDomain
import StationExchange
import StationStore
import StationUI

/// Everything the command line prints goes through here, so that:
/// - text the program did not write itself (names, logins, file names, cells) can never drive the
///   terminal: control, zero-width and bidirectional characters are shown as escapes
///   (`TextRules.printable`), whole messages keeping their line breaks;
/// - a write that fails — standard output on a full disk (`> /dev/full`), a file-size limit, a
///   closed pipe end — is never silent: `finish()` flushes, and on failure says so on standard
///   error (when that still works) and the process exits non-zero. Nothing here traps
///   (`FileHandle.write(_:)` does on failure; this uses C stdio, whose errors are checked).
/// - a file-size limit (`ulimit -f`) reads as the disk-full message instead of killing the
///   process: SIGXFSZ is ignored, so the write fails with EFBIG.
enum Output {
    /// Standard error could not be written at least once.
    nonisolated(unsafe) private static var errorStreamFailed = false
    /// errno of the first failed write to standard output (stdio reports it at the write that
    /// flushed its buffer, not at the end).
    nonisolated(unsafe) private static var outputError: Int32?

    /// Call first: SIGXFSZ ignored, so exceeding RLIMIT_FSIZE is an error (EFBIG), not a silent death.
    static func prepare() {
        signal(SIGXFSZ, SIG_IGN)
    }

    /// English when asked for (`--lang en`, or LC_ALL / LC_MESSAGES / LANG starting with `en`); else Chinese.
    static let english: Bool = {
        let args = CommandLine.arguments
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count { return args[i + 1] == "en" }
        if let a = args.first(where: { $0.hasPrefix("--lang=") }) { return a == "--lang=en" }
        let env = ProcessInfo.processInfo.environment
        let locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("en")
    }()

    /// The language in use, and the catalog that words every message of the lower layers in it.
    static var language: Language { english ? .en : .zh }
    static var catalog: Catalog { Catalog(language) }

    /// The message in the language in use.
    static func pick(_ zh: String, _ en: String) -> String { english ? en : zh }

    /// One line of text on standard output, made safe to print.
    static func line(_ text: String) {
        let safe = TextRules.printable(text, keepLineBreaks: true) + "\n"
        if fputs(safe, stdout) < 0, outputError == nil { outputError = errno }
    }

    /// Bytes on standard output as they are (a CSV file, a report).
    static func raw(_ data: Data) {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return }
            if fwrite(base, 1, raw.count, stdout) < raw.count, outputError == nil { outputError = errno }
        }
    }

    /// One message on standard error, `stationdesk: ` first, made safe to print.
    static func error(_ text: String) {
        let safe = "stationdesk: " + TextRules.printable(text, keepLineBreaks: true) + "\n"
        if fputs(safe, stderr) < 0 || fflush(stderr) != 0 { errorStreamFailed = true }
    }

    /// Writes progress and other terminal-only text on standard error as it is (our own escapes).
    static func errorRaw(_ text: String) {
        if fputs(text, stderr) < 0 || fflush(stderr) != 0 { errorStreamFailed = true }
    }

    /// Flushes standard output; when it or standard error failed, says so (on standard error, if
    /// it still works) and returns the exit status to use, else nil.
    static func finish() -> Int32? {
        let flushed = fflush(stdout) == 0
        if !flushed, outputError == nil { outputError = errno }
        if outputError != nil || ferror(stdout) != 0 {
            let code = outputError ?? EIO
            let reason = String(cString: strerror(code))
            let full = code == ENOSPC || code == EFBIG || code == EDQUOT
            error(full
                ? pick("标准输出写入失败：磁盘已满（或超出文件大小限制），输出不完整。", "could not write standard output: the disk is full (or the file-size limit was reached); the output is incomplete.")
                : pick("标准输出写入失败：\(reason)，输出不完整。", "could not write standard output: \(reason); the output is incomplete."))
            return 1
        }
        return errorStreamFailed ? 1 : nil
    }

    /// A failure in the language in use, worded by the catalog (`Catalog.describe`: refusals, the
    /// store's and the exports' errors, the text rules), as the terminal program words it.
    static func message(for error: Error) -> String {
        Catalog(english ? .en : .zh).describe(error)
    }
}
