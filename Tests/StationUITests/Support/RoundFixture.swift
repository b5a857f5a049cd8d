import Foundation
import TestSupport
import XCTest
import StationDomain
import StationExchange
import StationStore
@testable import StationUI

/// A 2026 selection round in the demo store, on the harness's fixed day (2026-03-02), under the
/// Measures continued provisionally from 2026-01-01 (十五五 2026–2030, cap 10). Records are written
/// as set-up (one command), not through the procedure's steps, so each screen can be shown in a
/// known state.
enum RoundFixture {
    static let continuation = ProvisionalContinuation(policyId: "liuzhou-measures-revised", from: CivilDate("2026-01-01")!,
                                                      reason: "市科技局通知：新办法出台前原政策继续执行", recordedBy: "root",
                                                      recordedOn: CivilDate("2026-01-05")!)

    static func rules(continued: Bool = true) throws -> DeskRules {
        let share = DemoFixture.share
        return DeskRules(policies: try share.policyBook(extra: continued ? [continuation] : []), calendar: try share.workdayCalendar(),
                         files: try share.loadPolicyFiles())
    }

    /// The demo harness with the continuation in its rules, and reviewers known to the store.
    static func harness(continued: Bool = true, language: Language = .zh, roles: Set<Role> = [.clerk, .admin]) throws -> Harness {
        let pinyin = try DemoFixture.share.pinyinTable()
        let h = try Harness(language: language, matcher: .pinyin(pinyin), rules: try rules(continued: continued), roles: roles)
        try DemoData.seed(into: h.db, sampleFolder: DemoFixture.share.path + "/sample", by: Harness.user)
        // The continuation as an admin records it, so the store's commands judge by it too.
        if continued { try h.db.record(continuation: StoredContinuation(continuation), by: "root") }
        _ = try h.db.save(User(login: "boss", displayName: "局领导", roles: [.approver]), replacing: nil, by: "root")
        for (login, name) in [("wangping", "王平"), ("lijing", "李静"), ("zhaolei", "赵磊")] {
            _ = try h.db.save(User(login: login, displayName: name, roles: [.reviewer]), replacing: nil, by: "root")
        }
        h.app.tick()
        return h
    }

    struct Made {
        var round: Round
        var apps: [String: Application] = [:]
    }

    static func d(_ s: String) -> CivilDate { CivilDate(s)! }

    static let university = "application-review-university"

    /// A submitted sheet whose criteria add up to `total` (university form).
    static func sheet(_ app: Int64, _ reviewer: String, _ total: Int?, form: String = university) -> ScoreSheet {
        let maxima = [("venue_staff", 15), ("funding_rules", 15), ("formal_agreement", 10), ("talent_resources", 20),
                      ("track_record", 20), ("coordination", 15), ("discipline_fit", 5)]
        guard let total else { return ScoreSheet(subject: .application, subjectId: app, reviewer: reviewer, formId: form, formVersion: 1) }
        var left = total
        var scores: [String: Score] = [:]
        for (key, max) in maxima { let v = min(max, left); scores[key] = Score(v); left -= v }
        return ScoreSheet(subject: .application, subjectId: app, reviewer: reviewer, formId: form, formVersion: 1, scores: scores,
                          submittedOn: d("2026-02-10"))
    }

    /// Units of this round that the demo does not have (Liuzhou credit codes).
    static let newUnits: [(String, String)] = [
        ("柳州市虚构新材料科技有限公司", "91450204MA5L0000"),
        ("柳州市虚构智慧物流有限公司", "91450205MA5L0001"),
        ("柳州市虚构生物医药研究有限公司", "91450206MA5L0002"),
        ("柳州虚构文旅发展集团有限公司", "91450202MA5L0003"),
    ]

    static func ready(_ a: inout Application) {
        a.conditions = (1...6).map { ConditionCheck(number: $0, state: $0 >= 4 ? .forReviewers : .met, evidence: $0 == 1 ? "营业执照" : "") }
        a.materials = MaterialKind.allCases.map { MaterialReceipt(kind: $0, receivedOn: d("2026-01-20")) }
    }

    /// The round under review: places 2; scores 88, 81.5, 81.5, 70 and one without a sheet —
    /// two tie at the line for the second place.
    static func seedReview(_ h: Harness) throws -> Made {
        try h.db.write(command: "fixture review round", by: "root") { w in
            let partners = Dictionary(uniqueKeysWithValues: try w.records(Partner.self).map { ($0.name, $0.id!) })
            let round = try w.insert(Round(year: 2026, places: 2, openedOn: d("2026-01-05"), note: "2026年度评选"))
            var made = Made(round: round)
            let units = try newUnits.map { try w.insert(Unit(name: $0.0, creditCode: CreditCode.completing($0.1 + "0")!, kind: .enterprise)) }
            let plan: [(String, Int, String, [Int?])] = [
                ("华东虚构理工大学柳州智能制造人才工作站", 0, "华东虚构理工大学", [90, 88, 86]),
                ("西部虚构材料科学研究院柳州新材料人才工作站", 1, "西部虚构材料科学研究院", [80, 83]),
                ("慕尼黑虚构应用技术大学柳州生物医药人才工作站", 2, "慕尼黑虚构应用技术大学", [85, 78, nil]),
                ("北方虚构交通大学柳州文旅人才工作站", 3, "北方虚构交通大学", [70]),
                ("华东虚构理工大学柳州物流人才工作站", 1, "华东虚构理工大学", [nil]),
            ]
            for (name, unit, partner, totals) in plan {
                var a = Application(roundId: round.id!, unitId: units[unit].id!, partnerIds: [partners[partner]!], type: .university,
                                    proposedName: name, proposedHead: "张" + String(name.prefix(2)), staff: ["李工", "王工"],
                                    state: .inReview, createdOn: d("2026-01-12"))
                ready(&a)
                a = try w.insert(a)
                try w.insert(ApplicationEvent(applicationId: a.id!, from: .draft, to: .submitted, by: Harness.user, on: d("2026-01-20")))
                try w.insert(ApplicationEvent(applicationId: a.id!, from: .submitted, to: .inReview, by: Harness.user, on: d("2026-01-25")))
                for (i, t) in totals.enumerated() { try w.insert(sheet(a.id!, ["wangping", "lijing", "zhaolei"][i], t)) }
                made.apps[name] = a
            }
            return made
        }
    }

