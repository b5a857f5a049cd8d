import StationDomain

/// The strings of a station's record with its tabs, its forms (filings, activities, demand, the
/// termination letter, corrections), and the talents' forms and bulk actions (issue 12).
extension Catalog {
    private func ts(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    // Tabs
    public var stationTabs: [String] {
        language == .zh ? ["详情", "站长与人员", "共建方", "活动", "人才需求", "人才", "评估", "补助", "历史"]
                        : ["Info", "Staff", "Partners", "Acts", "Demand", "Talents", "Evals", "Money", "Log"]
    }
    public var keyTab: String { ts("切换页签", "next tab") }
    public var keyTabLong: String { ts("Tab / Shift-Tab：下一个 / 上一个页签", "Tab / Shift-Tab: next / previous tab") }

    // Flags
    public var flagInNameOnly: String { ts("⚠ 有名无实：没有站长或人员不足2名（含站长）", "⚠ in name only: no head, or fewer than 2 staff with the head") }
    public func flagHeadChanges(_ n: Int) -> String {
        ts("⚠ 本管理期内已变更站长 \(n) 次（超过1次）", "⚠ the head changed \(n) times in this period (more than once)")
    }
    public func flagTerminationLetter(_ l: TerminationLetter) -> String {
        ts("终止函 \(l.on) \(l.reference)", "termination letter \(l.on) \(l.reference)")
    }
    public var fieldTerminationLetter: String { ts("期满终止函", "Termination letter") }
    public var fieldHead: String { ts("站长", "Head") }

    // Head and staff
    public var columnDate: String { ts("日期", "Date") }
    public var columnRole: String { ts("职务", "Role") }
    public var columnChange: String { ts("原 → 新", "Old → new") }
    public var columnReason: String { ts("理由", "Reason") }
    public var columnAcknowledged: String { ts("科技局确认", "Acknowledged") }
    public var filingsEmpty: String { ts("还没有人员变更备案。按 a 登记一次备案。", "No staff filings yet. a files one.") }
    public var keyFile: String { ts("备案", "file") }
    public var keyAcknowledge: String { ts("确认日期", "acknowledged") }
    public var filingHeading: String { ts("人员变更备案", "Staff change filing") }
    public var fieldFiledOn: String { ts("备案日期", "Filed on") }
    public var fieldRole: String { ts("职务", "Role") }
    public var fieldOldPerson: String { ts("原人员", "Leaving") }
    public var fieldNewPerson: String { ts("新人员", "Joining") }
    public var fieldAcknowledgedOn: String { ts("科技局确认日期", "Acknowledged on") }
    public var acknowledgeHeading: String { ts("记录科技局确认日期", "Bureau's acknowledgement") }
    public func filed(_ station: String) -> String { ts("已备案（\(station)），按 u 可撤销", "Filed for \(station); u undoes it") }

    // Partners
    public var partnersOfStationEmpty: String { ts("没有共建方。", "No partners.") }

    // Activities
    public func dutyCountsHeading(_ year: EvaluationYear?) -> String {
        guard let y = year else { return ts("各项职责的活动数（全部）", "Activities per duty (all)") }
        return ts("本评估年度（\(y.start)–\(y.end)）各项职责的活动数：", "Activities per duty this evaluation year (\(y.start)–\(y.end)):")
    }
    public func dutyCount(_ duty: Int, _ n: Int) -> String { ts("\(duty)项 \(n)", "\(duty): \(n)") }
    public var columnDuty: String { ts("职责", "Duty") }
    public var columnTitle: String { ts("名称", "Title") }
    public var columnPlace: String { ts("地点", "Place") }
    public var columnOutcome: String { ts("成效", "Outcome") }
    public var activitiesEmpty: String { ts("还没有活动。按 a 登记。", "No activities yet. a logs one.") }
    public var activityHeading: String { ts("活动", "activity") }
    public var fieldActivityOn: String { ts("日期", "Date") }
    public var fieldDuty: String { ts("职责（第七条）", "Duty (Art. 7)") }
    public var fieldTitle: String { ts("名称", "Title") }
    public var fieldPlace: String { ts("地点", "Place") }
    public var fieldParticipants: String { ts("参加人员", "Participants") }
    public var fieldOutcome: String { ts("成效", "Outcome") }
    public var fieldEvidence: String { ts("佐证材料", "Evidence") }
    public func dutyOption(_ n: Int) -> String { ts("第\(n)项", "\(n)") }

    // Demand
    public var columnEnterprise: String { ts("企业", "Enterprise") }
    public var columnNeed: String { ts("需求", "Need") }
    public var columnHeadcount: String { ts("人数", "No.") }
    public var columnField: String { ts("领域", "Field") }
    public var columnPublished: String { ts("发布", "Published") }
    public var demandEmpty: String { ts("还没有征集的人才需求。按 a 登记。", "No talent demand collected yet. a adds one.") }
    public var demandHeading: String { ts("人才需求", "talent demand") }
    public var fieldEnterprise: String { ts("企业", "Enterprise") }
    public var fieldNeed: String { ts("需求（岗位/人才）", "Need (post / talent)") }
    public var fieldHeadcount: String { ts("人数", "Number of people") }
    public var fieldField: String { ts("领域", "Field") }
    public var fieldCollectedOn: String { ts("征集日期", "Collected on") }
    public var fieldPublished: String { ts("是否发布", "Published") }
    public var fieldPublishedWhere: String { ts("发布渠道", "Where published") }
    public var notPublished: String { ts("未发布", "no") }
    public var yesPublished: String { ts("已发布", "yes") }
    public var notAWholeNumber: String { ts("应为整数", "should be a whole number") }

    // Talents of the station
    public var columnEmployerKind: String { ts("性质", "Kind") }
    public var stationTalentsEmpty: String { ts("没有记在本站的人才。", "No talents credited to this station.") }

    // Evaluations and subsidies
    public var evaluationsEmpty: String { ts("还没有年度评估。", "No evaluations yet.") }
    public var subsidiesEmpty: String { ts("还没有补助。", "No subsidies yet.") }
    /// Two lines per subsidy, so the amounts never run past 80 columns.
    public func subsidyLines(_ s: Subsidy, paid: Fen) -> [String] {
        let amount = s.approved.map { "\($0)" } ?? ts("待核定", "to be decided")
        let due = s.dueOn.map { "\($0)" } ?? "—"
        return [ts("\(s.year)年度  \(gradeText(s.grade))  上限 \(s.cap)  核定 \(amount)", "\(s.year)  \(gradeText(s.grade))  cap \(s.cap)  amount \(amount)"),
                ts("    应付 \(due)  已付 \(paid)", "    due \(due)  paid \(paid)")]
    }

    // Station edit, termination letter, adding a station
    public var keyEditStation: String { ts("更正", "correct") }
    public var keyStep: String { ts("办理", "step") }
    public func editStationHeading(_ name: String) -> String { ts("更正工作站记录：\(name)", "Correct the station record: \(name)") }
    public var fieldEditReason: String { ts("更正理由", "Reason for the change") }
    public var fieldAgreementDate: String { ts("协议日期", "Agreement date") }
    public var fieldUnitName: String { ts("设站单位", "Unit") }
    public var fieldPartnerNames: String { ts("共建方（用；分隔）", "Partners (separated by ;)") }
    public func unknownUnitNamed(_ n: String) -> String { ts("没有名为“\(n)”的设站单位", "no unit is named \(n)") }
    public func unknownPartnerNamed(_ n: String) -> String { ts("没有名为“\(n)”的共建方", "no partner is named \(n)") }
    public var terminationHeading: String { ts("登记期满终止函", "Record the termination letter") }
    public var fieldTerminationLetterOn: String { ts("函件日期", "Letter date") }
    public var fieldLetterReference: String { ts("文号", "Reference") }
    public func terminationRecorded(_ name: String) -> String { ts("已登记终止函：\(name)，按 u 可撤销", "Termination recorded for \(name); u undoes it") }

    // Talents: form and bulk actions
    public var talentHeading: String { ts("人才", "talent") }
    public var fieldTalentName: String { ts("姓名", "Name") }
    public var fieldCategory: String { ts("人才类别", "Category") }
    public var fieldEmployer: String { ts("用人单位", "Employer") }
    public var fieldEmployerKind: String { ts("单位性质", "Employer kind") }
    public var fieldIntroducedOn: String { ts("引进日期", "Introduced on") }
    public var fieldStationCredited: String { ts("记在工作站", "Station credited") }
    public var fieldIDNumberInput: String { ts("身份证号（可不填）", "ID number (optional)") }
    public var fieldIDKept: String { ts("身份证号（已登记，留空则不变）", "ID number (kept; leave empty to keep it)") }
    public func unknownStationNamed(_ n: String) -> String { ts("没有名为“\(n)”的工作站", "no station is named \(n)") }
    public var keyRecredit: String { ts("改记", "re-credit") }
    public var keyEmployerKind: String { ts("性质", "kind") }
    public var keyMarkRow: String { ts("标记", "mark") }
    public func recreditHeading(_ n: Int) -> String { ts("把 \(n) 名人才改记到：", "Re-credit \(n) talent(s) to:") }
    public func employerKindHeading(_ n: Int) -> String { ts("设置 \(n) 名人才的单位性质：", "Set the employer kind of \(n) talent(s):") }
    public func recredited(_ n: Int, to station: String) -> String {
        ts("已把 \(n) 名人才改记到“\(station)”，按 u 可一次撤销", "\(n) talent(s) re-credited to \(station); u undoes it in one step")
    }
    public func classified(_ n: Int, _ kind: String) -> String {
        ts("已把 \(n) 名人才的单位性质设为“\(kind)”，按 u 可一次撤销", "\(n) talent(s) set to \(kind); u undoes it in one step")
    }
    public var keyChoose: String { ts("选择", "choose") }
}

extension Catalog {
    /// A typed station name that fits several.
    public func stationsMatch(_ names: [String]) -> String {
        let list = names.prefix(3).joined(separator: language == .zh ? "、" : ", ") + (names.count > 3 ? "…" : "")
        return language == .zh ? "符合的工作站有 \(names.count) 个：\(list)，请写得更具体" : "\(names.count) stations match: \(list); be more precise"
    }
}

extension Catalog {
    /// A date outside a station's life, said short enough for the line under a form field and the
    /// message line: the span it must fall in and how the span ends. nil for other refusals.
    public func stationLifeShort(_ r: Refusal) -> String? {
        let start: CivilDate, end: CivilDate?, kind: StationLife.End
        switch r {
        case let .outsideStationLife(_, _, _, s, e, k): start = s; end = e; kind = k
        case let .talentOutsideStationLife(_, _, _, s, e, k): start = s; end = e; kind = k
        default: return nil
        }
        let zh: String, en: String
        switch kind {
        case .periodEnd: zh = "管理期届满"; en = "period end"
        case .ended: zh = "已终止"; en = "ended"
        case .revoked: zh = "已撤销"; en = "revoked"
        }
        guard let end else { return language == .zh ? "应在\(start)或以后（协议签订日）" : "only from \(start) (agreement)" }
        return language == .zh ? "应在\(start)至\(end)之间（\(zh)）" : "only \(start)–\(end) (\(en))"
    }
}

extension Catalog {
    public var keyRecreditLong: String {
        language == .zh ? "把标记的人才（或选中的一名）改记到另一工作站，一次撤销" : "re-credit the marked talents (or the selected one) to another station; one undo"
    }
    public var keyEmployerKindLong: String {
        language == .zh ? "设置标记的人才（或选中的一名）的单位性质，一次撤销" : "set the employer kind of the marked talents (or the selected one); one undo"
    }
}

