import StationDomain

/// Why a score-sheet or tie command was refused, in plain words in either language (the screens
/// and the command line pick one; `description` is the Chinese).
public enum ReviewError: Error, Equatable, CustomStringConvertible {
    /// The sheet is assigned to someone else: only its reviewer may fill, save or submit it.
    case notYourSheet(sheet: Int64, reviewer: String)
    /// The reader may not see this sheet: another reviewer's, or not submitted (drafts are the reviewer's alone).
    case notVisible(sheet: Int64)
    /// Submitted sheets are locked; a clerk may reopen one with a reason.
    case locked(sheet: Int64, submittedOn: CivilDate)
    case notSubmitted(sheet: Int64)
    case withdrawn(sheet: Int64)
    case reasonRequired
    /// The form given is not the version the sheet was started with.
    case formMismatch(sheetForm: String, sheetVersion: Int, given: String, givenVersion: Int)
    /// The domain's rules refused (SheetCheck, ConflictOfInterest): every reason.
    case refused([Refusal])
    case alreadyAssigned(reviewer: String)
    case subjectUnknown(ScoreSubject, Int64)
    case notAReviewer(login: String)
    case tieNeedsUnitOrPartner
    case notYourTie
    /// `u` after submitting: a submitted sheet is locked; only a clerk's reopening unlocks it.
    case submitCannotBeUndone

    public var description: String { words(english: false) }

    public func words(english en: Bool) -> String {
        func t(_ zh: String, _ e: String) -> String { en ? e : zh }
        switch self {
        case .notYourSheet(let s, let r):
            return t("评分表 #\(s) 分配给 \(r)，只有该评审专家本人可以填写和提交", "score sheet #\(s) is assigned to \(r); only that reviewer may fill in or submit it")
        case .notVisible(let s):
            return t("无权查看评分表 #\(s)：未提交的评分表只有评审专家本人可见，其他评审专家的评分表不可见",
                     "you may not see score sheet #\(s): a sheet not yet submitted is seen by its reviewer alone, and reviewers never see each other's sheets")
        case .locked(let s, let d):
            return t("评分表 #\(s) 已于 \(d) 提交并锁定；如需修改，请经办人退回（须说明理由）",
                     "score sheet #\(s) was submitted on \(d) and is locked; a clerk may reopen it, giving a reason")
        case .notSubmitted(let s): return t("评分表 #\(s) 尚未提交，无需退回", "score sheet #\(s) is not submitted; there is nothing to reopen")
        case .withdrawn(let s): return t("评分表 #\(s) 已撤回，不再参与评审", "score sheet #\(s) was withdrawn from the review")
        case .reasonRequired: return t("请填写理由", "a reason is required")
        case .formMismatch(let f, let v, let g, let gv):
            return t("评分表按 \(f) 第\(v)版开始，不能按 \(g) 第\(gv)版提交", "the sheet was started on form \(f) v\(v), not \(g) v\(gv)")
        case .refused(let reasons): return reasons.map(\.description).joined(separator: "；")
        case .alreadyAssigned(let r): return t("\(r) 已有此项的评分表", "\(r) already has a sheet for this")
        case .subjectUnknown(let s, let id):
            return t("找不到评分对象（\(s == .application ? "申请" : "年度评估") #\(id)）", "no \(s.rawValue) #\(id) to score")
        case .notAReviewer(let l): return t("\(l) 不是在用的评审专家", "\(l) is not an active reviewer")
        case .tieNeedsUnitOrPartner: return t("请选择一个设站单位或共建方", "choose a unit or a partner")
        case .notYourTie: return t("只能删除自己的回避声明", "you may remove only your own ties")
        case .submitCannotBeUndone:
            return t("已提交的评分表不能撤销；如需修改，请经办人退回", "a submitted sheet cannot be undone; ask a clerk to reopen it")
        }
    }
}