    /// The round after its decisions: places 3; one application in its notice (published
    /// 2026-02-26, running to 03-03), one with an open objection, one waiting for the
    /// leading group, one withdrawn and a draft whose unit already has a station.
    static func seedNotice(_ h: Harness) throws -> Made {
        try h.db.write(command: "fixture notice round", by: "root") { w in
            let partners = Dictionary(uniqueKeysWithValues: try w.records(Partner.self).map { ($0.name, $0.id!) })
            let demoUnits = Dictionary(uniqueKeysWithValues: try w.records(Unit.self).map { ($0.name, $0.id!) })
            let round = try w.insert(Round(year: 2026, places: 3, openedOn: d("2026-01-05"), note: "2026年度评选"))
            var made = Made(round: round)
            let units = try newUnits.map { try w.insert(Unit(name: $0.0, creditCode: CreditCode.completing($0.1 + "0")!, kind: .enterprise)) }
            let plan: [(String, Int64, String, ApplicationState, StationType)] = [
                ("华东虚构理工大学柳州智能制造人才工作站", units[0].id!, "华东虚构理工大学", .inNotice, .university),
                ("西部虚构材料科学研究院柳州新材料人才工作站", units[1].id!, "西部虚构材料科学研究院", .objection, .university),
                ("北方虚构交通大学柳州文旅人才工作站", units[3].id!, "北方虚构交通大学", .bureauApproved, .university),
                ("慕尼黑虚构应用技术大学柳州生物医药人才工作站", units[2].id!, "慕尼黑虚构应用技术大学", .withdrawn, .university),
                ("粤港澳大湾区虚构人才服务中心柳州第二工作站", demoUnits["柳州虚构螺蛳粉食品科技股份有限公司"]!,
                 "粤港澳大湾区虚构高层次人才服务中心有限公司", .draft, .organization),
            ]
            // Thursday 2026-02-26: with Saturday 02-28 a make-up working day (春节调休), it runs to 03-03.
            let policy = try XCTUnwrap(try rules().policies?.inForce(on: d("2026-02-26")))
            let notice = try NoticePeriod(publishedOn: d("2026-02-26"), calendar: try DemoFixture.share.workdayCalendar(), policy: policy)
                .notice(roundId: round.id!, applicationIds: [])
            var inNotice: [Int64] = []
            for (name, unit, partner, state, type) in plan {
                var a = Application(roundId: round.id!, unitId: unit, partnerIds: [partners[partner]!], type: type,
                                    proposedName: name, proposedHead: "张" + String(name.prefix(2)), staff: ["李工", "王工"],
                                    state: state, createdOn: d("2026-01-12"))
                if state != .draft { ready(&a) }
                a = try w.insert(a)
                made.apps[name] = a
                let path: [(ApplicationState, ApplicationState, String, String, String)] = [
                    (.draft, .submitted, "2026-01-20", "", ""), (.submitted, .inReview, "2026-01-25", "", ""),
                    (.inReview, .shortlisted, "2026-02-12", "", ""), (.shortlisted, .bureauApproved, "2026-02-16", "柳科发〔2026〕8号", ""),
                    (.bureauApproved, .groupApproved, "2026-02-24", "市委人才工作领导小组2026年第1次会议", ""),
                    (.groupApproved, .inNotice, "2026-02-26", "", ""), (.inNotice, .objection, "2026-02-28", "", "实名来信：办公场所与申报不符"),
                ]
                let upTo: Int
                switch state {
                case .inNotice: upTo = 6
                case .objection: upTo = 7
                case .bureauApproved: upTo = 4
                case .withdrawn: upTo = 2
                default: upTo = 0
                }
                for (from, to, on, ref, reason) in path.prefix(upTo) {
                    try w.insert(ApplicationEvent(applicationId: a.id!, from: from, to: to, by: to == .bureauApproved || to == .groupApproved ? "root" : Harness.user,
                                                  on: d(on), reference: ref, reason: reason))
                }
                if state == .withdrawn {
                    try w.insert(ApplicationEvent(applicationId: a.id!, from: .inReview, to: .withdrawn, by: Harness.user, on: d("2026-02-01"),
                                                  reason: "单位主动撤回"))
                }
                if [.inNotice, .objection].contains(state) { inNotice.append(a.id!) }
                if state == .objection {
                    try w.insert(Objection(applicationId: a.id!, lodgedOn: d("2026-02-28"), text: "实名来信：办公场所与申报不符"))
                }
            }
            var n = notice
            n.applicationIds = inNotice
            try w.insert(n)
            return made
        }
    }
}
