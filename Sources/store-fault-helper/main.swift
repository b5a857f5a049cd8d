// A helper the store's fault tests spawn as separate processes (tests/StationStoreTests/Fault*).
//
//   store-fault-helper write FOLDER USER COUNT [FSIZE_LIMIT_BYTES]
//       runs COUNT commands as USER, each inserting one partner named "USER-i"; after each commit
//       prints "done i" and flushes, so a parent that kills it knows which commands were confirmed.
//       With FSIZE_LIMIT_BYTES, sets RLIMIT_FSIZE first (SIGXFSZ ignored) to simulate a full disk;
//       a failing command prints "error <StoreError description>" and the helper carries on with
//       one more read to show the store is still usable, printing "usable <partner count>".
//
//   store-fault-helper approve …   two processes racing for a round's last place (Approve.swift)
//   store-fault-helper step …   any procedure step, for races at the line and at the agreement (Step.swift)
//   store-fault-helper reference …   deleting a partner while another adds a station using it (Reference.swift)
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StationDomain
import StationStore

setvbuf(stdout, nil, _IOLBF, 0)
let args = CommandLine.arguments
if args.count > 1 && args[1] == "approve" { ApproveMode.run(args) }
if args.count > 1 && args[1] == "step" { StepMode.run(args) }
if args.count > 1 && args[1] == "reference" { ReferenceMode.run(args) }
guard args.count >= 5, args[1] == "write", let count = Int(args[4]), count > 0 else {
    Helper.fail("usage: store-fault-helper write FOLDER USER COUNT [FSIZE_LIMIT_BYTES]")
}
let folder = args[2], user = args[3]
if args.count >= 6, let limit = UInt64(args[5]) {
    signal(SIGXFSZ, SIG_IGN)
    var rl = rlimit(rlim_cur: rlim_t(limit), rlim_max: rlim_t(limit))
    #if canImport(Glibc)
    let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
    #else
    let resource = RLIMIT_FSIZE
    #endif
    if setrlimit(resource, &rl) != 0 { Helper.fail("setrlimit failed") }
}
do {
    let db = try AppDatabase.open(folder: folder)
    for i in 1...count {
        do {
            try db.save(Partner(name: "\(user)-\(i)", kind: .university, city: "杭州",
                                contact: String(repeating: "联系", count: 50)), replacing: nil, by: user)
            print("done \(i)")
        } catch let error as StoreError {
            print("error \(error.description.split(separator: "\n").first ?? "")")
            let n = try db.partners().count
            print("usable \(n)")
            exit(3)
        }
    }
} catch {
    print("error \(error)")
    exit(2)
}

enum Helper {
    /// Says what went wrong on stderr and exits with EX_USAGE.
    static func fail(_ message: String) -> Never {
        fputs(message + "\n", stderr)
        exit(64)
    }
}
