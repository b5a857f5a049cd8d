import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange
#if canImport(Glibc)
import Glibc
#endif

/// A store that refuses the write (here: a full disk, made with RLIMIT_FSIZE as the store's own
/// fault tests do) reaches the importer's caller as the store's typed `StoreError`, not as text,
/// and leaves the store as it was.
final class ImportStoreErrorTests: XCTestCase {
    let user = StoreFixture.user

    func testAFullDiskReachesTheCallerAsStoreErrorDiskFullAndWritesNothing() throws {
        let db = try StoreFixture.seeded()
        let talents = try db.talentCount(), entries = try db.journalCount()
        var text = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<20_000 { text += "满盘\(i),G,柳州某某虚构商店,2025-06-01,,备注：用来让导入写满磁盘的文字\n" }
        let path = try StoreFixture.file(text)
        let size = try FileManager.default.attributesOfItem(atPath: db.path)[.size] as! Int
        let error = Self.withFileSizeLimit(size + 65_536) { () -> Error? in
            do { _ = try Importer.run(.talents, path: path, into: db, by: user); return nil } catch { return error }
        }
        guard case StoreError.diskFull? = error as? StoreError else {
            return XCTFail("expected StoreError.diskFull, got \(String(describing: error))")
        }
        XCTAssertEqual(try db.talentCount(), talents, "nothing was written")
        XCTAssertEqual(try db.journalCount(), entries)
        XCTAssertTrue(try db.verify().isIntact)
        // With room again, the same file goes in.
        XCTAssertEqual(try Importer.run(.talents, path: path, into: db, by: user).count, 20_000)
    }

    /// Runs `body` with this process's files unable to grow beyond `limit` bytes (SIGXFSZ ignored,
    /// so a write past it fails with EFBIG as on a full disk); restores the limit afterwards.
    static func withFileSizeLimit<T>(_ limit: Int, _ body: () -> T) -> T {
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        #else
        let resource = RLIMIT_FSIZE
        #endif
        var old = rlimit()
        getrlimit(resource, &old)
        let oldHandler = signal(SIGXFSZ, SIG_IGN)
        var limited = old
        limited.rlim_cur = rlim_t(limit)
        setrlimit(resource, &limited)
        defer {
            setrlimit(resource, &old)
            signal(SIGXFSZ, oldHandler)
        }
        return body()
    }
}
