import Foundation

/// Lets a caller watch a long import and cancel it: the CLI wires Ctrl-C to `cancel()`, the UI Esc.
///
/// The importer calls `checkpoint` every few thousand rows; after `cancel()` the next checkpoint
/// throws `ImportFailure.cancelled`, and since the store write is one transaction, nothing is kept.
/// Thread-safe: `cancel()` may be called from a signal handler's queue or another thread.
public final class ImportControl: @unchecked Sendable {
    /// What the import is doing when it reports progress.
    public enum Phase: String, Sendable {
        /// `duplicates`: the final duplicate check, row by row in file order, against the stored
        /// records and the earlier rows (talents; the other kinds check duplicates while checking).
        case reading, checking, duplicates, writing
    }

    public struct Progress: Sendable, Equatable {
        public var phase: Phase
        public var done: Int
        public var total: Int
        public init(phase: Phase, done: Int, total: Int) { self.phase = phase; self.done = done; self.total = total }
        /// 0…1 overall: reading 0–20 %, checking 20–40 %, duplicates 40–45 %, writing 45–100 %.
        public var fraction: Double {
            let part = total > 0 ? min(1, Double(done) / Double(total)) : 1
            switch phase {
            case .reading: return 0.2 * part
            case .checking: return 0.2 + 0.2 * part
            case .duplicates: return 0.4 + 0.05 * part
            case .writing: return 0.45 + 0.55 * part
            }
        }
    }

    private let lock = NSLock()
    private var cancelled = false
    private let onProgress: (@Sendable (Progress) -> Void)?

    /// `onProgress` runs on the importing thread; keep it cheap (it is called about every 4,096 rows).
    public init(onProgress: (@Sendable (Progress) -> Void)? = nil) {
        self.onProgress = onProgress
    }

    public func cancel() {
        lock.lock(); cancelled = true; lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return cancelled
    }

    /// Reports progress, then throws `ImportFailure.cancelled` if `cancel()` was called.
    public func checkpoint(_ phase: Phase, done: Int, total: Int) throws {
        onProgress?(Progress(phase: phase, done: done, total: total))
        if isCancelled { throw ImportFailure.cancelled }
    }
}
