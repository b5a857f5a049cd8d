#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StationDomain
import StationStore

//   store-fault-helper step FOLDER USER APPLICATION_ID SHARE STEP DATE TODAY [REASON]
//       prints "ready", waits until FOLDER/go exists, then takes the procedure step STEP
//       (`ApplicationStep`'s raw value: shortlist, sign_agreement, …) of the application dated DATE
//       as USER, with REASON, and prints "done <new state>", or "refused <reasons>" when the rules
//       refuse it (another process took the line's last place, or moved the application, meanwhile).
enum StepMode {
    static func run(_ args: [String]) -> Never {
        guard args.count == 9 || args.count == 10, let id = Int64(args[4]), let step = ApplicationStep(rawValue: args[6]),
              let date = CivilDate(args[7]), let today = CivilDate(args[8]) else {
            Helper.fail("usage: store-fault-helper step FOLDER USER APPLICATION_ID SHARE STEP DATE TODAY [REASON]")
        }
        race(folder: args[2], user: args[3], id: id, share: args[5], step: step, date: date, today: today,
             reason: args.count == 10 ? args[9] : "") { "done \($0.state.rawValue)" }
    }

    /// Reads the application's state, says "ready", waits for FOLDER/go, takes the step and prints
    /// `done(moved)` — or "refused <reasons>"; exits 0 (2 when the store cannot be used).
    static func race(folder: String, user: String, id: Int64, share: String, step: ApplicationStep, date: CivilDate,
                     today: CivilDate, reference: String = "", reason: String = "", done: (Application) -> String) -> Never {
        do {
            let db = try AppDatabase.open(folder: folder)
            let files = try ShareDirectory(path: share).loadPolicyFiles()
            guard let state = try db.fetch(Application.self, id: id)?.state else { Helper.fail("no application \(id)") }
            let input = StepInput(applicationId: id, step: step, expected: state, date: date, reference: reference, reason: reason,
                                  today: today, files: files)
            print("ready")
            while access(folder + "/go", F_OK) != 0 { usleep(200) }
            do {
                let moved = step.permission == .decisions
                    ? try db.perform(DecideStep(input), by: user) : try db.perform(TakeStep(input), by: user)
                print(done(moved))
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
