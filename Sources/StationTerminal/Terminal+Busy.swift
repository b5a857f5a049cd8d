import CNCursesw
import StationUI

extension Terminal {
    /// What a long command (an import) uses to stay responsive on this thread: redraw the app,
    /// and read a key already typed without waiting (curses' timeout 0 for that one read).
    /// A resize met meanwhile repaints everything at the next redraw.
    func busyInteraction() -> BusyInteraction {
        BusyInteraction(
            redraw: { [unowned self] app in
                let (w, h) = self.size
                self.draw(app.render(width: w, height: h))
            },
            pollKey: { [unowned self] in
                timeout(0)
                defer { timeout(self.pollMilliseconds) }
                switch self.readKey() {
                case .key(let k): return k
                case .resize: self.invalidate(); return nil
                case .timeout: return nil
                }
            })
    }
}
