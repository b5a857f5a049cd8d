import Foundation
import StationExchange

extension Screen {
    /// Asks the app to check (`job.dryRun`) or import a CSV file (StationExchange's `ImportFile`
    /// command) with a progress box; `then` receives the report on this screen.
    public func runImport(_ job: ImportJob,
                          then done: @escaping (inout Self, Result<ImportReport, Error>, Context) -> [Effect]) -> Effect {
        .run(Job(asker: Self.self) { app in
            let result = app.performImport(job)
            let changed = (try? result.get()).map { !$0.dryRun && $0.count > 0 } ?? false
            return Job.Done(changed: changed) { screen, ctx in
                guard var me = screen as? Self else { return [] }
                let effects = done(&me, result, ctx)
                screen = me
                return effects
            }
        })
    }
}

extension App {
    /// Runs an import (or its dry run) on this thread, the loop's: the importer reports progress
    /// every few thousand rows, and at each report the app redraws its progress box and reads
    /// waiting keys through `busyInteraction` (Esc or Ctrl-C cancel; the import then rolls back
    /// and writes nothing). Without an interaction (a test that does not script one) it simply runs.
    func performImport(_ job: ImportJob) -> Result<ImportReport, Error> {
        let watcher = ImportWatcher(app: self, title: ctx.catalog.busyTitle(job))
        defer { busy = nil }
        return Result {
            try Importer.run(job.kind, path: job.path, fileName: job.fileName, into: ctx.store, by: ctx.user,
                             dryRun: job.dryRun, control: watcher.control)
        }
    }

    /// The progress box over the body: what runs, a bar with the phase and percent, the rows done,
    /// and how to cancel; the hint bar then offers only Esc. ASCII bar, so it reads in mono and
    /// with `--ambiguous-wide` alike.
    func drawBusy(_ b: BusyState, into grid: inout Grid, body: Area) {
        let c = ctx.catalog
        // The screen behind is cleared: the box is all there is to read while the import runs.
        for row in body.top..<body.bottom { grid.fill(row: row, col: body.left, count: body.width, style: .normal) }
        let inner = min(body.width - 8, 64)
        let left = body.left + (body.width - inner - 2) / 2
        let top = body.top + max(1, body.height / 2 - 3)
        grid.box(top: top, left: left, height: 6, width: inner + 2)
        grid.put(b.title, row: top + 1, col: left + 2, limit: inner - 2, style: .header)
        let phase = grid.pad(c.phaseName(b.progress.phase), to: 4)
        let percent = "\(b.percent)%"
        let barWidth = max(10, inner - 4 - grid.measure(phase) - 1 - 2 - 5)
        let filled = b.percent * barWidth / 100
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
        let line = phase + " " + bar + " " + percent
        grid.put(line, row: top + 2, col: left + 2, limit: inner - 2)
        let status = b.cancelling ? c.busyCancelling : c.busyRows(b.progress)
        grid.put(status, row: top + 3, col: left + 2, limit: inner - 2, style: b.cancelling ? .error : .dim)
        grid.put(c.busyCancelHint, row: top + 4, col: left + 2, limit: inner - 2, style: .dim)
        let hintRow = grid.height - 1
        grid.fill(row: hintRow, style: .hintBar)
        let used = grid.put("Esc", row: hintRow, col: 1, style: .hintKey)
        grid.put(c.keyCancelImport, row: hintRow, col: 2 + used, style: .hintBar)
        grid.cursor = (top + 2, left + 2 + grid.measure(phase) + 1 + 1 + filled)
    }
}

/// Turns the importer's progress reports into the app's progress box and Esc into a cancel.
/// Reports come from one thread at a time (the importer's, or the first of its two parsing or
/// checking threads) while the loop's thread waits for the import; the lock keeps them in order.
final class ImportWatcher: @unchecked Sendable {
    private let app: App
    private let title: String
    private let lock = NSLock()
    private var drawn: (phase: ImportControl.Phase, percent: Int)?
    private var cancelling = false
    private(set) var control: ImportControl!

    init(app: App, title: String) {
        self.app = app
        self.title = title
        control = ImportControl(onProgress: { [weak self] in self?.report($0) })
    }

    private func report(_ progress: ImportControl.Progress) {
        lock.lock(); defer { lock.unlock() }
        guard let io = app.busyInteraction else { return }
        // Keys typed meanwhile are read (at most a screenful of them: a paste must not stall the
        // import); only Esc and Ctrl-C mean something now.
        for _ in 0..<64 {
            guard let key = io.pollKey() else { break }
            if key == .escape || key == .ctrl("c") { cancelling = true; control.cancel() }
        }
        let state = BusyState(title: title, progress: progress, cancelling: cancelling)
        app.busy = state
        // Redraw only when what the box shows changes: at most about 300 draws per import.
        if drawn?.phase != progress.phase || drawn?.percent != state.percent || cancelling {
            drawn = (progress.phase, state.percent)
            io.redraw(app)
        }
    }
}
