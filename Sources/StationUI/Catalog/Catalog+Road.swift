import StationDomain
import StationStore

/// The words of the store's road: refusals, the role needed, and each command's name for the
/// journal and the undo message. A feature adds its commands' names to `commandName` (one line each).
extension Catalog {
    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// One reason a rule or the store refused a change, as a sentence in the catalog's language.
    public func refusal(_ r: Refusal) -> String {
        switch r {
        case let .inUse(table, name, by):
            var groups: [(table: String, count: Int)] = []
            for r in by {
                if let i = groups.firstIndex(where: { $0.table == r.table }) { groups[i].count += 1 } else { groups.append((r.table, 1)) }
            }
            let zhWho = groups.map { "\($0.count)个\(recordNoun($0.table))" }.joined(separator: "、")
            let enWho = groups.map { "\($0.count) \(recordNoun($0.table).lowercased())\($0.count == 1 ? "" : "s")" }
                .joined(separator: " and ")
            let names = by.map(\.name)
            return tr("\(recordNoun(table))“\(name)”被\(zhWho)使用，不能删除：\(names.joined(separator: "、"))",
                      "\(recordNoun(table)) “\(name)” is used by \(enWho) and cannot be deleted: \(names.joined(separator: ", "))")
        case let .referenceMissing(table, id):
            return tr("引用的\(recordNoun(table)) #\(id) 不存在", "\(recordNoun(table)) #\(id) does not exist")
        case let .unitOutsideLiuzhou(code):
            return tr("第四条第1项：统一社会信用代码\(code)的登记机关不在柳州（4502），须由经办人写明说明",
                      "Art. 4.1: credit code \(code) was not registered in Liuzhou (4502); a clerk's written note is required")
        case .notAUser(let login):
            return tr("“\(login)”不是本系统的用户，请管理员添加", "\(login) is not a user of this store; an admin adds users")
        case .fieldRequired(let f) where f == "name" || f == "city": return fieldProblem(fieldLabel(f), required)
        case .creditCodeInvalid(let p): return fieldProblem(fieldCreditCode, describe(p))
        case .creditCodeUsed(_, let holder): return fieldProblem(fieldCreditCode, creditCodeUsed(by: holder))
        case let .noPolicyInForce(d, _):
            return tr("第十四条：\(d) 没有有效政策，不能作出决定。请管理员载入新政策，或记录“原政策继续执行”（stationdesk policy continue）",
                      "Art. 14: no policy is in force on \(d), so no decision can be dated then. An admin may load a successor policy or record a provisional continuation (stationdesk policy continue)")
        case let .transitionNotAllowed(f, t):
            return tr("第五条：不能从“\(applicationState(f))”转到“\(applicationState(t))”", "Art. 5: \(applicationState(f)) → \(applicationState(t)) is not a step")
        case let .roleRequired(role): return tr("须由“\(roleName(role))”办理", "needs the \(roleName(role)) role")
        case let .reasonRequired(s): return tr("转为“\(applicationState(s))”须写明理由", "a reason is required for \(applicationState(s))")
        case let .referenceRequired(s): return tr("“\(applicationState(s))”须填写文号或会议", "\(applicationState(s)) needs the decision reference")
        case let .materialMissing(m): return tr("第六条：材料“\(material(m))”未收到", "Art. 6: \(material(m)) not received")
        case let .conditionNotConfirmed(n): return tr("第四条第\(n)项未核实", "Art. 4 condition \(n) not confirmed")
        case let .conditionNotMet(n): return tr("第四条第\(n)项不符合", "Art. 4 condition \(n) is not met")
        case let .tooFewStaff(f, m): return tr("第四条第2项：工作人员\(f)名，至少\(m)名（含站长）", "Art. 4.2: \(f) staff, at least \(m) including the head")
        case .noHead: return tr("第九条：未确定站长人选", "Art. 9: no head named")
        case .noPartner: return tr("第二条：没有共建方", "Art. 2: no partner")
        case let .partnerTypeMismatch(p, k, t):
            return tr("第七条：共建方“\(p)”为\(partnerKind(k))，只能设\(stationType(k.stationType))工作站，不能设\(stationType(t))",
                      "Art. 7: partner \(p) is a \(partnerKind(k)), which makes a \(stationType(k.stationType)) station, not \(stationType(t))")
        case let .partnerInLiuzhou(p): return tr("第二条：共建方“\(p)”须在柳州市外", "Art. 2: partner \(p) must be outside Liuzhou")
        case let .roundPlaces(n): return tr("每轮名额至少1个，实为\(n)", "a round needs at least one place, found \(n)")
        case .roundUnknown: return tr("不知申请所属轮次，无法核对名额", "the round is unknown: the quota cannot be checked")
        case let .secondRoundInYear(y): return tr("第五条第5项：\(y)年已有评选轮次，原则上每年一次，另开须写明理由", "Art. 5.5: \(y) has a round already; a second needs a reason")
        case let .unitAlreadyHasStation(s): return tr("第五条第4项：该单位已有工作站“\(s)”，须审定人记录例外及理由", "Art. 5.4: the unit already has the station \(s); an approver's exception is needed")
        case let .roundFull(p): return tr("本轮\(p)个名额已满", "the round's \(p) places are taken")
        case let .planCapReached(c, period): return tr("第五条第4项：“\(period)”期间新设不超过\(c)家，已满", "Art. 5.4: the cap of \(c) new stations in \(planName(period)) is reached")
        case .outsideShortlist: return tr("在名额线外", "below the line")
        case .tiedAtCutOff: return tr("在名额线上并列，须写明取舍理由", "tied at the line: record the reason for the choice")
        case .notRanked: return tr("还没有已提交的评分表", "no submitted score sheet yet")
        case .noNotice: return tr("第五条第3项：尚未公示", "Art. 5.3: not in a notice")
        case let .noticeNotOver(l): return tr("第五条第3项：公示至\(l)止，尚未期满", "Art. 5.3: the notice runs until \(l)")
        case .objectionOpen: return tr("有未处理的异议", "an objection is open")
        case .noObjection: return tr("没有未处理的异议", "no open objection")
        case let .objectionOutsideNotice(d, f, l): return tr("异议日期\(d)不在公示期\(f)至\(l)内", "\(d) is outside the notice \(f) to \(l)")
        case let .objectionNotResolved(res):
            return res == .rejected ? tr("异议须先认定成立", "the objection must be upheld first")
                                    : tr("异议须先认定不成立", "the objection must be dismissed first")
        case let .freshNoticeRequired(d): return tr("异议处理后须于\(d)或以后重新公示", "a fresh notice on or after \(d) is required")
        case let .reviewerTiedToUnit(rv, _, note): return tr("回避：\(rv) 与设站单位有关联（\(note)）", "conflict of interest: \(rv) is tied to the unit (\(note))")
        case let .reviewerTiedToPartner(rv, _, note): return tr("回避：\(rv) 与共建方有关联（\(note)）", "conflict of interest: \(rv) is tied to a partner (\(note))")
        case let .stationNotActive(s): return tr("工作站状态为“\(stationStatus(s))”", "the station is \(stationStatus(s))")
        case let .stationNameUsed(n, st):
            return tr("已有名为“\(n)”的工作站（\(stationStatus(st))），不能同名", "a station is already named \(n) (\(stationStatus(st)))")
        case let .stationUnknown(id): return tr("找不到续约的工作站 #\(id)", "the renewed station #\(id) is not in the store")
        case let .assignmentClosed(s):
            return tr("申请为“\(applicationState(s))”：评审专家在受理后、择优前分派", "the application is \(applicationState(s)): reviewers are assigned between submission and the shortlist")
        case .noReviewerChosen: return tr("没有选择评审专家", "no reviewer chosen")
        case let .notAReviewer(l): return tr("\(l) 没有“评审专家”角色", "\(l) does not hold the reviewer role")
        case let .alreadyAssigned(r): return tr("\(r) 已分派过", "\(r) is assigned already")
        case let .siteVisitClosed(s):
            return tr("申请为“\(applicationState(s))”：实地考察在评审期间记录", "the application is \(applicationState(s)): a site visit is recorded during review")
        case let .dateInFuture(d): return tr("日期 \(d) 晚于今天", "\(d) is after today")
        case .findingsRequired: return tr("须填写考察情况", "the findings are required")
        case let .tooManyChosenAtLine(n, o): return tr("线上并列选入 \(n) 个，只剩 \(o) 个名额", "\(n) chosen at the line for \(o) place(s)")
        case let .lineTaken(o, by):
            return tr("名额线上并列者只有 \(o) 个名额，已由“\(by.joined(separator: "”、“"))”入围",
                      "the line had \(o) place(s) for the tied, taken by \(by.joined(separator: ", "))")
        case let .applicationNotRanked(n): return tr("“\(n)”还没有已提交的评分表", "\(n) has no submitted score sheet yet")
        case .nothingToShortlist: return tr("本轮没有评审中的申请", "no application of the round is in review")
        case let .applicationMoved(f, t):
            return tr("申请已由“\(applicationState(f))”变为“\(applicationState(t))”，请重新查看", "the application moved from \(applicationState(f)) to \(applicationState(t)) meanwhile; look again")
        case let .calendarUnknown(y):
            return tr("工作日历没有\(y)年，无法计算公示期；请在 data/calendar 中补入当年放假安排", "the working-day calendar has no \(y): the notice cannot be counted; add that year to data/calendar")
        case let .renewalOfAnotherUnit(s): return tr("续约的工作站“\(s)”属于其他单位", "the renewed station \(s) belongs to another unit")
        case let .intakeClosed(s): return tr("申请为“\(applicationState(s))”：登记内容只能在受理前后修改", "the application is \(applicationState(s)): the intake can only be changed until review")
        case let .applicationClosed(s): return tr("申请已办结（\(applicationState(s))）", "the application is closed (\(applicationState(s)))")
        default: return r.words.text(language)
        }
    }

