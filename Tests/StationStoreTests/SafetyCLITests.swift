import Foundation
import GRDB
import StationDomain
import XCTest
@testable import StationStore

/// Issue 10 through the real `stationdesk` binary, on real files and processes: a FIFO, /dev/full,
/// a symbolic link, a hard link, a file-size limit, umask 022, a re-hashed chain against an anchor,
/// and a second operating-system user made with `useradd` (skipped, saying so, where that is not
/// allowed). Commands run through `/bin/sh -c` so that a test can redirect or limit them; the
/// shell never ignores SIGXFSZ for them: the program must.
final class SafetyCLITests: StoreTestCase {
    struct Run { var status: Int32; var out: String; var err: String }

    var data: String { folder + "/data" }
    var store: String { data + "/stationdesk.sqlite" }

    func binary() throws -> String {
        let url = try HelperProcess.executable().deletingLastPathComponent().appendingPathComponent("stationdesk")
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw XCTSkip("stationdesk not built") }
        return url.path
    }

    /// Runs `script` in `sh`, with `$SD` the binary; the exit status is 128 + N when a signal N killed it.
    func sh(_ script: String, env extra: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        var env = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "SD": try binary(), "HOME": folder]
        env.merge(extra) { _, b in b }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let status = p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
        return Run(status: status, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// `stationdesk ARGS --data DATA`, arguments quoted for the shell, then `redirect`.
    func sd(_ args: [String], _ redirect: String = "", env: [String: String] = [:]) throws -> Run {
        try sh("\"$SD\" " + (args + ["--data", data]).map(quote).joined(separator: " ") + " " + redirect, env: env)
    }

    func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// A store made by `init`, with the sample units and talents imported.
    func initialised(samples: Bool = true) throws {
        let made = try sd(["init"])
        XCTAssertEqual(made.status, 0, made.err)
        guard samples else { return }
        let sample = Checkout.path + "/data/sample"
        for kind in ["units", "partners", "stations", "talents"] {
            let r = try sd(["import", kind, sample + "/\(kind).csv"])
            XCTAssertEqual(r.status, 0, r.err)
        }
    }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    func bytes(_ path: String) -> Data? { try? Data(contentsOf: URL(fileURLWithPath: path)) }

    // MARK: point 1

    func testExportAndReportRefuseEveryDangerousTargetInOneSentence() throws {
        try initialised()
        let fifo = folder + "/fifo", symbolic = folder + "/link.csv", a = folder + "/a.csv", b = folder + "/b.csv"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(symlink(folder + "/elsewhere.csv", symbolic), 0)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: a))
        XCTAssertEqual(link(a, b), 0)
        let c = folder + "/c.csv"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: c))
        let before = bytes(store)
        for (target, words) in [(store, "inside the data folder"), (store + "-journal", "inside the data folder"),
                                (fifo, "not a regular file but a FIFO"), (symbolic, "symbolic link"),
                                (b, "hard links"), ("/dev/full", "not a regular file but a device"),
                                (folder, "it is a folder"), (folder + "/none/x.csv", "does not exist"), (c, "add --force")] {
            for command in [["export", "units", "-o", target], ["report", "roster", "-o", target, "--share", Checkout.path + "/data"]] {
                let r = try sd(command, env: ["LANG": "en_US.UTF-8"])
                XCTAssertEqual(r.status, 1, "\(command): \(r.err)")
                let lines = r.err.split(separator: "\n")
                XCTAssertEqual(lines.count, 1, "one sentence: \(r.err)")
                XCTAssertTrue(r.err.contains("Did not write \(target): ") && r.err.contains(words), "\(command): \(r.err)")
                XCTAssertFalse(r.err.contains("NSCocoaErrorDomain"), r.err)
            }
        }
        XCTAssertEqual(bytes(store), before, "the store is untouched")
        XCTAssertEqual(bytes(a), Data("keep".utf8))
        XCTAssertEqual(bytes(c), Data("keep".utf8))
        var st = stat()
        XCTAssertEqual(lstat(fifo, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        XCTAssertEqual(lstat(symbolic, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        // --force replaces a regular file, keeping its mode.
        let six = folder + "/six.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: six))
        XCTAssertEqual(chmod(six, 0o600), 0)
        let forced = try sd(["export", "units", "-o", six, "--force"])
        XCTAssertEqual(forced.status, 0, forced.err)
        XCTAssertEqual(mode(six), 0o600)
        XCTAssertTrue(String(decoding: bytes(six) ?? Data(), as: UTF8.self).contains("name,uscc,kind,address,contact"))
    }

    // MARK: point 3

    func testAFullStandardStreamEndsInAMessageAndAFailureNotACrash() throws {
        try initialised()
        for (command, redirect) in [(["export", "talents"], "> /dev/full"), (["log"], "> /dev/full"),
                                    (["verify"], "> /dev/full"), (["user", "list"], "> /dev/full"),
                                    (["report", "roster", "--share", Checkout.path + "/data"], "> /dev/full")] {
            let r = try sd(command, redirect)
            XCTAssertEqual(r.status, 1, "\(command) \(redirect): \(r.err)")
            XCTAssertTrue(r.err.contains("标准输出写入失败：磁盘已满"), "\(command): \(r.err)")
        }
        // Standard error full too: nothing can be said, but the exit status still tells.
        let bad = folder + "/bad.csv"
        try Data("name,kind,city\n甲,nonsense,北京\n".utf8).write(to: URL(fileURLWithPath: bad))
        let both = try sd(["import", "partners", bad], "> /dev/full 2> /dev/full")
        XCTAssertEqual(both.status, 1, "a refused import with stderr full: exit 1, not a trap (132)")
        let log = try sd(["log"], "2> /dev/full")
        XCTAssertEqual(log.status, 0, "stdout fine, nothing to say on stderr: success")
    }

    func testAFileSizeLimitReadsAsTheDiskFullMessage() throws {
        try initialised()
        // 1 block of 512 bytes: the talents file is far larger. No `trap '' XFSZ` here.
        let out = folder + "/talents.csv"
        let export = try sh("ulimit -f 1; exec \"$SD\" export talents -o \(quote(out)) --data \(quote(data))")
        XCTAssertEqual(export.status, 1, "exit 1, not killed by SIGXFSZ (153): \(export.err)")
        XCTAssertTrue(export.err.contains("磁盘已满（或超出文件大小限制）"), export.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "no partial file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".talents") }, [])
        let piped = try sh("ulimit -f 1; exec \"$SD\" export talents --data \(quote(data)) > \(quote(folder + "/stdout.csv"))")
        XCTAssertEqual(piped.status, 1, piped.err)
        XCTAssertTrue(piped.err.contains("标准输出写入失败：磁盘已满"), piped.err)
        let backup = folder + "/backup.sqlite"
        let b = try sh("ulimit -f 8; exec \"$SD\" backup \(quote(backup)) --data \(quote(data))")
        XCTAssertEqual(b.status, 1, b.err)
        XCTAssertTrue(b.err.contains("备份失败：磁盘已满") && b.err.contains("没有留下任何文件") && b.err.contains("数据库本身未受影响"), b.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: backup), "no 0-byte backup left")
        // The store itself past the limit: the import says the disk is full and writes nothing.
        var rows = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<5_000 { rows += "限额\(i),G,柳州某某虚构商店,2025-06-01,,备注：用来超过文件大小限制的文字\n" }
        let big = folder + "/big.csv"
        try Data(rows.utf8).write(to: URL(fileURLWithPath: big))
        let size = (try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int) ?? 0
        let before = try AppDatabase.openExisting(folder: data, access: .read).talentCount()
        let imported = try sh("ulimit -f \((size + 16_384) / 512); exec \"$SD\" import talents \(quote(big)) --data \(quote(data))")
        XCTAssertEqual(imported.status, 1, "exit 1, not SIGXFSZ: \(imported.err)")
        XCTAssertTrue(imported.err.contains("磁盘已满"), imported.err)
        XCTAssertEqual(try AppDatabase.openExisting(folder: data, access: .read).talentCount(), before)
    }

    // MARK: point 5

    func testVerifyPrintsTheHeadAndAnAnchorCatchesARewrittenHistory() throws {
        try initialised()
        let verify = try sd(["verify"])
        XCTAssertEqual(verify.status, 0, verify.err)
        let head = try XCTUnwrap(try AppDatabase.openExisting(folder: data, access: .read).chainHead())
        XCTAssertTrue(verify.out.contains("链头（最新一条）：#\(head.sequence) \(head.hash)"), verify.out)
        let anchors = folder + "/anchors.txt"
        let anchored = try sd(["anchor", anchors])
        XCTAssertEqual(anchored.status, 0, anchored.err)
        XCTAssertTrue((String(data: bytes(anchors) ?? Data(), encoding: .utf8) ?? "").hasPrefix("\(head.sequence) \(head.hash) "))
        XCTAssertEqual(try sd(["verify", "--anchor", anchors]).status, 0)
        let inside = try sd(["anchor", data + "/anchors.txt"])
        XCTAssertEqual(inside.status, 1)
        XCTAssertTrue(inside.err.contains("数据目录"), inside.err)
        let backup = folder + "/b.sqlite"
        let b = try sd(["backup", backup])
        XCTAssertEqual(b.status, 0, b.err)
        XCTAssertTrue(b.out.contains("第\(head.sequence)条，链头哈希 \(head.hash)"), b.out)
        let b2 = try sd(["backup", folder + "/b2.sqlite", "--anchor", anchors])
        XCTAssertEqual(b2.status, 0, b2.err)
        XCTAssertEqual(try AnchorFile.read(anchors).map(\.head), [head, head], "backup --anchor appended the copy's head")

        // Entry 2's user changed to another login and the chain re-hashed from there.
        try StoreTampering.rehash(store, from: 2, "UPDATE journal_entry SET user = 'mallory' WHERE sequence = 2")
        XCTAssertEqual(try sd(["verify"]).status, 0, "the forgery holds together on its own")
        let caught = try sd(["verify", "--anchor", anchors])
        XCTAssertEqual(caught.status, 1, caught.out)
        XCTAssertTrue(caught.out.contains("anchors.txt:1") && caught.out.contains("历史被改写"), caught.out)
    }

    // MARK: point 6

    func testOnlyInitCreatesAStoreAndInitChangesNothingOnAnExistingOne() throws {
        for command in [["log"], ["verify"], ["undo"], ["export", "units"], ["user", "list"], ["backup", folder + "/b.sqlite"],
                        ["import", "units", Checkout.path + "/data/sample/units.csv", "--dry-run"]] {
            let r = try sd(command)
            XCTAssertEqual(r.status, 1, "\(command)")
            XCTAssertTrue(r.err.contains("没有数据库：\(store) 不存在。请用 stationdesk init 创建"), "\(command): \(r.err)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: data), "\(command) made nothing")
        }
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: store, contents: Data())
        for command in [["log"], ["verify"], ["init"]] {
            let r = try sd(command)
            XCTAssertEqual(r.status, 1, "\(command)")
            XCTAssertTrue(r.err.contains("是一个空文件，不是数据库"), "\(command): \(r.err)")
        }
        XCTAssertEqual(bytes(store), Data(), "the empty file was not migrated")
        try FileManager.default.removeItem(atPath: store)
        try initialised(samples: false)
        let before = bytes(store), folderMode = mode(data)
        let again = try sd(["init", "--group", "users"])
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertTrue(again.out.contains("数据库已存在") && again.out.contains("未做任何改动"), again.out)
        XCTAssertEqual(bytes(store), before)
        XCTAssertEqual(mode(data), folderMode, "--group on an existing store changed nothing either")
        XCTAssertEqual(mode(store), 0o600)
    }

    func testUnderUmask022TheStoreAndEveryLaterFileArePrivate() throws {
        let made = try sh("umask 022; exec \"$SD\" init --data \(quote(data))")
        XCTAssertEqual(made.status, 0, made.err)
        XCTAssertEqual(mode(data), 0o700)
        XCTAssertEqual(mode(store), 0o600)
        let imported = try sh("umask 022; exec \"$SD\" import units \(quote(Checkout.path + "/data/sample/units.csv")) --data \(quote(data))")
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertEqual(mode(store + "-journal"), 0o600)
        let exported = try sh("umask 022; exec \"$SD\" export units -o \(quote(folder + "/u.csv")) --data \(quote(data))")
        XCTAssertEqual(exported.status, 0, exported.err)
        XCTAssertEqual(mode(folder + "/u.csv"), 0o600)
        XCTAssertEqual(try sh("umask 022; exec \"$SD\" backup \(quote(folder + "/b.sqlite")) --data \(quote(data))").status, 0)
        XCTAssertEqual(mode(folder + "/b.sqlite"), 0o600)
    }

    func testInitGroupSharesTheFolderAndStoreWithTheGroup() throws {
        let made = try sh("umask 077; exec \"$SD\" init --group users --data \(quote(data))")
        XCTAssertEqual(made.status, 0, made.err)
        XCTAssertTrue(made.out.contains("用户组 users 的成员可读写"), made.out)
        XCTAssertEqual(mode(data), 0o2770)
        XCTAssertEqual(mode(store), 0o660)
        var st = stat()
        XCTAssertEqual(stat(store, &st), 0)
        XCTAssertEqual(st.st_gid, 100)
        let unknown = try sd(["init", "--group", "no-such-group-x"], "")
        XCTAssertEqual(unknown.status, 0, "an existing store: nothing changed, the group not even looked up")
        let fresh = try sh("exec \"$SD\" init --group no-such-group-x --data \(quote(folder + "/other"))")
        XCTAssertEqual(fresh.status, 1)
        XCTAssertTrue(fresh.err.contains("没有名为 no-such-group-x 的用户组"), fresh.err)
    }

    /// A second account on the machine: without a user record it is refused even for reading;
    /// given one in a group store whose folder it may only read, reads work and writes say why not.
    func testASecondOperatingSystemUser() throws {
        let name = "sdtest\(getpid() % 100_000)"
        guard StoreTampering.tool("/usr/sbin/useradd", ["-M", "-N", "-g", "users", "-s", "/bin/sh", name]) == 0,
              let pw = getpwnam(name) else {
            throw XCTSkip("useradd is not allowed here: the second-user checks need an account to switch to")
        }
        defer { _ = StoreTampering.tool("/usr/sbin/userdel", [name]) }
        let uid = pw.pointee.pw_uid
        XCTAssertEqual(chmod(folder, 0o755), 0)   // the test's own folder, so the account can reach data/
        func asOther(_ args: [String]) throws -> Run {
            try sh("exec setpriv --reuid=\(uid) --regid=100 --init-groups \"$SD\" " + (args + ["--data", data]).map(quote).joined(separator: " "))
        }
        // A private store: the account cannot even open the folder.
        try initialised(samples: false)
        let privateRead = try asOther(["log"])
        XCTAssertEqual(privateRead.status, 1)
        XCTAssertFalse(privateRead.out.contains("first-admin"), "nothing of the journal leaked")
        try FileManager.default.removeItem(atPath: data)

        // A group store: readable by the account, but it has no user record.
        XCTAssertEqual(try sd(["init", "--group", "users"]).status, 0)
        XCTAssertEqual(try sd(["import", "units", Checkout.path + "/data/sample/units.csv"]).status, 0)
        for command in [["log"], ["export", "units"], ["verify"], ["user", "list"]] {
            let r = try asOther(command)
            XCTAssertEqual(r.status, 1, "\(command)")
            XCTAssertTrue(r.err.contains("登录用户 \(name) 在数据库") && r.err.contains("没有用户记录"), "\(command): \(r.err)")
            XCTAssertEqual(r.out, "", "nothing printed")
        }
        // With a record, in a folder and store it may only read: reads work, a write says why it cannot.
        XCTAssertEqual(try sd(["user", "add", name, "--roles", "clerk"]).status, 0)
        XCTAssertEqual(chmod(data, 0o2750), 0)
        XCTAssertEqual(chmod(store, 0o640), 0)
        let log = try asOther(["log"])
        XCTAssertEqual(log.status, 0, "a read on a read-only folder reads: \(log.err)")
        XCTAssertTrue(log.out.contains("user-add"), log.out)
        let undo = try asOther(["import", "partners", Checkout.path + "/data/sample/partners.csv"])
        XCTAssertEqual(undo.status, 1)
        XCTAssertTrue(undo.err.contains("当前用户只能读取数据库") && !undo.err.contains("写入失败"), undo.err)

        // The terminal program too: a store the other account made, opened by this login (in a
        // pseudo-terminal from `script`), is refused before any screen is drawn.
        let theirs = folder + "/theirs"
        XCTAssertEqual(mkdir(theirs, 0o777), 0)
        XCTAssertEqual(chmod(theirs, 0o777), 0)
        let made = try sh("exec setpriv --reuid=\(uid) --regid=100 --init-groups \"$SD\" init --data \(quote(theirs + "/data"))")
        XCTAssertEqual(made.status, 0, made.err)
        let me = LoginIdentity.current()
        let tui = try sh("TERM=xterm script -qec \(quote("\"$SD\" --data " + quote(theirs + "/data"))) /dev/null")
        XCTAssertNotEqual(tui.status, 0)
        XCTAssertTrue(tui.out.contains("登录用户 \(me) 在数据库") && tui.out.contains("没有用户记录"), tui.out)
        XCTAssertFalse(tui.out.contains("主菜单"), "no screen drawn")
    }

    // MARK: point 7

    func testControlCharactersAreRefusedOnTheWayInAndEscapedOnTheWayOut() throws {
        try initialised(samples: false)
        let before = bytes(store)
        let login = try sd(["user", "add", "ev\u{1B}[2Jil", "--roles", "clerk"])
        XCTAssertEqual(login.status, 1)
        XCTAssertTrue(login.err.contains("登录名：含有控制字符 U+001B"), login.err)
        XCTAssertFalse(login.err.contains("\u{1B}"), "the refusal itself escapes it")
        let named = try sd(["user", "add", "bob", "--roles", "clerk", "--name", "Bob\u{1B}]0;T\u{07}"])
        XCTAssertEqual(named.status, 1)
        XCTAssertTrue(named.err.contains("显示名：含有控制字符 U+001B"), named.err)
        let file = folder + "/evil\u{1B}]0;x\u{07}.csv"
        try Data("name,kind,city\n北大,university,北京\n".utf8).write(to: URL(fileURLWithPath: file))
        let imported = try sd(["import", "partners", file])
        XCTAssertEqual(imported.status, 1)
        XCTAssertTrue(imported.err.contains("evil\\x1B]0;x\\x07.csv") && !imported.err.contains("\u{1B}"), imported.err)
        XCTAssertEqual(bytes(store), before, "nothing stored")

        // Text that got in some other way (an older stationdesk, the sqlite3 shell) is printed escaped.
        try StoreTampering.behindTheTriggers(store) { db in
            try db.execute(sql: "UPDATE journal_entry SET summary = 'x\u{1B}[2Jy\u{202E}z' WHERE sequence = 1")
            try db.execute(sql: "UPDATE app_user SET display_name = 'Bob\u{1B}]0;T\u{07}'")
        }
        let log = try sd(["log"])
        XCTAssertTrue(log.out.contains("x\\x1B[2Jy\\u202Ez"), log.out)
        let list = try sd(["user", "list"])
        XCTAssertTrue(list.out.contains("Bob\\x1B]0;T\\x07"), list.out)
        for output in [log.out, log.err, list.out, list.err] {
            XCTAssertFalse(output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, output)
        }
    }

    // MARK: points 9 and 10

    func testAHeaderOnlyFileImportsNothingThroughTheBinary() throws {
        try initialised()
        let entries = try AppDatabase.openExisting(folder: data, access: .read).journalCount()
        let empty = folder + "/empty.csv"
        try Data("name,category,employer,introduced_on,station,note\r\n".utf8).write(to: URL(fileURLWithPath: empty))
        let r = try sd(["import", "talents", empty])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("没有数据行，未导入任何记录"), r.err)
        XCTAssertFalse(r.out.contains("撤销") || r.err.contains("undo"), r.out + r.err)
        XCTAssertEqual(try AppDatabase.openExisting(folder: data, access: .read).journalCount(), entries)
    }

    func testMessagesSayWhatReallyHappened() throws {
        try initialised(samples: false)
        let dir = try sd(["import", "units", folder])
        XCTAssertEqual(dir.status, 1)
        XCTAssertTrue(dir.err.contains("这是一个文件夹，不是 CSV 文件") && !dir.err.contains("NSCocoaErrorDomain"), dir.err)
        var utf32: [UInt8] = [0xFF, 0xFE, 0, 0]
        for s in "name,kind,city\n".unicodeScalars { withUnsafeBytes(of: s.value.littleEndian) { utf32 += $0 } }
        try Data(utf32).write(to: URL(fileURLWithPath: folder + "/u32.csv"))
        let u = try sd(["import", "partners", folder + "/u32.csv"])
        XCTAssertTrue(u.err.contains("UTF-32") && !u.err.contains("UTF-16"), u.err)
    }
}

/// The repository checkout (for data/ and the sample files).
enum Checkout {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}
