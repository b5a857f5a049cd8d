/// A record that refers to another (a station using a partner), as a refusal names it.
public struct ReferringRecord: Hashable, Sendable {
    /// The stored table ("station").
    public var table: String
    public var id: Int64
    /// Its name, or "#id" when its table has no name.
    public var name: String
    public init(table: String, id: Int64, name: String) { self.table = table; self.id = id; self.name = name }
}

/// One reason a rule refuses, with the article it comes from. Stable cases so tests and screens
/// can tell them apart; `description` is the sentence shown to the person (Chinese, then English).
public enum Refusal: Hashable, Sendable, CustomStringConvertible {
    // Policy in force (Art. 14)
    case noPolicyInForce(date: CivilDate, standing: String)
    // Who may act (SPEC "Roles"; `Permission`)
    case notAUser(login: String)
    // Nothing dangling: a record others refer to stays; a reference names a record that exists
    case inUse(table: String, name: String, by: [ReferringRecord])
    case referenceMissing(table: String, id: Int64)
    // Art. 4.1: a unit operates in Liuzhou
    case unitOutsideLiuzhou(code: String)
    // Record fields
    case creditCodeInvalid(CreditCode.Problem)
    case creditCodeUsed(code: String, holder: String)
    // Procedure (Art. 5)
    case transitionNotAllowed(from: ApplicationState, to: ApplicationState)
    case roleRequired(Role)
    case reasonRequired(ApplicationState)
    case referenceRequired(ApplicationState)
    // Conditions and materials (Art. 4, 6)
    case materialMissing(MaterialKind)
    case conditionNotConfirmed(Int)
    case conditionNotMet(Int)
    case tooFewStaff(found: Int, minimum: Int)
    case noHead
    // Station type and partners (Art. 2, 7)
    case noPartner
    case partnerTypeMismatch(partner: String, kind: PartnerKind, type: StationType)
    case partnerInLiuzhou(partner: String)
    // Rounds and quota (Art. 5.4–5.5)
    case roundPlaces(Int)
    case roundUnknown
    case secondRoundInYear(Int)
    case unitAlreadyHasStation(station: String)
    case roundFull(places: Int)
    case planCapReached(cap: Int, period: String)
    case outsideShortlist
    case tiedAtCutOff
    case notRanked
    // Notice and objection (Art. 5.3)
    case noNotice
    case noticeNotOver(lastDay: CivilDate)
    case objectionOpen
    case noObjection
    case objectionOutsideNotice(lodgedOn: CivilDate, first: CivilDate, last: CivilDate)
    case objectionNotResolved(ObjectionResolution)
    case freshNoticeRequired(resolvedOn: CivilDate)
    // The steps' own records (issue 11)
    case stationNameUsed(name: String, status: StationStatus)
    case stationUnknown(id: Int64)
    case assignmentClosed(ApplicationState)
    case noReviewerChosen
    case notAReviewer(login: String)
    case alreadyAssigned(reviewer: String)
    case siteVisitClosed(ApplicationState)
    case dateInFuture(CivilDate)
    case findingsRequired
    case tooManyChosenAtLine(chosen: Int, open: Int)
    case lineTaken(open: Int, by: [String])
    case applicationNotRanked(name: String)
    case nothingToShortlist
    case applicationMoved(from: ApplicationState, to: ApplicationState)
    case calendarUnknown(year: Int)
    case renewalOfAnotherUnit(station: String)
    case intakeClosed(ApplicationState)
    case applicationClosed(ApplicationState)
    // Review (SPEC "Default score sheets")
    case reviewerTiedToUnit(reviewer: String, unitId: Int64, note: String)
    case reviewerTiedToPartner(reviewer: String, partnerId: Int64, note: String)
    case criterionOutOfBounds(key: String, value: Score, max: Int)
    case halfPointsNotAllowed(key: String, value: Score)
    case criterionUnknown(key: String)
    case criterionNotScored(key: String)
    case formUnknown(id: String, version: Int)
    // Score sheets, ties, accounts and policy as reviewers and admins change them (issue 13;
    // words in Refusal+Reviews.swift)
    case sheetNotYours(sheet: Int64, reviewer: String)
    case sheetNotVisible(sheet: Int64)
    case sheetLocked(sheet: Int64, submittedOn: CivilDate)
    case sheetNotSubmitted(sheet: Int64)
    case sheetWithdrawn(sheet: Int64)
    case sheetReasonRequired
    case sheetFormMismatch(sheetForm: String, sheetVersion: Int, given: String, givenVersion: Int)
    case reviewSubjectUnknown(subject: ScoreSubject, id: Int64)
    case tieNeedsUnitOrPartner
    case tieNotYours
    case submitCannotBeUndone
    case cannotDeactivateSelf
    case lastAdmin(login: String)
    case notYourPreferences
    case adminOnly
    /// A read of the whole programme (journal, exports, reports, backups) by a login holding no clerk, approver or admin role.
    case staffOnly(login: String)
    case policyStillInForce(title: String, id: String, on: CivilDate, until: CivilDate)
    case policyAlreadyContinued(id: String, from: CivilDate, by: String)
    case noPolicyExpired(on: CivilDate)
    // Money (Art. 11–13)
    case yearOutsideManagementPeriod(year: Int, period: String)
    case amountAboveCap(amount: Fen, cap: Fen)
    case amountNegative(Fen)
    case clawbackAbovePaid(clawback: Fen, paid: Fen)
    case amountNotDecided
    case amountNotPositive(Fen)
    case paymentAboveAmount(paid: Fen, amount: Fen)
    case amountBelowPaid(amount: Fen, paid: Fen)
    case dateBeforeDecision(date: CivilDate, decidedOn: CivilDate)
    case spendingAbovePaid(spent: Fen, paid: Fen)
    case otherUseNotStated
    case clawbackReasonRequired
    case noSubsidyForGrade(Grade)
    // Evaluation (Art. 10)
    case correctionReasonRequired
    case countNegative(Int)
    case notAnEvaluationYear(year: Int, years: String)
    case evaluationYearNotOver(ends: CivilDate)
    case unclassifiedEmployers(count: Int, names: [String])
    case decisionReferenceRequired
    case evaluatorNameRequired
    case alreadyDecided(on: CivilDate)
    case notDecided(year: Int)
    case noRevocationProposal(needed: Int)
    case noEvaluationDue(year: Int)
    // Station life (Art. 7, 8)
    case dutyUnknown(duty: Int, type: StationType)
    case stationNotActive(StationStatus)
    case outsideStationLife(record: DatedRecord, date: CivilDate, station: String, start: CivilDate, end: CivilDate?,
                            endKind: StationLife.End)
    case talentOutsideStationLife(name: String, date: CivilDate, station: String, start: CivilDate, end: CivilDate?,
                                  endKind: StationLife.End)
    case editReasonRequired
    case stationRenewed(by: String)
    case terminationBeforePeriodEnd(letterOn: CivilDate, periodEnd: CivilDate)
    case terminationReferenceRequired
    // Head and staff filings (Art. 9)
    case filingReasonRequired
    case filingNamesNobody
    case filingSamePerson(String)
    case filingNotCurrentHead(named: String, head: String)
    case filingNotOnStaff(String)
    case filingAlreadyOnStaff(String)
    case acknowledgedBeforeFiling(acknowledgedOn: CivilDate, filedOn: CivilDate)
    // Records kept at the terminal
    /// A required field is empty; `field` is its column name (the catalog words it).
    case fieldRequired(field: String)
    case headcountInvalid(Int)

