#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StationDomain
import StationStore

//   store-fault-helper reference FOLDER USER delete-partner PARTNER_ID
//   store-fault-helper reference FOLDER USER add-station PARTNER_ID UNIT_ID NAME
//       prints "ready", waits until FOLDER/go exists, then deletes the partner, or adds a station
//       using it, as USER (a clerk) and prints "ok", or "refused <reasons>" when the store refuses
//       (the other process got there first): a partner in use is never deleted, a station never
//       names a deleted partner, whichever process wins.
enum ReferenceMode {
    static func run(_ args: [String]) -> Never {
        guard args.count >= 6, let partnerId = Int64(args[5]) else {
            Helper.fail("usage: store-fault-helper reference FOLDER USER delete-partner|add-station PARTNER_ID [UNIT_ID NAME]")
        }
        let folder = args[2], user = args[3]
        do {
            let db = try AppDatabase.open(folder: folder)
            guard let partner = try db.partner(id: partnerId) else { Helper.fail("no partner \(partnerId)") }
            print("ready")
            while access(folder + "/go", F_OK) != 0 { usleep(100) }
            do {
                if args[4] == "delete-partner" {
                    try db.perform(DeletePartner(partner), by: user)
                } else {
                    guard args.count == 8, let unitId = Int64(args[6]) else { Helper.fail("add-station needs UNIT_ID NAME") }
                    _ = try db.save(Station(name: args[7], type: .university, unitId: unitId, partnerIds: [partnerId], head: "某",
                                            agreementDate: CivilDate("2024-05-01")!), replacing: nil, by: user)
                }
                print("ok")
            } catch let refused as Refused {
                print("refused " + refused.reasons.map { Mirror(reflecting: $0).children.first?.label ?? "\($0)" }.joined(separator: "; "))
            }
            exit(0)
        } catch {
            print("error \(error)")
            exit(2)
        }
    }
}
