import XCTest
@testable import StationStore

/// Every store's chain depends on exactly these bytes being hashed: the hashes of a fixed entry
/// are pinned (taken from stores written before the hasher's buffers changed, issue 15), with
/// few changes (digested in one piece) and with more than one 32 KiB piece of them.
final class JournalHasherTests: XCTestCase {
    func hash(changes: Int) -> String {
        var hasher = JournalHasher()
        for i in 0..<changes {
            hasher.add(table: "partner", rowId: Int64(i), before: i % 3 == 0 ? nil : "{\"id\":\(i),\"name\":\"旧名\"}",
                       after: "{\"id\":\(i),\"name\":\"新名\"}")
        }
        return hasher.finish(JournalHasher.Header(previousHash: String(repeating: "ab", count: 32), sequence: 7, kind: "command",
                                                  user: "alice", time: "2026-12-01 10:00:00.000+08:00", command: "partner-edit",
                                                  summary: "修改共建方 (partner) 甲", undoes: nil, redoes: 3))
    }

    func testHashesArePinned() {
        XCTAssertEqual(hash(changes: 1), "ab244203947b99e7a2d4226fd6533c5c01322ddd07bdd778e113eee9741afd56")
        XCTAssertEqual(hash(changes: 2_000), "03d9717013e225aebbfdc61879c2a1778aa66bcf480c3d6cb7e024a5fb2d8fc7")
    }

    /// A reset hasher hashes the next entry exactly as a fresh one does (verify reuses one).
    func testResetHasherEqualsAFreshOne() {
        var reused = JournalHasher()
        for i in 0..<3_000 { reused.add(table: "unit", rowId: Int64(i), before: nil, after: "x") }
        reused.reset()
        reused.add(table: "partner", rowId: 0, before: nil, after: "{\"id\":0,\"name\":\"新名\"}")
        let header = JournalHasher.Header(previousHash: String(repeating: "ab", count: 32), sequence: 7, kind: "command",
                                          user: "alice", time: "2026-12-01 10:00:00.000+08:00", command: "partner-edit",
                                          summary: "修改共建方 (partner) 甲", undoes: nil, redoes: 3)
        XCTAssertEqual(reused.finish(header), hash(changes: 1))
    }
}
