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
        StepMode.race(folder: args[2], user: args[3], id: id, share: args[5], step: .bureauApprove, date: date, today: today,
                      reference: "柳科发〔\(date.year)〕\(id)号") { _ in "approved" }
    }
}
