import Foundation

/// A value made on first use, once, from whichever thread asks first (the others wait for it).
/// The terminal program defers the data tables its first screen does not show — the pinyin table
/// (≈ 140 M instructions to parse), the working-day calendar — so that screen is drawn before
/// they are read (issue 15); the executable then warms them on a background thread.
public final class Deferred<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?
    private var make: (() -> Value)?

    public init(_ make: @escaping () -> Value) { self.make = make }

    /// A value that is already there.
    public init(value: Value) { made = value }

    /// The value, made now if nobody asked before.
    public var value: Value {
        lock.lock(); defer { lock.unlock() }
        if let made { return made }
        let v = make!()
        made = v
        make = nil
        return v
    }

    /// Whether the value has been made (for tests and the warm-up).
    public var isMade: Bool {
        lock.lock(); defer { lock.unlock() }
        return made != nil
    }
}
