import StationDomain
import StationStore

/// The strings of 我的评分 (the reviewer's sheets and ties), the score sheet, the aggregate, and
/// the role-shaped home menu.
extension Catalog {
    private func tv(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// A form's and a criterion's title in the catalog's language (the policy file's `titleEn`
    /// for English; the title as written where the file gives none).
    public func formTitle(_ f: ScoreForm) -> String { f.title(english: language == .en) }
    public func criterionTitle(_ c: ScoreForm.Criterion) -> String { c.title(english: language == .en) }

    // MARK: menu and access

    public func menuName(_ item: DeskAccess.Item, roles: Set<Role>) -> String {
        switch item {
        case .area(.myScores) where !roles.contains(.reviewer): return aggregatesTitle
        case .area(let a): return areaName(a)
        case .ties: return tiesTitle
        case .help: return helpTitle
        }
    }

    public func menuSummary(_ item: DeskAccess.Item, roles: Set<Role>) -> String {
        switch item {
        case .area(.myScores):
            if roles.contains(.reviewer) && DeskAccess.isStaff(roles) {
                return tv("分配给我的评分表，以及各评审的评分汇总", "sheets assigned to me, and every review's aggregate")
            }
            return roles.contains(.reviewer) ? tv("分配给我的评分表：待评、草稿、已提交", "sheets assigned to me: new, draft, submitted")
                : tv("评审专家提交的评分与汇总", "submitted sheets and their aggregate")
        case .area(.journal) where !DeskAccess.isStaff(roles): return tv("我自己的每一次修改", "every change I made")
        case .area(.settings) where !DeskAccess.isStaff(roles): return tv("语言、主题、字符宽度", "language, theme, character width")
        case .area(.settings): return tv("用户与角色、政策、工作日历、校验与备份", "users and roles, policy, calendar, verify and backup")
        case .area(let a): return areaSummary(a)
        case .ties: return tv("我与设站单位、共建方的关系（利益冲突）", "my ties to units and partners (conflicts of interest)")
        case .help: return tv("每个界面的按键", "the keys of every screen")
        }
    }

    /// Under a reduced menu: why it is short.
    public func menuLimited(roles: Set<Role>) -> String {
        if roles.isEmpty { return tv("你还没有任何角色：请管理员在“设置 › 用户”中授予。", "You have no role yet: ask an admin to grant one in Settings › Users.") }
        return tv("评审专家只看到分配给自己的评分表；其他功能由经办人使用。", "Reviewers see only the sheets assigned to them; the other areas are the clerks'.")
    }

    public func areaRefused(_ area: DeskArea, roles: Set<Role>) -> String {
        if roles.isEmpty {
            return tv("“\(areaName(area))”不对你开放：你还没有角色，请管理员在设置中授予",
                      "“\(areaName(area))” is not open to you: you have no role yet; an admin grants roles in Settings")
        }
        return tv("“\(areaName(area))”不对评审专家开放；你可用：我的评分、回避声明、日志、设置",
                  "“\(areaName(area))” is not open to reviewers; yours are: score sheets, ties, journal, settings")
    }

    public func actingAs(_ user: String, admin: String) -> String { tv("\(user)〔\(admin)代〕", "\(user) via \(admin)") }
    public var journalMine: String { tv("我的日志", "My journal") }

    // MARK: the reviewer's list

    public var tiesTitle: String { tv("回避声明", "My ties") }
    public var columnSubject: String { tv("评分对象", "Subject") }
    public var columnReviewKind: String { tv("类别", "Kind") }
    public var columnSheetState: String { tv("状态", "State") }
    public var columnDeadline: String { tv("截止日期", "Deadline") }
    public var columnDaysLeft: String { tv("剩余", "Left") }
    public var columnTiedTo: String { tv("单位或共建方", "Unit or partner") }
    public var columnTieKind: String { tv("类型", "Kind") }
    public var columnTieNote: String { tv("说明", "Note") }
    public var columnName: String { tv("名称", "Name") }
    public func reviewKind(_ k: ScoreSubject) -> String { k == .application ? tv("设站评审", "Set-up") : tv("年度评估", "Annual") }
    /// The kind with the evaluation year, for list columns (`2024年度评估`).
    public func reviewKind(_ k: ScoreSubject, year: Int?) -> String {
        guard let year, k == .evaluation else { return reviewKind(k) }
        return tv("\(year)年评估", "annual \(year)")
    }
    public func sheetState(_ s: SheetState, reopened: Bool) -> String {
        switch s {
        case .new: return tv("待评", "new")
        case .draft: return reopened ? tv("已退回", "reopened") : tv("草稿", "draft")
        case .submitted: return tv("已提交", "submitted")
        case .withdrawn: return tv("已撤回", "withdrawn")
        }
    }
    public func daysLeft(_ deadline: CivilDate?, today: CivilDate, closed: Bool) -> String {
        guard let d = deadline, !closed else { return "—" }
        let n = d.dayNumber - today.dayNumber
        if n < 0 { return tv("逾期 \(-n) 天", "\(-n) d late") }
        if n == 0 { return tv("今天截止", "due today") }
        return tv("还剩 \(n) 天", "\(n) d left")
    }
    public func subjectWithYear(_ name: String, year: Int) -> String { tv("\(name) \(year)年度", "\(name) \(year)") }
    public func sheetCounts(open: Int, total: Int) -> String { tv("待完成 \(open) / 共 \(total) 份", "\(open) open of \(total)") }
    public var noSheetsAssigned: String { tv("没有分配给你的评分表。", "No score sheets are assigned to you.") }
    /// The selected sheet's line under the list: why it was reopened or withdrawn first (cut
    /// last), then the subject's whole name.
    public func sheetDetail(_ s: ScoreSheet, subject: String, form: String?) -> String {
        if s.withdrawnOn != nil || (s.submittedOn == nil && !s.reopenReason.isEmpty) { return sheetDetail(s, form: form) + " · " + subject }
        return subject + " · " + sheetDetail(s, form: form)
    }
    public func sheetDetail(_ s: ScoreSheet, form: String?) -> String {
        if s.withdrawnOn != nil { return tv("已撤回：\(s.withdrawnReason)", "Withdrawn: \(s.withdrawnReason)") }
        if s.submittedOn == nil && !s.reopenReason.isEmpty { return tv("经办人退回，理由：\(s.reopenReason)", "Reopened by a clerk: \(s.reopenReason)") }
        if let d = s.submittedOn { return tv("\(d) 已提交（已锁定）· \(form ?? s.formId)", "Submitted \(d) (locked) · \(form ?? s.formId)") }
        return form ?? s.formId
    }
    public var keyFillSheet: String { tv("填写", "fill in") }
    public var keySwitchTies: String { tv("在评分表与回避声明之间切换", "switch between sheets and ties") }
    public var keyNextTab: String { tv("下一页签", "next tab") }
    public var keyDeclareTie: String { tv("声明回避", "declare a tie") }
    public var keyRemoveTie: String { tv("删除所选回避声明", "remove the selected tie") }
    public var keyChooseTie: String { tv("选定", "choose") }
    public var noTies: String { tv("你没有声明任何回避。按 a 声明。", "You have declared no ties. Press a to declare one.") }
    public var tiesExplained: String {
        tv("与你有关联的单位、共建方不会分配给你评审。", "You are never assigned what involves a unit or partner you are tied to.")
    }
    public func tieKind(unit: Bool) -> String { unit ? tv("设站单位", "unit") : tv("共建方", "partner") }
    public func tieNoteQuestion(_ name: String) -> String { tv("与“\(name)”的关系（可不填）：", "Your tie to “\(name)” (optional):") }
    public func tieDeclared(_ name: String) -> String { tv("已声明回避：\(name)", "Tie declared: \(name)") }
    public var tieRemoved: String { tv("已删除回避声明，按 u 可撤销", "Tie removed; u undoes it") }
    public func confirmRemoveTie(_ name: String) -> String { tv("删除对“\(name)”的回避声明？", "Remove your tie to “\(name)”?") }

    // MARK: the sheet

    public var columnCriterion: String { tv("评分项", "Criterion") }
    public var columnMaximum: String { tv("满分", "Max") }
    public var columnSheetScore: String { tv("得分", "Score") }
    public var columnLineNote: String { tv("说明（c 填写）", "Comment (c)") }
    public var columnLineNoteReadOnly: String { tv("说明", "Comment") }
    public var sheetTitle: String { tv("评分表", "Score sheet") }
    public var sheetComment: String { tv("总体意见", "Overall") }
    public func sheetSubjectLine(_ subject: String, kind: ScoreSubject) -> String {
        tv("\(reviewKind(kind))：\(subject)", "\(reviewKind(kind)): \(subject)")
    }
    public func sheetDue(_ d: CivilDate, today: CivilDate) -> String {
        tv("截止 \(d)（\(daysLeft(d, today: today, closed: false))）", "due \(d) (\(daysLeft(d, today: today, closed: false)))")
    }
    public func sheetStateLine(_ s: ScoreSheet, readOnly: Bool) -> String {
        if let w = s.withdrawnOn { return tv("已撤回 \(w)", "withdrawn \(w)") }
        if let d = s.submittedOn { return tv("\(d) 已提交 · 已锁定", "submitted \(d) · locked") }
        return readOnly ? tv("只读", "read only") : tv("草稿自动保存", "draft saved as you go")
    }
    public func reopenedBecause(_ reason: String) -> String { tv("经办人退回，理由：\(reason)", "Reopened by a clerk: \(reason)") }
    public func withdrawnBecause(_ d: CivilDate, _ reason: String) -> String { tv("\(d) 已撤回：\(reason)", "Withdrawn \(d): \(reason)") }
    public func sheetRules(halfPoints: Bool, scaleTo: Int?, raw: Int) -> String {
        let points = halfPoints ? tv("每项 0 到满分，可打半分（如 12.5）", "each 0 to its maximum, half points allowed (12.5)")
            : tv("每项 0 到满分的整数", "each a whole number from 0 to its maximum")
        guard let s = scaleTo else { return points }
        return points + tv("；合计 \(raw) 分折合为 \(s) 分", "; \(raw) raw points scaled to \(s)")
    }
    public func lineProblem(_ p: ScoreSheetScreen.LineProblem) -> String {
        switch p {
        case .outOfRange(let max): return tv("超出范围，应为 0–\(max)", "out of range: 0–\(max)")
        case .wholePointsOnly: return tv("此表只能打整数分", "whole points only")
        case .notANumber(let half): return half ? tv("请输入数字，如 12 或 12.5", "a number, like 12 or 12.5") : tv("请输入整数", "a whole number")
        }
    }
    public func lineRefused(_ title: String, _ p: ScoreSheetScreen.LineProblem) -> String {
        tv("“\(title)”未记下：\(lineProblem(p))", "“\(title)” not taken: \(lineProblem(p))")
    }
    public func sheetTotal(raw: String, rawMaximum: Int, scaled: String?, maximum: Int, scored: Int, of count: Int) -> String {
        let progress = tv("已评 \(scored)/\(count) 项", "\(scored)/\(count) scored")
        guard let scaled else { return tv("合计 \(raw) / \(maximum)    \(progress)", "Total \(raw) / \(maximum)    \(progress)") }
        return tv("合计 \(raw) / \(rawMaximum)，折合 \(scaled) / \(maximum)    \(progress)",
                  "Total \(raw) / \(rawMaximum), scaled \(scaled) / \(maximum)    \(progress)")
    }
    public var keyScore: String { tv("打分", "score") }
    public var keyScoreLong: String { tv("输入得分（整数）", "type the score (whole points)") }
    public var keyScoreHalfLong: String { tv("输入得分（可带 .5）", "type the score (.5 allowed)") }
    public var keyNextLine: String { tv("下一项", "next") }
    public var keyNextLineLong: String { tv("记下本项并保存草稿，到下一项", "take this line, save the draft, go to the next") }
    public var keyPreviousLine: String { tv("上一项", "previous line") }
    public var keyNote: String { tv("说明", "comment") }
    public var keyNoteLong: String { tv("填写本项的说明（可不填）", "write this line's comment (optional)") }
    public var keyNoteType: String { tv("说明", "comment") }
    public var keyNoteKeep: String { tv("记下说明", "keep comment") }
    public var keySubmit: String { tv("提交", "submit") }
    public var keySubmitLong: String { tv("提交评分表（确认一次，显示总分；提交后锁定）", "submit (one confirmation showing the total; then locked)") }
    public var keySaveDraft: String { tv("存草稿", "save draft") }
    public var keySaveDraftLong: String { tv("立即保存草稿", "save the draft now") }
    public var keySaveBack: String { tv("保存返回", "save, back") }
    public var keySaveBackLong: String { tv("保存草稿并返回（q 亦可）", "save the draft and go back (q too)") }
    public var sheetNoUndo: String {
        tv("评分表草稿随填随存，无需撤销：直接改分即可（退格删除）", "The sheet's draft is saved as you go; to change a score just type over it (Backspace)")
    }
    public var sheetAllEntered: String { tv("各项已填完。按 F2 提交。", "Every line entered. F2 submits.") }
    public func notAllScored(_ titles: [String]) -> String {
        tv("还有 \(titles.count) 项未评分：\(titles.joined(separator: "、"))", "\(titles.count) not scored yet: \(titles.joined(separator: ", "))")
    }
    public func confirmSubmit(total: String, maximum: Int) -> String {
        tv("提交评分表？总分 \(total) / \(maximum)。提交后锁定。", "Submit the sheet? Total \(total) / \(maximum). It is then locked.")
    }
    public func sheetSubmitted(_ total: String, maximum: Int) -> String {
        tv("已提交评分表：总分 \(total) / \(maximum)（已锁定）", "Sheet submitted: total \(total) / \(maximum) (locked)")
    }
    public var draftSaved: String { tv("草稿已保存", "Draft saved") }
    public func draftNotSaved(_ why: String) -> String { tv("草稿未保存（输入仍在）：\(why)", "Draft not saved (your input is kept): \(why)") }
    public func formMissing(_ id: String, version: Int) -> String {
        tv("找不到评分表 \(id) 第\(version)版（政策文件中没有）", "Form \(id) v\(version) is not in any policy file")
    }

    // MARK: the aggregate

    public var aggregatesTitle: String { tv("评分汇总", "Score aggregates") }
    public var columnSubmitted: String { tv("已提交", "In") }
    public var columnAggregate: String { tv("汇总分", "Score") }
    public var noReviewSubjects: String { tv("还没有分配任何评分表。", "No score sheets have been assigned yet.") }
    public func aggregateOf(_ subject: String) -> String { tv("评分汇总：\(subject)", "Aggregate: \(subject)") }
    public func sheetsCounted(_ n: Int, of total: Int) -> String { tv("计入 \(n) / 共 \(total) 份", "\(n) of \(total) counted") }
    public var noSheetsYet: String { tv("还没有评分表。", "No sheets yet.") }
    public var columnTotal: String { tv("合计", "Total") }
    public var columnMark: String { tv("标记", "Marks") }
    public var criterionMeans: String { tv("各项平均", "Means") }
    public enum Dropped { case highest, lowest }
    public func aggregateMarks(_ dropped: Dropped?, outlier: Bool) -> String {
        var marks: [String] = []
        if let d = dropped { marks.append(d == .highest ? tv("去掉最高", "top cut") : tv("去掉最低", "low cut")) }
        if outlier { marks.append(tv("离群", "outlier")) }
        return marks.joined(separator: " ")
    }
    public func notCounted(_ s: ScoreSheet) -> String {
        if let w = s.withdrawnOn { return tv("不计入：\(w) 已撤回（\(s.withdrawnReason)）", "not counted: withdrawn \(w) (\(s.withdrawnReason))") }
        if !s.reopenReason.isEmpty && s.submittedOn == nil {
            return tv("不计入：已退回（\(s.reopenReason)）", "not counted: reopened (\(s.reopenReason))")
        }
        if s.submittedOn == nil { return tv("不计入：尚未提交", "not counted: not submitted") }
        return tv("不计入：与评分表不符", "not counted: does not match its form")
    }
    public func aggregateLines(mean: String?, trimmed: String?, median: String?, spread: String?, maximum: Int, trimFrom: Int,
                               count: Int, outliers: [String], outlierPoints: Int) -> [String] {
        guard let mean else { return [tv("没有已提交的评分表。", "No submitted sheets.")] }
        var lines = [tv("平均分 \(mean) / \(maximum)    中位数 \(median ?? "—")    极差 \(spread ?? "—")",
                        "Mean \(mean) / \(maximum)    median \(median ?? "—")    spread \(spread ?? "—")")]
        if let trimmed {
            lines.append(tv("去掉一个最高分和一个最低分后平均 \(trimmed)（汇总分）", "Mean without the highest and the lowest \(trimmed) (the score)"))
        } else {
            lines.append(tv("不足 \(trimFrom) 份，汇总分即平均分（\(count) 份）", "Fewer than \(trimFrom) sheets: the score is the mean (\(count))"))
        }
        lines.append(outliers.isEmpty ? tv("没有与汇总分相差超过 \(outlierPoints) 分的评分表", "No sheet more than \(outlierPoints) points from the score")
                     : tv("离群（与汇总分相差超过 \(outlierPoints) 分）：\(outliers.joined(separator: "、"))",
                          "More than \(outlierPoints) points from the score: \(outliers.joined(separator: ", "))"))
        return lines
    }
    public var keyViewSheet: String { tv("查看", "view") }
    public var keyReopen: String { tv("退回", "reopen") }
    public var keyReopenLong: String { tv("退回所选已提交的评分表（须说明理由，评审专家可见）", "reopen the selected submitted sheet (with a reason the reviewer sees)") }
    public var keyWithdraw: String { tv("撤回", "withdraw") }
    public var keyWithdrawLong: String { tv("撤回所选评分表（不再计入，保留在历史中）", "withdraw the selected sheet (counted nowhere, kept in the history)") }
    public var keyExportSheets: String { tv("导出计入的评分表，每项一列（CSV）", "export the counted sheets, one column per criterion (CSV)") }
    public func reopenQuestion(_ reviewer: String) -> String { tv("退回 \(reviewer) 的评分表，理由：", "Reopen \(reviewer)'s sheet. Reason:") }
    public func withdrawQuestion(_ reviewer: String) -> String { tv("撤回 \(reviewer) 的评分表，理由：", "Withdraw \(reviewer)'s sheet. Reason:") }
    public func sheetReopened(_ reviewer: String, deadline: CivilDate?) -> String {
        guard let deadline else { return tv("已退回 \(reviewer) 的评分表，按 u 可撤销", "Reopened \(reviewer)'s sheet; u undoes it") }
        return tv("已退回 \(reviewer) 的评分表，截止 \(deadline)，按 u 可撤销", "Reopened \(reviewer)'s sheet, due \(deadline); u undoes it")
    }
    public func sheetWithdrawn(_ reviewer: String) -> String { tv("已撤回 \(reviewer) 的评分表，按 u 可撤销", "Withdrew \(reviewer)'s sheet; u undoes it") }
    public func sheetOf(_ reviewer: String) -> String { tv("\(reviewer) 的评分表", "\(reviewer)'s sheet") }
    public var nothingToExport: String { tv("没有计入的评分表可导出", "No counted sheets to export") }
    public var exportSheetsQuestion: String { tv("导出评分（每项一列）到文件：", "Export the scores (one column per criterion) to:") }
    public func exportedSheets(_ n: Int, path: String) -> String { tv("已导出 \(n) 份评分表到 \(path)", "Exported \(n) sheets to \(path)") }

    // MARK: prompts

    public var keyConfirmAnswer: String { tv("确定", "OK") }
    public var answerRequired: String { tv("请填写后再按 Enter（Esc 取消）", "Type an answer, then Enter (Esc cancels)") }
}
