#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StationDomain
import StationStore

//   store-fault-helper approve FOLDER USER APPLICATION_ID SHARE DATE TODAY
//       prints "ready", waits until FOLDER/go exists, then records the Bureau's approval of the
//       application dated DATE as USER (an approver) and prints "approved", or "refused <reasons>"
//       when the rules refuse it (the round's last place taken by another process meanwhile).
enum ApproveMode {
    static func run(_ args: [String]) -> Never {
        guard args.count == 8, let id = Int64(args[4]), let date = CivilDate(args[6]), let today = CivilDate(args[7]) else {
            Helper.fail("usage: store-fault-helper approve FOLDER USER APPLICATION_ID SHARE DATE TODAY")
        }
        let folder = args[2], user = args[3]
        do {
            let db = try AppDatabase.open(folder: folder)
            let files = try ShareDirectory(path: args[5]).loadPolicyFiles()
            guard let state = try db.fetch(Application.self, id: id)?.state else { Helper.fail("no application \(id)") }
            let input = StepInput(applicationId: id, step: .bureauApprove, expected: state, date: date, reference: "柳科发〔\(date.year)〕\(id)号",
                                  today: today, files: files)
            print("ready")
            while access(folder + "/go", F_OK) != 0 { usleep(200) }
            do {
                _ = try db.perform(DecideStep(input), by: user)
                print("approved")
            } catch let refused as Refused {
                print("refused " + refused.reasons.map { "\($0)" }.joined(separator: "; "))
            }
            exit(0)
        } catch {
            print("error \(error)")
            exit(2)
        }
    }
}
