import Foundation

/// Work started on another thread (a big list's rows read and prepared) whose result the
/// screen takes when it is ready: `ready` without waiting (at each render: the terminal
/// redraws at least every 250 ms), `wait()` when a key needs it now. The work must touch no
/// screen state: it gets its inputs as values and returns one.
final class Background<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let v = work()
            lock.lock(); value = v; lock.unlock()
            done.signal()
        }
    }

    /// The result, if the work has finished.
    var ready: T? {
        lock.lock(); defer { lock.unlock() }
        return value
    }

    /// Waits for the result.
    func wait() -> T {
        if let v = ready { return v }
        done.wait()
        done.signal()   // any later wait returns at once
        return ready!
    }
}
