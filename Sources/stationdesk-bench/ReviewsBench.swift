import Foundation
import StationDomain
import StationExchange
import StationStore
import StationUI

/// Benchmarks of 我的评分 and the aggregate (issue 13): a sheet opening, one keystroke in it
/// redrawn, a line entered (its draft saved durably), and the aggregate of 20 submitted sheets
/// read and drawn. Targets: opening and each keystroke ≤ 5 ms; the aggregate of 20 ≤ 5 ms.
/// `stationdesk-bench reviews [DATA]` (DATA: the data/ folder, default ./data).
enum ReviewsBench {
    static func run(dataFolder: String) throws {
        let share = ShareDirectory(path: dataFolder)
        let today = CivilDate("2026-12-01")!
        let db = try AppDatabase.temporary()
        defer { try? FileManager.default.removeItem(atPath: db.folder) }
        try db.ensureFirstAdmin("bench")
        try DemoData.seed(into: db, sampleFolder: dataFolder + "/sample", by: "bench")
        try DemoReviews.seed(into: db, share: share, by: "bench", today: today)
        let rules = DeskRules(policies: try share.policyBook(), calendar: try share.workdayCalendar())

        // The reviewer: open the longest form, type, enter a line.
        let ctx = Context(catalog: Catalog(.zh), store: db, user: "zhangwei", today: today, rules: rules)
        let app = App(context: ctx)
        app.handle(.char("8"))
        guard let list = app.top as? MyScoresScreen,
              let row = list.sheets.firstIndex(where: { $0.sheet.formId == "evaluation-university" }) else { return }
        for _ in 0..<row { app.handle(.down) }
        DomainBench.report("sheet: open (read + form) and draw 80×24", DomainBench.median(21) {
            app.handle(.enter)
            _ = app.render(width: 80, height: 24)
            app.handle(.escape)
        })
        app.handle(.enter)
        DomainBench.report("sheet: one digit typed and drawn", DomainBench.median(51) {
            app.handle(.char("2"))
            _ = app.render(width: 80, height: 24)
            app.handle(.backspace)
        })
        // A different digit each time, so each Enter changes the draft and commits it durably
        // (the same digit again would leave the draft as saved: no write at all).
        var digit = 0
        DomainBench.report("sheet: one line entered (durable draft) and drawn", DomainBench.median(21) {
            digit = digit % 9 + 1
            app.handle(.char(Character(String(digit))))
            app.handle(.enter)
            _ = app.render(width: 80, height: 24)
            app.handle(.up)
            app.handle(.backspace)
        })
        // As the terminal runs it: the next line is drawn before the draft's commit (drawingFirst).
        var drawnAt: UInt64 = 0
        app.busyInteraction = BusyInteraction(redraw: { app in
            _ = app.render(width: 80, height: 24)
            if drawnAt == 0 { drawnAt = DispatchTime.now().uptimeNanoseconds }
        }, pollKey: { nil })
        var untilDrawn: [Double] = []
        for _ in 0..<21 {
            digit = digit % 9 + 1
            app.handle(.char(Character(String(digit))))
            drawnAt = 0
            let start = DispatchTime.now().uptimeNanoseconds
            app.handle(.enter)
            untilDrawn.append(Double(drawnAt - start) / 1e6)
            app.handle(.up)
            app.handle(.backspace)
        }
        app.busyInteraction = nil
        DomainBench.report("sheet: one line entered, until the next line is drawn", untilDrawn.sorted()[untilDrawn.count / 2])

        // The clerk: 20 submitted sheets on one evaluation.
        guard let form = rules.policies?.policies.last?.form(for: .evaluation, type: .university),
              let subject = try db.reviewSubjects(viewer: "bench").first(where: { $0.subject.stationType == .university })?.subject else { return }
        var reviewers: [String] = []
        for i in 0..<20 {
            let login = "r\(i)"
            reviewers.append(login)
            _ = try db.save(User(login: login, roles: [.reviewer]), replacing: nil, by: "bench")
            let sheet = try db.perform(AssignSheet(.evaluation, subject.id, to: login, form: form, deadline: nil), by: "bench")
            try db.perform(SubmitSheet(SheetDraft(sheetId: sheet.id!, scores: DemoReviews.spread(60 + i, over: form)), form: form, on: today), by: login)
        }
        let clerk = App(context: Context(catalog: Catalog(.zh), store: db, user: "bench",
                                         today: today, rules: rules))
        clerk.apply([.push(AggregateScreen(subject, clerk.ctx))])
        DomainBench.report("aggregate of \(try db.reviewSheets(.evaluation, subject.id, viewer: "bench").count) sheets: read, compute, draw", DomainBench.median(21) {
            clerk.apply([.pop, .push(AggregateScreen(subject, clerk.ctx))])
            _ = clerk.render(width: 80, height: 24)
        })
        let sheets = try db.reviewSheets(.evaluation, subject.id, viewer: "bench")
        let policy = rules.policies!.policies.last!
        DomainBench.report("aggregate of 20 sheets: ScoreAggregation alone", DomainBench.median(51) {
            _ = ScoreAggregation(sheets: sheets, policy: policy)
        })
    }
}
