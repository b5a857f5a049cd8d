import StationStore

/// A store command a screen asked the app loop to perform, and the way back to that screen.
/// Made with `Screen.run(_:then:)`; the app performs it (one store transaction), reloads what
/// changed, then hands the outcome to the screen that asked — found by identity, wherever it is in
/// the stack by then, not to whichever screen is on top.
public struct Job {
    /// The type of the screen that asked. When the app takes the job up, the asker is the nearest
    /// screen of this type from the top of the stack (a dialog above it, such as a confirmation,
    /// is passed over); nil for the app's own jobs (undo, redo).
    let asker: Any.Type?
    /// Performs the command; returns whether the store may have changed, and the reply.
    let perform: (App) -> Done

    struct Done {
        var changed: Bool
        /// Given the asking screen (nil for the app's own jobs), returns the effects that follow.
        var reply: (inout any Screen, Context) -> [Effect]
    }

    /// Put the screen as it now stands on the terminal before performing (see `Effect.drawingFirst`).
    var drawFirst = false
    init(asker: Any.Type?, perform: @escaping (App) -> Done) { self.asker = asker; self.perform = perform }
}

extension Effect {
    /// This job, performed only once the screen as it now stands is on the terminal: a keystroke
    /// whose command waits for the disk (a sheet's draft committed durably as a line is entered)
    /// is redrawn at once, and the commit still happens before the next key is read. Without a
    /// terminal (tests, benchmarks of the screen alone) it is performed as any job.
    public func drawingFirst() -> Effect {
        guard case .run(var job) = self else { return self }
        job.drawFirst = true
        return .run(job)
    }
}

extension Screen {
    /// Asks the app to perform `command` as the working user; `then` receives its outcome on this
    /// screen (as it is by then). Without `then`, a failure is shown on the message line.
    public func run<C: StoreCommand>(_ command: C,
                                     then done: @escaping (inout Self, Result<C.Outcome, Error>, Context) -> [Effect] = Self.showFailure)
        -> Effect {
        .run(Job(asker: Self.self) { app in
            let result = Result { try app.ctx.store.perform(command, by: app.ctx.user) }
            return Job.Done(changed: (try? result.get()) != nil) { screen, ctx in
                guard var me = screen as? Self else { return [] }
                let effects = done(&me, result, ctx)
                screen = me
                return effects
            }
        })
    }

    /// The default reply: nothing on success, the failure in plain words.
    public static func showFailure<T>(_ screen: inout Self, _ result: Result<T, Error>, _ ctx: Context) -> [Effect] {
        if case .failure(let error) = result { return [.error(ctx.catalog.describe(error))] }
        return []
    }
}
