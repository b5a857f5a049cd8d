import GRDB
import StationDomain

extension AppDatabase {
    /// For benchmarks only: appends `count` ordinary one-record commands (each re-saving one
    /// partner's contact) through the same writer and hash chain, `batch` commands per
    /// transaction so that a store with 10⁶ entries can be made in seconds rather than the
    /// half hour one fsync per entry would take. The entries are real and `verify` checks them.
    public func appendBenchmarkEntries(_ count: Int, by user: String, batch: Int = 20_000) throws {
        let partner = try save(Partner(name: "bench-\(user)", kind: .park, city: "上海"), replacing: nil, by: user)
        var done = 0
        while done < count {
            let n = min(batch, count - done)
            try transaction { db in
                for i in 0..<n {
                    _ = try JournalAppender.append(db, user: user, command: "partner-edit", kind: .command) { writer in
                        var p = partner
                        p.contact = "c\(done + i)"
                        writer.summary = "修改共建方 (partner) \(p.name)"
                        try writer.update(p)
                    }
                }
            }
            done += n
        }
    }
}