    /// One record of a stored table, as a refusal names it ("共建方", "Partner").
    public func recordNoun(_ table: String) -> String {
        switch table {
        case "unit": return tr("设站单位", "Unit")
        case "partner": return tr("共建方", "Partner")
        case "application": return tr("申请", "Application")
        default: return journalTable(table)
        }
    }

    /// Art. 4.1: the form field and record line of a unit's note on a code from outside Liuzhou.
    public var fieldLocationNote: String { tr("非柳州代码说明", "Note: code not from Liuzhou") }

    /// The same shown under the form field it concerns (the field's label is beside it already).
    public func fieldRefusal(_ r: Refusal) -> String {
        switch r {
        case .fieldRequired: return required
        case .creditCodeUsed(_, let holder): return creditCodeUsed(by: holder)
        case .creditCodeInvalid(let p): return describe(p)
        case .partnerInLiuzhou: return partnerInLiuzhou
        case .outsideStationLife, .talentOutsideStationLife: return stationLifeShort(r) ?? refusal(r)
        case .unitOutsideLiuzhou:
            return tr("代码不是柳州（4502）的：须写明在柳州经营的说明（第四条第1项）",
                      "the code is not from Liuzhou (4502): write how the unit operates in Liuzhou (Art. 4.1)")
        default: return refusal(r)
        }
    }