    /// The sentence in both languages (the catalog words most reasons itself; this is the rest).
    public var words: Words {
        switch self {
        case let .noPolicyInForce(d, standing):
            return Words("第十四条：\(d) 没有有效政策（\(standing)），不能作出决定", "Art. 14: no policy in force on \(d); an admin may load a successor or record a provisional continuation")
        case let .inUse(t, n, by):
            return Words("\(t)“\(n)”被\(by.count)条记录引用，不能删除：" + by.map(\.name).joined(separator: "、"),
                         "\(t) \(n) is referred to by \(by.count) records: " + by.map(\.name).joined(separator: ", "))
        case let .referenceMissing(t, id): return Words("引用的\(t) #\(id) 不存在", "\(t) #\(id) does not exist")
        case let .unitOutsideLiuzhou(c):
            return Words("第四条第1项：统一社会信用代码\(c)不是柳州（4502）的，须经办人写明说明", "Art. 4.1: \(c) is not a Liuzhou code; a clerk's note is required")
        case let .notAUser(l): return Words("“\(l)”不是本系统的用户，请管理员添加", "\(l) is not a user of this store; an admin adds users")
        case let .creditCodeInvalid(p): return p.words
        case let .creditCodeUsed(c, h): return Words("统一社会信用代码\(c)已被“\(h)”使用", "credit code \(c) is already used by \(h)")
        case let .transitionNotAllowed(f, t):
            return Words("第五条：不能从“\(f.rawValue)”转到“\(t.rawValue)”", "Art. 5: \(f.rawValue) → \(t.rawValue) is not a step of the procedure")
        case let .roleRequired(r): return Words("需要“\(r.rawValue)”角色", "needs the \(r.rawValue) role")
        case let .reasonRequired(s): return Words("转为“\(s.rawValue)”须写明理由", "a reason is required for \(s.rawValue)")
        case let .referenceRequired(s): return Words("转为“\(s.rawValue)”须填写文号或会议", "the decision reference is required for \(s.rawValue)")
        case let .materialMissing(m): return Words("第六条：材料“\(m.rawValue)”未收到", "Art. 6: material not received: \(m.rawValue)")
        case let .conditionNotConfirmed(n): return Words("第四条第\(n)项未确认", "Art. 4 condition \(n) not confirmed")
        case let .conditionNotMet(n): return Words("第四条第\(n)项不符合", "Art. 4 condition \(n) is not met")
        case let .tooFewStaff(f, m): return Words("第四条第2项：工作人员\(f)名，至少\(m)名（含站长）", "Art. 4.2: \(f) staff, at least \(m) including the head")
        case .noHead: return Words("第九条：未确定站长人选", "Art. 9: no head named")
        case .noPartner: return Words("第二条：没有共建方", "Art. 2: no partner")
        case let .partnerTypeMismatch(p, k, t):
            return Words("第七条：共建方“\(p)”为\(k.rawValue)，不能设\(t.rawValue)类工作站", "Art. 7: a \(k.rawValue) partner makes a \(k.stationType.rawValue) station, not \(t.rawValue)")
        case let .partnerInLiuzhou(p): return Words("第二条：共建方“\(p)”须在柳州市外", "Art. 2: partner must be outside Liuzhou")
        case .roundUnknown: return Words("不知申请所属轮次，无法核对名额", "the application's round is unknown: the quota cannot be checked")
        case let .roundPlaces(n): return Words("每轮名额至少1个，实为\(n)", "a round needs at least one place, found \(n)")
        case let .secondRoundInYear(y):
            return Words("第五条第5项：\(y)年已有评选轮次，原则上每年一次，另开须写明理由", "Art. 5.5: one round a year in principle; a second needs a reason")
        case let .unitAlreadyHasStation(s):
            return Words("第五条第4项：该单位已有工作站“\(s)”，需审定人记录例外及理由", "Art. 5.4: one station per unit; an approver's exception is needed")
        case let .roundFull(p): return Words("本轮\(p)个名额已满", "the round's \(p) places are taken")
        case let .planCapReached(c, period):
            return Words("第五条第4项：“\(period)”期间不超过\(c)家，已满", "Art. 5.4: the plan period's cap of \(c) is reached; an approver's exception is needed")
        case .outsideShortlist: return Words("未进入择优名单", "not within the shortlist")
        case .tiedAtCutOff: return Words("在名额线上并列，须记录取舍理由", "tied at the cut-off: record the reason for the choice")
        case .notRanked: return Words("没有已提交的评分表", "no submitted score sheet")
        case .noNotice: return Words("第五条第3项：尚未公示", "Art. 5.3: no public notice")
        case let .noticeNotOver(l): return Words("第五条第3项：公示至\(l)止，尚未期满", "Art. 5.3: the notice runs until \(l)")
        case .objectionOpen: return Words("有未处理的异议", "an objection is open")
        case .noObjection: return Words("没有登记异议", "no objection lodged")
        case let .objectionOutsideNotice(d, f, l): return Words("异议于\(d)提出，不在公示期\(f)至\(l)内", "objection lodged outside the notice period")
        case let .objectionNotResolved(r): return Words("异议处理结果须为“\(r.rawValue)”", "the objection must be resolved as \(r.rawValue)")
        case let .freshNoticeRequired(d): return Words("异议处理后须于\(d)或以后重新公示", "a fresh notice published on or after \(d) is required")
        case let .stationNameUsed(n, st): return Words("已有名为“\(n)”的工作站（\(st.rawValue)）", "a station is already named \(n)")
        case let .stationUnknown(id): return Words("找不到工作站 #\(id)", "no station #\(id)")
        case let .assignmentClosed(s): return Words("申请为“\(s.rawValue)”，不能再分派评审专家", "reviewers are assigned from submission until the shortlist")
        case .noReviewerChosen: return Words("没有选择评审专家", "no reviewer chosen")
        case let .notAReviewer(l): return Words("\(l) 没有评审专家角色", "\(l) does not hold the reviewer role")
        case let .alreadyAssigned(r): return Words("\(r) 已分派", "\(r) is assigned already")
        case let .siteVisitClosed(s): return Words("申请为“\(s.rawValue)”，实地考察在评审期间记录", "a site visit is recorded during review")
        case let .dateInFuture(d): return Words("日期\(d)晚于今天", "\(d) is after today")
        case .findingsRequired: return Words("须填写考察情况", "the findings are required")
        case let .tooManyChosenAtLine(c, o): return Words("线上并列选入\(c)个，只有\(o)个名额", "\(c) chosen at the line for \(o) places")
        case let .lineTaken(o, by):
            return Words("名额线上并列者的\(o)个名额已由“\(by.joined(separator: "”“"))”占用", "the \(o) place(s) at the line went to \(by.joined(separator: ", "))")
        case let .applicationNotRanked(n): return Words("“\(n)”还没有已提交的评分表", "\(n) has no submitted sheet")
        case .nothingToShortlist: return Words("本轮没有评审中的申请", "no application of the round is in review")
        case let .applicationMoved(f, t): return Words("申请已由“\(f.rawValue)”变为“\(t.rawValue)”", "the application moved from \(f.rawValue) to \(t.rawValue)")
        case let .calendarUnknown(y): return Words("工作日历没有\(y)年", "the working-day calendar has no \(y)")
        case let .renewalOfAnotherUnit(s): return Words("续约的工作站“\(s)”属于其他单位", "the renewed station belongs to another unit")
        case let .intakeClosed(s): return Words("申请为“\(s.rawValue)”，登记内容不能再改", "the intake can no longer be changed")
        case let .applicationClosed(s): return Words("申请已办结（\(s.rawValue)）", "the application is closed")
        case let .reviewerTiedToUnit(r, u, n): return Words("回避：评审专家\(r)与设站单位#\(u)有关联（\(n)）", "conflict of interest: reviewer tied to the unit")
        case let .reviewerTiedToPartner(r, p, n): return Words("回避：评审专家\(r)与共建方#\(p)有关联（\(n)）", "conflict of interest: reviewer tied to a partner")
        case let .criterionOutOfBounds(k, v, m): return Words("“\(k)”得分\(v)超出0–\(m)", "score \(v) for \(k) outside 0–\(m)")
        case let .halfPointsNotAllowed(k, v): return Words("“\(k)”得分\(v)：此表只能打整数分", "score \(v) for \(k): this form takes whole points only")
        case let .criterionUnknown(k): return Words("评分表没有“\(k)”一项", "the form has no criterion \(k)")
        case let .criterionNotScored(k): return Words("“\(k)”未评分", "criterion \(k) not scored")
        case let .formUnknown(id, v): return Words("找不到评分表 \(id) 第\(v)版", "form \(id) version \(v) not in the policy")
        case let .yearOutsideManagementPeriod(y, p): return Words("第十一条：\(y)年度不在管理期\(p)内，不予补助", "Art. 11: year \(y) outside the management period \(p)")
        case let .amountAboveCap(a, c): return Words("第十一条：金额\(a)超过上限\(c)", "Art. 11: amount \(a) above the cap \(c)")
        case let .amountNegative(a): return Words("金额不能为负：\(a)", "the amount must not be negative: \(a)")
        case let .clawbackAbovePaid(c, p): return Words("第十三条：退回合计\(c)超过已拨付\(p)", "Art. 13: returns of \(c) would exceed the \(p) paid")
        case .amountNotDecided:
            return Words("第十一条：补助金额待核定，尚不能拨付", "Art. 11: the amount is not decided yet, so nothing can be paid")
        case let .amountNotPositive(a): return Words("金额须大于零：\(a)", "the amount must be more than zero: \(a)")
        case let .paymentAboveAmount(p, a):
            return Words("第十一条：累计拨付\(p)将超过核定金额\(a)", "Art. 11: payments of \(p) would exceed the amount \(a)")
        case let .amountBelowPaid(a, p): return Words("核定金额\(a)低于已拨付\(p)", "the amount \(a) is below what was paid, \(p)")
        case let .dateBeforeDecision(d, dec): return Words("日期\(d)早于考核结果确定日\(dec)", "the date \(d) is before the decision of \(dec)")
        case let .spendingAbovePaid(s, p):
            return Words("第十二条：累计支出\(s)将超过已拨付\(p)", "Art. 12: spending of \(s) would exceed what was paid, \(p)")
        case .otherUseNotStated: return Words("第十二条：用途为“其他”时须写明用途", "Art. 12: an 'other' use must be stated")
        case .clawbackReasonRequired: return Words("第十三条：责令退回须写明理由", "Art. 13: an ordered return needs a reason")
        case let .noSubsidyForGrade(g):
            return Words("第十一条：\(g == .unqualified ? "不合格" : g.rawValue + "级")不予补助", "Art. 11: \(g.rawValue) earns no subsidy")
        case let .notAnEvaluationYear(y, years):
            return Words("第十条：该站没有在\(y)年结束的评估年度（评估年度：\(years)）", "Art. 10: the station has no evaluation year ending in \(y); its years: \(years)")
        case let .evaluationYearNotOver(e): return Words("第十条：评估年度至\(e)止，尚未结束", "Art. 10: the evaluation year runs until \(e)")
        case let .unclassifiedEmployers(n, names):
            let zh = names.prefix(5).joined(separator: "、") + (names.count > 5 ? "等" : "")
            let en = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " …" : "")
            return Words("第十条第三项：\(n)名人才的用人单位未分类（\(zh)），须先在“人才”中分类再评定",
                         "Art. 10.3: \(n) talents have an unclassified employer (\(en)); classify them under Talents first")
        case .decisionReferenceRequired: return Words("须填写决定文号", "the decision reference is required")
        case .evaluatorNameRequired: return Words("第十条：委托第三方机构评估须写明机构名称", "Art. 10: name the entrusted third party")
        case let .alreadyDecided(d): return Words("该年度已于\(d)评定；如有误请撤销该操作", "this year was decided on \(d); undo that decision to change it")
        case let .notDecided(y): return Words("\(y)年度评估尚未评定", "the evaluation of \(y) is not decided")
        case let .noRevocationProposal(n):
            return Words("第十条第四项：没有连续\(n)个评估年度不合格", "Art. 10.4: no \(n) consecutive unqualified evaluation years")
        case let .noEvaluationDue(y):
            return Words("第十条：没有尚未开启的、在\(y)年结束的评估年度", "Art. 10: no evaluation year ending in \(y) is left to open")
        case .correctionReasonRequired:
            return Words("第十条：更正人才数须写明理由", "Art. 10: a corrected talent count needs a reason")
        case let .countNegative(n): return Words("人才数不能为负：\(n)", "the count must not be negative")
        case let .dutyUnknown(d, t): return Words("第七条：\(t.rawValue)类工作站没有第\(d)项职责", "Art. 7: no duty \(d) for this type")
        case let .stationNotActive(s): return Words("工作站状态为“\(s.rawValue)”", "the station is \(s.rawValue)")
        case .outsideStationLife, .talentOutsideStationLife, .editReasonRequired, .stationRenewed, .terminationBeforePeriodEnd, .terminationReferenceRequired,
             .filingReasonRequired, .filingNamesNobody, .filingSamePerson, .filingNotCurrentHead, .filingNotOnStaff,
             .filingAlreadyOnStaff, .acknowledgedBeforeFiling, .fieldRequired, .headcountInvalid:
            let t = stationTexts
            return Words(t.zh, t.en)
        case .sheetNotYours, .sheetNotVisible, .sheetLocked, .sheetNotSubmitted, .sheetWithdrawn, .sheetReasonRequired,
             .sheetFormMismatch, .reviewSubjectUnknown, .tieNeedsUnitOrPartner, .tieNotYours, .submitCannotBeUndone,
             .cannotDeactivateSelf, .lastAdmin, .notYourPreferences, .adminOnly, .staffOnly, .policyStillInForce, .policyAlreadyContinued,
             .noPolicyExpired:
            let t = reviewTexts
            return Words(t.zh, t.en)
        }
    }

    /// In Chinese, the default language (the catalog words it in the reader's).
    public var description: String { words.zh }
}
