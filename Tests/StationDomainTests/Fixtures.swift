@testable import StationDomain

/// Small records for the rule tests.
enum Fixture {
    static let policy = TestData.policy
    static let university = Partner(id: 1, name: "广西大学", kind: .university, city: "南宁")
    static let institute = Partner(id: 2, name: "某研究院", kind: .institute, city: "北京")
    static let park = Partner(id: 3, name: "深圳创业园", kind: .park, city: "深圳")
    static let localPark = Partner(id: 4, name: "柳东园区", kind: .park, city: "柳州")

    /// An application with everything in order for submission (university type).
    static func readyApplication(id: Int64 = 10, unitId: Int64 = 100, type: StationType = .university,
                                 state: ApplicationState = .draft) -> Application {
        Application(id: id, roundId: 1, unitId: unitId, partnerIds: [1], type: type, proposedName: "广西大学柳州人才工作站",
                    proposedHead: "张三", staff: ["李四"], state: state,
                    conditions: (1...6).map { ConditionCheck(number: $0, confirmed: true) },
                    materials: MaterialKind.allCases.map { MaterialReceipt(kind: $0, receivedOn: d("2024-03-01")) },
                    createdOn: d("2024-03-01"))
    }

    static func station(id: Int64, unitId: Int64 = 100, agreement: String, status: StationStatus = .active,
                        renews: Int64? = nil) -> Station {
        Station(id: id, name: "站\(id)", type: .university, unitId: unitId, partnerIds: [1], head: "张三",
                staff: ["李四"], agreementDate: d(agreement), status: status, renewsStationId: renews)
    }

    static let clerk: Set<Role> = [.clerk]
    static let approver: Set<Role> = [.approver]
}