    /// Every reason of a refusal, one per line.
    public func refused(_ r: Refused) -> String { r.reasons.map(refusal).joined(separator: "\n") }

    /// Said when a key asks for a change the user's roles do not grant (nothing is sent to the store).
    public func notPermitted(_ p: Permission) -> String {
        tr("需要“\(roleName(p.role))”角色才能这样修改", "this change needs the \(roleName(p.role)) role")
    }

    /// A store command's name as a verb phrase ("删除单位"), nil for a name the catalog does not know.
    public func commandName(_ name: String) -> String? {
        switch name {
        case "unit-add": return tr("新增单位", "add unit")
        case "unit-edit": return tr("修改单位", "edit unit")
        case "unit-delete": return tr("删除单位", "delete unit")
        case "partner-add": return tr("新增共建方", "add partner")
        case "partner-edit": return tr("修改共建方", "edit partner")
        case "partner-delete": return tr("删除共建方", "delete partner")
        case "import-units": return tr("导入设站单位", "import units")
        case "import-partners": return tr("导入共建方", "import partners")
        case "import-stations": return tr("导入工作站", "import stations")
        case "import-talents": return tr("导入人才", "import talents")
        case "sheet-submit": return tr("提交评分表", "submit score sheet")
        case "sheet-reopen": return tr("退回评分表", "reopen score sheet")
        case "sheet-withdraw": return tr("撤回评分表", "withdraw score sheet")
        case "sheet-assign": return tr("分配评分表", "assign score sheet")
        case "tie-declare": return tr("声明回避", "declare tie")
        case "tie-remove": return tr("删除回避声明", "remove tie")
        case "user-deactivate": return tr("停用用户", "deactivate user")
        case "user-reactivate": return tr("恢复用户", "reactivate user")
        case "user-add": return tr("新增用户", "add user")
        case "user-edit": return tr("修改用户", "edit user")
        case "preferences": return tr("偏好设置", "preferences")
        case "act-as": return tr("管理员代为操作", "admin acting as")
        case "policy-load": return tr("载入政策", "load policy")
        case "policy-continue": return tr("原政策继续执行", "continue policy")
        case "station-filing": return tr("人员变更备案", "file a staff change at")
        case "station-filing-acknowledge": return tr("记录备案确认日期", "record a filing's acknowledgement at")
        case "station-termination-letter": return tr("记录期满终止函", "record the termination letter of")
        case "station-edit": return tr("修改工作站", "edit station")
        case "activity-add": return tr("登记活动", "log activity")
        case "activity-edit": return tr("修改活动", "edit activity")
        case "activity-delete": return tr("删除活动", "delete activity")
        case "demand-add": return tr("登记人才需求", "add talent demand of")
        case "demand-edit": return tr("修改人才需求", "edit talent demand of")
        case "demand-delete": return tr("删除人才需求", "delete talent demand of")
        case "talent-add": return tr("新增人才", "add talent")
        case "talent-edit": return tr("修改人才", "edit talent")
        case "talent-delete": return tr("删除人才", "delete talent")
        case "talent-recredit": return tr("人才改记到", "re-credit talents to")
        case "talent-employer-kind": return tr("设置单位性质", "set employer kind")
        case "demo-evaluations": return tr("年度评估、等级与补贴", "evaluations, grades and subsidies")
        case "round-open": return tr("开启年度评选", "open the round")
        case "application-add": return tr("受理登记", "take in an application")
        case "application-edit": return tr("修改申请登记", "edit an application's intake")
        case "application-submit": return tr("受理申请", "submit an application")
        case "application-start-review": return tr("送专家评审", "send to review")
        case "application-shortlist": return tr("列入初步名单", "shortlist")
        case "application-not-select": return tr("不予入选", "not select")
        case "application-bureau-approve": return tr("科技局审定", "Bureau approval")
        case "application-group-approve": return tr("领导小组审定", "leading group approval")
        case "application-publish-notice": return tr("公示", "publish the notice")
        case "application-lodge-objection": return tr("登记异议", "record an objection")
        case "application-dismiss-objection": return tr("异议不成立，重新公示", "dismiss an objection")
        case "application-uphold-objection": return tr("异议成立", "uphold an objection")
        case "application-sign-agreement": return tr("签订合作协议", "sign the agreement")
        case "application-withdraw": return tr("撤回申请", "withdraw an application")
        case "application-reject": return tr("不予设立", "reject an application")
        case "shortlist-confirm": return tr("确认初步名单", "confirm the shortlist")
        case "reviewers-assign": return tr("分派评审专家", "assign reviewers")
        case "site-visit": return tr("记录实地考察", "record a site visit")
        case "quota-exception": return tr("记录名额例外", "record a quota exception")
        default: return moneyCommandName(name)
        }
    }

