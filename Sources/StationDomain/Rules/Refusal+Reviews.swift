/// The words of the score-sheet, tie, account and policy-admin refusals (issue 13), Chinese and
/// English kept apart so the catalog shows one language at a time.
extension Refusal {
    /// Chinese and English sentences of these refusals; empty for the other cases.
    public var reviewTexts: (zh: String, en: String) {
        switch self {
        case let .sheetNotYours(s, r):
            return ("评分表 #\(s) 分配给 \(r)，只有该评审专家本人可以填写和提交",
                    "score sheet #\(s) is assigned to \(r); only that reviewer may fill it in or submit it")
        case let .sheetNotVisible(s):
            return ("无权查看评分表 #\(s)：未提交的评分表只有评审专家本人可见，评审专家之间互不可见",
                    "you may not see score sheet #\(s): a sheet not yet submitted is its reviewer's alone, and reviewers never see each other's")
        case let .sheetLocked(s, d):
            return ("评分表 #\(s) 已于 \(d) 提交并锁定；如需修改，请经办人退回（须说明理由）",
                    "score sheet #\(s) was submitted on \(d) and is locked; a clerk may reopen it, giving a reason")
        case let .sheetNotSubmitted(s): return ("评分表 #\(s) 尚未提交，无需退回", "score sheet #\(s) is not submitted; there is nothing to reopen")
        case let .sheetWithdrawn(s): return ("评分表 #\(s) 已撤回，不再参与评审", "score sheet #\(s) was withdrawn from the review")
        case .sheetReasonRequired: return ("须写明理由", "a reason is required")
        case let .sheetFormMismatch(f, v, g, gv):
            return ("评分表按 \(f) 第\(v)版开始，不能按 \(g) 第\(gv)版提交", "the sheet was started on form \(f) v\(v), not \(g) v\(gv)")
        case let .reviewSubjectUnknown(s, id):
            return ("找不到评分对象（\(s == .application ? "申请" : "年度评估") #\(id)）", "no \(s.rawValue) #\(id) to score")
        case .tieNeedsUnitOrPartner: return ("请选择一个设站单位或一个共建方", "choose one unit or one partner")
        case .tieNotYours: return ("只能删除自己的回避声明", "you may remove only your own ties")
        case .submitCannotBeUndone:
            return ("已提交的评分表不能撤销；如需修改，请经办人退回", "a submitted sheet cannot be undone; ask a clerk to reopen it")
        case .cannotDeactivateSelf: return ("不能停用自己的账号", "you cannot deactivate your own account")
        case let .lastAdmin(l):
            return ("\(l) 是最后一位管理员，须保留管理员角色且不能停用", "\(l) is the last admin: the admin role stays and the account cannot be deactivated")
        case .notYourPreferences: return ("只能修改自己的偏好设置", "you may change only your own preferences")
        case .adminOnly: return ("仅管理员可以这样做", "admins only")
        case let .staffOnly(l):
            return ("\(l) 不是经办人、审定或管理员：评审专家只能查看分配给自己的评分表和自己的修改",
                    "\(l) is no clerk, approver or admin: a reviewer sees only the score sheets assigned to them and their own changes")
        case let .policyStillInForce(t, _, on, until):
            return ("\(on) 时“\(t)”仍然有效（至 \(until)），无需继续执行", "“\(t)” is in force on \(on) until \(until); nothing to continue")
        case let .policyAlreadyContinued(id, from, by):
            return ("\(id) 自 \(from) 起已在继续执行中（\(by) 记录）", "\(id) is already continued from \(from), recorded by \(by)")
        case let .noPolicyExpired(on): return ("\(on) 之前没有到期的政策", "no policy has expired by \(on)")
        default: return ("", "")
        }
    }
}
