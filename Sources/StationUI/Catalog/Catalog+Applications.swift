import StationDomain

/// The strings of the 申请 applications area: rounds, the list, the record, the `t` menu of steps,
/// the shortlist and the notice; and the refusals of the procedure in one language at a time.
extension Catalog {
    private func ta(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    // MARK: states and steps
    public func applicationState(_ s: ApplicationState) -> String {
        switch s {
        case .draft: return ta("草稿", "draft")
        case .submitted: return ta("已受理", "submitted")
        case .inReview: return ta("评审中", "in review")
        case .shortlisted: return ta("初步入围", "shortlisted")
        case .notSelected: return ta("未入选", "not selected")
        case .bureauApproved: return ta("科技局已审定", "Bureau approved")
        case .groupApproved: return ta("领导小组已审定", "group approved")
        case .inNotice: return ta("公示中", "in notice")
        case .objection: return ta("异议处理中", "objection")
        case .agreementSigned: return ta("已签协议", "agreement signed")
        case .withdrawn: return ta("已撤回", "withdrawn")
        case .rejected: return ta("不予设立", "rejected")
        }
    }
    /// The state in the list's narrow column.
    public func applicationStateShort(_ s: ApplicationState) -> String {
        switch s {
        case .bureauApproved: return ta("局审定", "Bureau ok")
        case .groupApproved: return ta("小组审定", "group ok")
        case .objection: return ta("异议中", "objection")
        case .agreementSigned: return ta("已签协议", "signed")
        case .notSelected: return ta("未入选", "not sel.")
        default: return applicationState(s)
        }
    }
    public var applicationStateColumnWidth: Int { language == .zh ? 8 : 10 }

    public func stepName(_ s: ApplicationStep) -> String {
        switch s {
        case .submit: return ta("受理（材料齐全，提交第三方机构）", "submit (materials complete, to the agency)")
        case .startReview: return ta("送专家评审", "send to expert review")
        case .shortlist: return ta("列入初步名单", "put on the shortlist")
        case .notSelect: return ta("不予入选", "not selected")
        case .bureauApprove: return ta("科技局审定", "Bureau approval")
        case .groupApprove: return ta("市委人才工作领导小组审定", "leading group approval")
        case .publishNotice: return ta("向社会公示（5个工作日）", "publish the notice (5 working days)")
        case .lodgeObjection: return ta("登记异议", "record an objection")
        case .dismissObjection: return ta("异议不成立，重新公示", "objection dismissed: fresh notice")
        case .upholdObjection: return ta("异议成立，不予设立", "objection upheld: rejected")
        case .signAgreement: return ta("签订合作协议，设立工作站", "agreement signed: the station is set up")
        case .withdraw: return ta("撤回申请", "withdraw")
        case .reject: return ta("不予设立", "reject")
        }
    }
    public func stepWho(_ s: ApplicationStep) -> String {
        switch s {
        case .bureauApprove, .groupApprove, .reject, .upholdObjection, .dismissObjection: return ta("审定", "approver")
        default: return ta("经办人", "clerk")
        }
    }

    /// After a label ("类型：", "Type: "); between items of a list; between names ("、", ", ").
    public var labelColon: String { ta("：", ": ") }
    public var listSeparator: String { ta("；", "; ") }
    public var enumerationSeparator: String { ta("、", ", ") }

    // MARK: list
    public var noRound: String { ta("还没有评选轮次。", "No selection round yet.") }
    public func roundTitle(_ r: Round) -> String { ta("\(r.year)年度评选", "\(r.year) round") }
    public func roundPlaces(_ r: Round, planLeft: Int?, plan: PlanPeriod?) -> String {
        let places = ta("本轮名额 \(r.places)", "places \(r.places)")
        guard let plan else { return places }
        guard let left = planLeft else {
            return places + ta("；\(r.year)年不在“\(plan.name)”规划期内", "; \(r.year) is outside the plan period \(planName(plan.name))")
        }
        return places + ta("；“\(plan.name)”期间不超过\(plan.stationCap)家，尚余 \(left)",
                           "; \(planName(plan.name)): cap \(plan.stationCap), \(left) left")
    }
    public func stateCounts(_ counts: [(ApplicationState, Int)]) -> String {
        counts.map { "\(applicationStateShort($0.0)) \($0.1)" }.joined(separator: ta("  ", " · "))
    }
    public var columnProposedName: String { ta("拟设工作站", "Proposed station") }
    public var columnApplicant: String { ta("设站单位", "Unit") }
    public var columnScore: String { ta("评分", "Score") }
    public var columnLastStep: String { ta("最近一步", "Last step") }
    public var applicationsEmpty: String { ta("本轮还没有申请。", "No applications in this round yet.") }
    public var keyRound: String { ta("轮次", "round") }
    public var keySteps: String { ta("办理", "steps") }
    public var keyStepsLong: String { ta("办理：现在可走的步骤，及其余步骤不能走的理由", "workflow steps: what may be done now, and why not the others") }
    public var keyShortlist: String { ta("择优名单", "shortlist") }
    public var keyNotice: String { ta("公示", "notice") }
    public var renewalMark: String { ta("〔续〕", "[renewal] ") }
    public var noPolicyToday: String {
        ta("今天没有有效政策：名额和步骤无法判断。", "No policy in force today: places and steps cannot be judged.")
    }

    // MARK: record
    public func conditionState(_ s: ConditionState) -> String {
        switch s {
        case .unchecked: return ta("未核", "unchecked")
        case .met: return ta("符合", "met")
        case .notMet: return ta("不符合", "not met")
        case .forReviewers: return ta("由评审判断", "for the reviewers")
        }
    }
    public func conditionTitle(_ n: Int) -> String {
        switch n {
        case 1: return ta("依法在柳经营，符合科技创新政策", "operates lawfully in Liuzhou")
        case 2: return ta("场所；2名以上人员（含站长）；经费；制度", "venue; 2+ staff incl. head; funds; rules")
        case 3: return ta("正式合作协议（不含框架、意向协议）", "formal cooperation agreement")
        case 4: return ta("人才与项目资源，引才经验", "talent and project resources")
        case 5: return ta("沟通协调与承办活动能力", "coordination, can host events")
        case 6: return ta("学科契合产业，产学研合作基础（高校院所类）", "disciplines fit industry (university type)")
        default: return "\(n)"
        }
    }
    public func material(_ m: MaterialKind) -> String {
        switch m {
        case .applicationForm: return ta("设立申请表", "application form")
        case .legalPersonCertificate: return ta("法人资格证书原件及复印件", "legal-person certificate")
        case .officeProof: return ta("固定办公场所证明", "proof of office")
        case .headRegistration: return ta("站长人选登记表", "head registration form")
        case .successCases: return ta("招才引智成功案例", "success cases")
        case .profileAndPlan: return ta("单位情况介绍及设站规划", "profile and plan")
        }
    }
    public var sectionConditions: String { ta("第四条 设站条件", "Art. 4 conditions") }
    public var sectionMaterials: String { ta("第六条 提交材料", "Art. 6 materials") }
    public var sectionReview: String { ta("专家评审", "Expert review") }
    public var sectionSiteVisit: String { ta("实地考察", "Site visit") }
    public var sectionSteps: String { ta("办理经过", "Steps taken") }
    public var sectionNoticeObjections: String { ta("公示与异议", "Notice and objections") }
    public var notReceived: String { ta("未收到", "not received") }
    public func received(_ d: CivilDate) -> String { ta("\(d) 收到", "received \(d)") }
    public var notApplicable: String { ta("不适用", "n/a") }
    public var fieldRound: String { ta("轮次", "Round") }
    public var fieldProposedHead: String { ta("站长人选", "Proposed head") }
    public var fieldRenews: String { ta("续约", "Renews") }
    public var newStation: String { ta("新设", "new station") }
    public var fieldState: String { ta("状态", "State") }
    public var fieldCreated: String { ta("登记日期", "Taken in") }
    public func unitHasStation(_ names: [String]) -> String {
        ta("⚠ 该单位已有工作站：\(names.joined(separator: "、"))（第五条第4项：原则上一个单位一个工作站）",
           "⚠ the unit already has a station: \(names.joined(separator: ", ")) (Art. 5.4: one station per unit)")
    }
    public func sheetLine(reviewer: String, state: String, total: String) -> String {
        ta("\(reviewer)  \(state)  \(total)", "\(reviewer)  \(state)  \(total)")
    }
    public var sheetNew: String { ta("未开始", "new") }
    public var sheetDraft: String { ta("草稿", "draft") }
    public func sheetSubmitted(_ d: CivilDate) -> String { ta("\(d) 已提交", "submitted \(d)") }
    public func aggregateLine(_ score: String, sheets: Int, spread: String?, trimmed: Bool) -> String {
        let s = spread.map { ta("，分差 \($0)", ", spread \($0)") } ?? ""
        return ta("综合得分 \(score)（\(sheets) 份已提交\(trimmed ? "，去掉一个最高分和一个最低分" : "")\(s)）",
                  "aggregate \(score) (\(sheets) submitted\(trimmed ? ", highest and lowest dropped" : "")\(s))")
    }
    public var noSheets: String { ta("尚未分派评审专家", "no reviewer assigned yet") }
    public func stepLine(_ e: ApplicationEvent) -> String {
        var s = "\(e.on)  \(applicationState(e.from)) → \(applicationState(e.to))  \(e.by)"
        if !e.reference.isEmpty { s += ta("  文号/会议：\(e.reference)", "  ref: \(e.reference)") }
        if !e.reason.isEmpty { s += ta("  理由：\(e.reason)", "  reason: \(e.reason)") }
        return s
    }
    public func noticeLine(_ n: Notice) -> String {
        ta("\(n.publishedOn) 发布，公示期 \(n.firstDay) 至 \(n.lastDay)", "published \(n.publishedOn), runs \(n.firstDay) to \(n.lastDay)")
    }
    public func objectionLine(_ o: Objection) -> String {
        let r: String
        switch o.resolution {
        case nil: r = ta("未处理", "open")
        case .renotice?: r = ta("\(o.resolvedOn.map(\.description) ?? "") 不成立，重新公示", "dismissed \(o.resolvedOn.map(\.description) ?? ""): fresh notice")
        case .rejected?: r = ta("\(o.resolvedOn.map(\.description) ?? "") 成立，不予设立", "upheld \(o.resolvedOn.map(\.description) ?? ""): rejected")
        }
        return ta("\(o.lodgedOn) 异议：\(o.text)（\(r)）", "\(o.lodgedOn) objection: \(o.text) (\(r))")
    }
    public func visitLine(_ v: SiteVisit) -> String {
        ta("\(v.date)  人员：\(v.people.isEmpty ? "—" : v.people)  情况：\(v.findings)",
           "\(v.date)  people: \(v.people.isEmpty ? "—" : v.people)  findings: \(v.findings)")
    }
    public func stationSetUp(_ name: String) -> String { ta("已设立工作站：\(name)", "station set up: \(name)") }
    public func historyOfApplication(_ name: String) -> String { ta("\(name) 的办理经过", "Steps of \(name)") }
    public var fieldStationSetUp: String { ta("工作站", "Station") }
    public var keyJournalOfRecord: String { ta("修改日志", "journal of the record") }
    public var noStepsYet: String { ta("尚无办理记录。", "No step taken yet.") }

    // MARK: intake form
    public func newApplication(_ round: String) -> String { ta("新申请（\(round)）", "New application (\(round))") }
    public var fieldProposedName: String { ta("拟设名称", "Name") }
    public var keyIntake: String { ta("受理登记", "intake") }
    public var keyEditIntake: String { ta("修改登记", "edit intake") }
    public var keyOpenRound: String { ta("开启评选", "open a round") }
    public var keySiteVisit: String { ta("考察", "site visit") }
    public var keyAssignReviewers: String { ta("分派", "assign") }
    public var keyQuotaException: String { ta("记录名额例外", "record a quota exception") }
    public var keyPick: String { ta("选择", "pick") }
    public var keyToday: String { ta("填今天", "today") }
    public var keyMark: String { ta("标记", "mark") }
    public var keyAddUnit: String { ta("新增单位", "add a unit") }
    public var pickHint: String { ta("（Enter 选择）", "(Enter picks)") }
    public var pickManyHint: String { ta("（Enter 选择，可多选）", "(Enter picks one or more)") }
    public func renewalOf(_ station: String) -> String { ta("续约：\(station)", "renews \(station)") }
    public var typeFollowsPartners: String { ta("随共建方", "from partners") }
    public var fieldHeadShort: String { ta("站长人选", "Head") }
    public var fieldStaffOthers: String { ta("其他工作人员", "Other staff") }
    public func conditionShort(_ n: Int) -> String {
        switch n {
        case 1: return ta("依法在柳经营", "lawful in Liuzhou")
        case 2: return ta("场所人员经费制度", "venue staff funds rules")
        case 3: return ta("正式合作协议", "formal agreement")
        case 4: return ta("人才项目资源", "talent resources")
        case 5: return ta("沟通协调承办", "coordination, events")
        case 6: return ta("学科契合产业", "disciplines fit")
        default: return "\(n)"
        }
    }
    public var columnEvidence: String { ta("所见证据", "Evidence seen") }
    public var columnNote: String { ta("备注", "Note") }
    public var materialsLegend: String { ta("（收到日期；Space 填今天）", " (date received; Space: today)") }
    public var dateInFuture: String { ta("不能晚于今天", "must not be after today") }
    public var pickUnit: String { ta("选择设站单位（a 新增）", "Pick the unit (a adds one)") }
    public var pickPartners: String { ta("选择共建方（Space 标记多个，Enter 确定）", "Pick partners (Space marks several, Enter takes them)") }
    public var pickRenewal: String { ta("新设，或续约哪个工作站", "New, or the station renewed") }
    public var noUnitsAddOne: String { ta("还没有设站单位。按 a 新增。", "No units yet. Press a to add one.") }

    // MARK: the t menu
    public func stepsTitle(_ name: String) -> String { ta("办理：\(name)", "Steps: \(name)") }
    public func stepsHeading(_ state: ApplicationState, on date: CivilDate) -> String {
        ta("当前状态：\(applicationState(state))。\(date) 可办理的步骤：", "Now \(applicationState(state)). Steps allowed on \(date):")
    }
    public var stepsNoneAllowed: String { ta("（现在没有可办理的步骤）", "(no step is allowed now)") }
    public var stepsRefusedHeading: String { ta("不能办理的步骤及理由：", "Steps not allowed, and why:") }
    public var stepsFinal: String { ta("申请已办结，没有后续步骤。", "The application is closed: no further step.") }
    public func stepNeeds(reference: Bool, reason: Bool) -> String {
        var parts: [String] = []
        if reference { parts.append(ta("须填文号或会议", "needs the reference")) }
        if reason { parts.append(ta("须写明理由", "needs a reason")) }
        return parts.isEmpty ? "" : ta("（", " (") + parts.joined(separator: ta("，", ", ")) + ta("）", ")")
    }
    public var keyChooseStep: String { ta("办理此步", "take this step") }
    public func stepChosen(_ step: String) -> String { ta("已选择：\(step)", "Chosen: \(step)") }
    public var keyApply: String { ta("确定", "apply") }
    public var tiedNeedsReason: String { ta("在名额线上并列：须写明取舍理由", "tied at the line: the choice needs a reason") }
    public var stepsReadOnlyNote: String {
        ta("（步骤由审定人或经办人在此办理；规则由系统核对）", "(the rules are checked by the store when a step is taken)")
    }

    // MARK: a step's form
    public var fieldStepDate: String { ta("日期", "Date") }
    public var fieldReference: String { ta("文号或会议", "Reference") }
    public var fieldObjector: String { ta("异议人", "Lodged by") }
    public var fieldObjection: String { ta("异议内容", "Objection") }
    public var fieldReason: String { ta("理由", "Reason") }
    public var fieldReasonIfAgainst: String { ta("理由（与排名不同时）", "Reason (against the ranking)") }
    public var fieldLetterOn: String { ta("聘书日期", "Appointment letter on") }
    public var keyTakeStep: String { ta("办理", "take the step") }
    public func stepTaken(_ step: String, _ state: String) -> String { ta("已办理：\(step)（现为“\(state)”）", "Done: \(step) (now \(state))") }
    public func stepRefused(_ step: String) -> String { ta("未办理：\(step)（理由见下）", "Not done: \(step) (why below)") }
    public func stepFormHeading(_ step: String, _ name: String) -> String { ta("\(step)：\(name)", "\(step): \(name)") }

    // MARK: the small forms
    public var fieldRoundYear: String { ta("年度", "Year") }
    public var fieldPlaces: String { ta("本轮名额", "Places") }
    public var fieldOpenedOn: String { ta("开启日期", "Opened on") }
    public var fieldRoundNote: String { ta("说明（同年第二轮须写明理由）", "Note (a second round in a year needs a reason)") }
    public var fieldVisitPeople: String { ta("考察人员", "People") }
    public var fieldFindings: String { ta("考察情况", "Findings") }
    public var fieldExceptionKind: String { ta("例外", "Exception") }
    public func exceptionKind(_ k: QuotaExceptionKind) -> String {
        switch k {
        case .secondStationForUnit: return ta("同一单位第二个工作站", "a second station for the unit")
        case .beyondPlanCap: return ta("超出规划期名额（人才特别集聚）", "beyond the plan cap (talent concentrated)")
        }
    }
    public func tieChoice(_ chosen: Int, of ties: Int) -> String {
        ta("线上并列 \(ties) 份，已选入 \(chosen) 份（Space 在名单中标记）；取舍须写明理由", "\(ties) tied at the line, \(chosen) chosen (Space marks them on the list); the choice needs a reason")
    }
    public func planStanding(_ p: PlanPeriod, used: Int, left: Int?) -> String {
        guard let left else { return ta("今年不在“\(p.name)”规划期（\(p.firstYear)–\(p.lastYear)）内", "this year is outside the plan period \(planName(p.name))") }
        return ta("“\(p.name)”（\(p.firstYear)–\(p.lastYear)）新设不超过 \(p.stationCap) 家：已设及已审定 \(used)，尚余 \(left)",
                  "\(planName(p.name)) (\(p.firstYear)–\(p.lastYear)): cap \(p.stationCap) new stations, \(used) set up or approved, \(left) left")
    }
    /// A plan period's name (data: "十五五") in the language in use: the Five-Year Plans by number
    /// in English; any other name as written.
    public func planName(_ name: String) -> String {
        guard language == .en else { return name }
        let numbers = ["十三五": "13th", "十四五": "14th", "十五五": "15th", "十六五": "16th"]
        return numbers[name].map { "the \($0) Five-Year Plan" } ?? name
    }
    public var openRoundTitle: String { ta("开启年度评选", "Open the year's round") }
    public func siteVisitTitle(_ name: String) -> String { ta("实地考察：\(name)", "Site visit: \(name)") }
    public func quotaExceptionTitle(_ name: String) -> String { ta("名额例外：\(name)", "Quota exception: \(name)") }
    public func confirmShortlistTitle(_ r: Round) -> String { ta("确认\(r.year)年度初步名单", "Confirm the \(r.year) shortlist") }
    public var notANumber: String { ta("须为数字", "must be a number") }
    public func roundOpened(_ round: String) -> String { ta("已开启\(round)", "Opened: \(round)") }
    public func siteVisitRecorded(_ name: String) -> String { ta("已记录实地考察：\(name)", "Site visit recorded: \(name)") }
    public func exceptionRecorded(_ kind: String) -> String { ta("已记录名额例外：\(kind)", "Quota exception recorded: \(kind)") }
    public func shortlistConfirmed(_ n: Int) -> String { ta("已确认初步名单：入围 \(n) 份", "Shortlist confirmed: \(n) in") }
    public var notDoneWhy: String { ta("未办理（理由见下，输入仍在）", "Not done (why below; your input is kept)") }

    // MARK: assigning reviewers
    public var columnReviewer: String { ta("评审专家", "Reviewer") }
    public var columnTies: String { ta("回避关联", "Ties") }
    public var columnAssigned: String { ta("已分派", "Assigned") }
    public var assignedMark: String { ta("✓ 已分派", "✓ yes") }
    public var keyDeadline: String { ta("截止日期", "deadline") }
    public var deadlineLabel: String { ta("截止：", "Due: ") }
    public var deadlineProblem: String { ta("截止日期须为今天或以后（YYYY-MM-DD）", "the deadline is today or later (YYYY-MM-DD)") }
    public var keyAssign: String { ta("分派", "assign") }
    public func assignTitle(_ name: String) -> String { ta("分派评审专家：\(name)", "Assign reviewers: \(name)") }
    public func tiedTo(_ who: String, _ note: String) -> String { ta("回避：与“\(who)”有关联（\(note)）", "tied to \(who) (\(note))") }
    public func reviewersAssigned(_ logins: [String]) -> String { ta("已分派：\(logins.joined(separator: "、"))", "Assigned: \(logins.joined(separator: ", "))") }
    public var noReviewers: String { ta("没有持“评审专家”角色的用户；管理员可在设置中添加。", "No user holds the reviewer role; an admin adds one in Settings.") }

    // MARK: shortlist
    public func shortlistTitle(_ r: Round) -> String { ta("\(r.year)年度择优名单", "\(r.year) shortlist") }
    public var columnRank: String { ta("名次", "Rank") }
    public var columnSheets: String { ta("份数", "Sheets") }
    public var columnPlacement: String { ta("位置", "Place") }
    public func placement(_ p: ShortlistPlacement) -> String {
        switch p {
        case .selected: return ta("线内", "within")
        case .tiedAtCutOff: return ta("线上并列", "tied at line")
        case .outside: return ta("线外", "below")
        case .notRanked: return ta("无评分", "no score")
        }
    }
    public func quotaLine(_ capacity: Int, places: Int, planLeft: Int?) -> String {
        // The plan's places this round may fill (its own approvals included), not what is left now.
        let plan = planLeft.map { ta("，规划可供本轮 \($0)", ", plan places for this round \($0)") } ?? ""
        return ta("──── 名额线：\(capacity)（本轮名额 \(places)\(plan)，取小者）────",
                  "──── line: \(capacity) (round places \(places)\(plan), the smaller) ────")
    }
    public func tiesAtLine(_ n: Int, open: Int) -> String {
        ta("⚠ \(n) 份申请在名额线上并列，争 \(open) 个名额：并列不自动取舍，须写明理由",
           "⚠ \(n) applications tie at the line for \(open) place(s): ties are not broken silently; a reason is needed")
    }
    public var shortlistEmpty: String { ta("本轮还没有进入评审的申请。", "No application of this round has reached review.") }
    public var notRankedHeading: String { ta("尚无已提交评分表：", "No submitted score sheet yet:") }

    public var keyChooseTied: String { ta("选入", "choose") }
    public var keyConfirmShortlist: String { ta("确认名单", "confirm") }
    public var chosenMark: String { ta("✓选入", "✓ in") }
    public var onlyTiedAreChosen: String { ta("只有线上并列的申请需要选择", "only applications tied at the line are chosen") }

    // MARK: notice
    public func noticeTitle(_ r: Round) -> String { ta("\(r.year)年度公示", "\(r.year) notice") }
    public var fieldPublishedOn: String { ta("发布日期", "Published on") }
    public func noticeDays(first: CivilDate, last: CivilDate, days: Int) -> String {
        ta("公示期：\(first) 至 \(last)（\(days)个工作日，含首日）", "Runs \(first) to \(last) (\(days) working days, the first included)")
    }
    public var noticeStoredHeading: String { ta("已发布的公示：", "Notices published:") }
    public var noticePreview: String { ta("（预览：尚未发布。公示由“办理”中的公示步骤发布）", "(preview: not published yet; the notice step publishes it)") }
    public var keyPublish: String { ta("发布公示", "publish") }
    public func noticePublished(_ n: Int, first: CivilDate?, last: CivilDate?) -> String {
        let days = first.flatMap { f in last.map { ta("，公示期 \(f) 至 \($0)", ", runs \(f) to \($0)") } } ?? ""
        return ta("已发布公示：\(n) 份申请\(days)", "Notice published: \(n) application(s)\(days)")
    }
    public var keyPublishedDate: String { ta("发布日期", "publication date") }
    public var notADate: String { ta("日期格式为 YYYY-MM-DD", "a date is YYYY-MM-DD") }
    public var noNoticeList: String {
        ta("本轮还没有经领导小组审定的申请，没有可公示的名单。", "No application of this round is approved by the leading group yet: nothing to publish.")
    }
}

// MARK: the text rules' fields of the round's and the station's records (TextRules+Records)
extension Catalog {
    /// The field a text rule names (`conditions[3].note`, `siteVisit.findings`, `oldPerson`) in
    /// words; nil for a field of another record (the caller falls back to `fieldLabel`).
    func recordTextField(_ key: String) -> String? {
        if key.hasPrefix("conditions["), let close = key.firstIndex(of: "]"),
           let n = Int(key[key.index(key.startIndex, offsetBy: 11)..<close]) {
            let what = key.hasSuffix(".evidence") ? ta("所见证据", "evidence seen") : ta("备注", "note")
            return ta("第四条第\(n)项\(what)", "Art. 4 line \(n), \(what)")
        }
        if key.hasPrefix("materials["), let close = key.firstIndex(of: "]"),
           let kind = MaterialKind(rawValue: String(key[key.index(key.startIndex, offsetBy: 10)..<close])) {
            return ta("\(material(kind))收到日期", "\(material(kind)): received on")
        }
        switch key {
        case "proposedName": return fieldProposedName
        case "proposedHead": return fieldProposedHead
        case "siteVisit.date": return ta("考察日期", "Visit date")
        case "siteVisit.people": return fieldVisitPeople
        case "siteVisit.findings": return fieldFindings
        case "createdOn": return ta("登记日期", "Taken in on")
        case "by": return ta("办理人", "Taken by")
        case "reference": return fieldReference
        case "on": return fieldDate
        case "text": return fieldObjection
        case "note": return ta("说明", "Note")
        case "openedOn": return fieldOpenedOn
        case "publishedOn": return fieldPublishedOn
        case "firstDay": return ta("公示首日", "First day")
        case "lastDay": return ta("公示末日", "Last day")
        case "lodgedOn": return ta("异议日期", "Lodged on")
        case "resolvedOn": return ta("处理日期", "Resolved on")
        case "appointmentLetterOn": return fieldLetterOn
        case "terminationLetter.reference": return fieldLetterReference
        case "terminationLetter.on": return fieldTerminationLetterOn
        default:
            // The station's records' fields are the journal's columns, spelt in snake case there.
            let column = key.reduce(into: "") { out, ch in out += ch.isUppercase ? "_" + ch.lowercased() : String(ch) }
            let label = journalField(column)
            return label == column ? nil : label
        }
    }
}