    /// What a journal entry did, in a line: "删除单位“柳州某厂”", "导入人才“t.csv”（7条）"; an undo,
    /// redo or revert says so before what it was about.
    public func journalWhat(_ e: JournalEntry) -> String {
        switch e.kind {
        case .command:
            if e.command.hasPrefix("setup-") {
                let inner = String(e.command.dropFirst("setup-".count))
                let subject = inner.hasPrefix("import-") && !e.summary.isEmpty ? tr("“\(e.summary)”", " “\(e.summary)”") : ""
                let what = commandName(inner).map { $0 + subject } ?? e.summary
                return tr("载入演示数据：", "demo data: ") + what + tr("（\(e.changeCount)条）", " (\(e.changeCount) records)")
            }
            guard let verb = commandName(e.command) else { return e.summary }
            // A bulk change of talents names the kind set (stored as its code) and counts its records.
            let bulk = e.command.hasPrefix("import-") || e.command == "talent-recredit" || e.command == "talent-employer-kind"
            let said = e.command == "talent-employer-kind" ? employerKind(EmployerKind(rawValue: e.summary)) : e.summary
            let subject = said.isEmpty ? "" : tr("“\(said)”", " “\(said)”")
            let count = bulk ? tr("（\(e.changeCount)条）", " (\(e.changeCount) records)") : ""
            return verb + subject + count
        case .undo: return tr("撤销第\(e.undoes ?? 0)条：\(e.summary)", "undo of No. \(e.undoes ?? 0): \(e.summary)")
        case .redo: return tr("重做：\(e.summary)", "redo: \(e.summary)")
        case .revert: return tr("撤回第\(e.undoes ?? 0)条：\(e.summary)", "revert of No. \(e.undoes ?? 0): \(e.summary)")
        }
    }
}
