import StationDomain
import StationStore
import StationExchange


/// Every string the screens show, in Chinese and English, in this one file so translations are
/// complete and reviewable together. Messages from the domain and the store (their errors)
/// already carry both languages and are shown as they are.
public struct Catalog: Sendable {
    public let language: Language

    public init(_ language: Language = .zh) { self.language = language }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    // MARK: areas and home
    public var home: String { t("首页", "Home") }
    public var homeHeading: String { t("主菜单", "Main menu") }
    public func areaName(_ a: DeskArea) -> String {
        switch a {
        case .todo: return t("待办", "To do")
        case .applications: return t("申请", "Applications")
        case .stations: return t("工作站", "Stations")
        case .evaluations: return t("年度评估", "Evaluations")
        case .subsidies: return t("补助", "Subsidies")
        case .talents: return t("人才", "Talents")
        case .unitsPartners: return t("单位与共建方", "Units & partners")
        case .myScores: return t("我的评分", "My score sheets")
        case .journal: return t("日志", "Journal")
        case .settings: return t("设置", "Settings")
        }
    }
    public func areaSummary(_ a: DeskArea) -> String {
        switch a {
        case .unitsPartners: return t("设站单位、共建方的名录", "lead units and co-building partners")
        case .journal: return t("每一次修改：谁、何时、改了什么", "every change: who, when, what")
        case .todo: return t("管理期将满、补助到期、建议撤销", "periods ending, subsidies due, revocations")
        case .stations: return t("工作站名录、管理期与状态", "stations, periods and status")
        case .evaluations: return t("每年人数、等级与撤销提示", "yearly counts, grades, revocations")
        case .subsidies: return t("待核定、待拨付、逾期、支出与退回", "amounts, payments, overdue, spending, returns")
        case .talents: return t("引进的人才名单，各站每年引进图表", "talent records; per-station yearly chart")
        case .applications: return t("评选轮次、设站申请、择优名单与公示", "rounds, applications, shortlist, notice")
        default: return ""
        }
    }

    // MARK: keys
    public var keyMove: String { t("移动", "move") }
    public var keyOpen: String { t("打开", "open") }
    public var keyShortcut: String { t("直达", "go to area") }
    public var keyUndo: String { t("撤销", "undo") }
    public var keyRedo: String { t("重做", "redo") }
    public var keyHelp: String { t("帮助", "help") }
    public var keyQuit: String { t("退出", "quit") }
    public var keyQuitAnywhere: String { t("在任何地方退出（表单中也可）", "quit from anywhere, forms included") }
    public var keyInterrupt: String { t("立即退出", "quit at once") }
    public var keyBack: String { t("返回", "back") }
    public var keyCancel: String { t("取消", "cancel") }
    public var keySwitchList: String { t("单位/共建方", "units/partners") }
    public var keyFilter: String { t("筛选", "filter") }
    public var keyFilterLong: String { t("筛选：输入文字、拼音首字母或全拼", "filter as you type: text, pinyin initials or full pinyin") }
    public var keyFilterType: String { t("筛选", "filter") }
    public var keyFilterKeep: String { t("保留筛选", "keep filter") }
    public var keyFilterClear: String { t("清除筛选", "clear filter") }
    public var typeText: String { t("输入", "type") }
    public var keySort: String { t("排序", "sort") }
    public var keySortLong: String { t("选择排序列；再选同一列则反向", "choose the sort column; again to reverse") }
    public var keySortChoose: String { t("选择列", "choose column") }
    public var keyAdd: String { t("新增", "add") }
    public var keyEdit: String { t("修改", "edit") }
    public var keyDelete: String { t("删除", "delete") }
    public var keyHistory: String { t("历史", "history") }
    public var keyDetails: String { t("详情", "details") }
    public var keyScroll: String { t("滚动", "scroll") }
    public var keyNextField: String { t("下一项", "next field") }
    public var keyPreviousField: String { t("上一项", "previous field") }
    public var keySave: String { t("保存", "save") }
    public var keyEnterField: String { t("下一项；最后一项时保存", "next field; on the last field, save") }
    public var keyChoice: String { t("切换选项", "change the choice") }
    public var keyLineEnds: String { t("到行首/行尾", "start/end of the field") }
    public var keyKill: String { t("删到行首/行尾", "delete to start/end") }

    // MARK: fields and kinds
    public var fieldName: String { t("名称", "Name") }
    public var fieldCreditCode: String { t("统一社会信用代码", "Credit code") }
    public var fieldUnitKind: String { t("单位类型", "Kind") }
    public var fieldPartnerKind: String { t("共建方类型", "Kind") }
    public var fieldAddress: String { t("地址", "Address") }
    public var fieldContact: String { t("联系人", "Contact") }
    public var fieldCity: String { t("所在城市", "City") }
    public var fieldStationType: String { t("工作站类型", "Station type") }
    public func unitKind(_ k: UnitKind) -> String {
        switch k { case .enterprise: return t("企业", "enterprise"); case .institution: return t("事业单位", "institution") }
    }
    public func partnerKind(_ k: PartnerKind) -> String {
        switch k {
        case .university: return t("高校", "university")
        case .institute: return t("科研院所", "institute")
        case .talentService: return t("人才服务机构", "talent service")
        case .park: return t("创新创业园区", "park")
        }
    }
    public func stationType(_ s: StationType) -> String {
        switch s { case .university: return t("高校院所类", "university type"); case .organization: return t("社会组织机构类", "organization type") }
    }
    /// A record field's label by its JSON key, for the journal's before → after.
    public func fieldLabel(_ key: String) -> String {
        switch key {
        case "name": return fieldName
        case "creditCode", "credit_code": return fieldCreditCode
        case "kind": return t("类型", "Kind")
        case "address": return fieldAddress
        case "contact": return fieldContact
        case "city": return fieldCity
        case "location_note", "locationNote": return fieldLocationNote
        case "id": return "id"
        default: return key
        }
    }
    /// A stored value as the screens name it (a kind's label rather than its code).
    public func valueLabel(_ key: String, _ value: String) -> String {
        guard key == "kind" else { return value }
        if let k = UnitKind(rawValue: value) { return unitKind(k) }
        if let k = PartnerKind(rawValue: value) { return partnerKind(k) }
        return value
    }
    public func tableName(_ table: String) -> String {
        switch table {
        case "unit", "units": return tabUnits
        case "partner", "partners": return tabPartners
        default: return table
        }
    }

    // MARK: units & partners list and record
    public var tabUnits: String { t("设站单位", "Units") }
    public var tabPartners: String { t("共建方", "Partners") }
    public func countShown(_ n: Int, of total: Int) -> String {
        n == total ? t("共 \(total) 条", "\(total) records") : t("\(n) / \(total) 条", "\(n) of \(total)")
    }
    public var filterLabel: String { t("筛选：", "Filter:") }
    public func sortPrompt(_ columns: [String]) -> String {
        let list = columns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
        return t("按哪一列排序（同一列再选则反向）：", "Sort by (the same column again reverses): ") + list
    }
    public func sortedBy(_ column: String, reversed: Bool) -> String {
        reversed ? t("已按“\(column)”倒序排列", "Sorted by \(column), descending")
                 : t("已按“\(column)”排列", "Sorted by \(column)")
    }
    public var emptyList: String { t("还没有记录。按 a 新增。", "No records yet. Press a to add one.") }
    public var noMatch: String { t("没有符合筛选的记录。Esc 清除筛选。", "Nothing matches the filter. Esc clears it.") }
    public var recordGone: String { t("（此记录已被删除）", "(this record has been deleted)") }
    public func confirmDelete(_ name: String) -> String { t("删除“\(name)”？", "Delete “\(name)”?") }
    public func deleted(_ name: String) -> String { t("已删除“\(name)”，按 u 可撤销", "Deleted “\(name)”; u undoes it") }

    // MARK: forms
    public func editing(_ name: String) -> String { t("修改 \(name)", "Edit \(name)") }
    public func adding(_ kind: String) -> String { t("新增\(kind)", "Add \(kind.lowercased())") }
    public var required: String { t("必填", "required") }
    public var partnerInLiuzhou: String {
        t("共建方须在柳州市以外（第二条）", "a partner must be outside Liuzhou (Art. 2)")
    }
    public func fieldProblem(_ label: String, _ problem: String) -> String { t("\(label)：\(problem)", "\(label): \(problem)") }
    public func fixFields(_ problems: [String]) -> String {
        t("未保存，请更正：", "Not saved; please correct: ") + problems.joined(separator: t("；", "; "))
    }
    public func saved(_ name: String) -> String { t("已保存“\(name)”", "Saved “\(name)”") }
    public func saveFailed(_ why: String) -> String { t("未保存（输入仍在）：\(why)", "Not saved (your input is kept): \(why)") }
    public var confirmDiscard: String { t("放弃未保存的修改？", "Discard the unsaved changes?") }
    public var conflictHeading: String {
        t("他人在你打开表单后保存了此记录（他人的 → 你的）：", "Someone saved this record after you opened the form (theirs → yours):")
    }
    public var conflictDeleted: String {
        t("他人在你打开表单后删除了此记录；F2 将重新新增。", "Someone deleted this record after you opened the form; F2 adds it again.")
    }
    public func conflictLine(_ label: String, theirs: String, mine: String) -> String {
        t("\(label)：“\(theirs)” → “\(mine)”", "\(label): “\(theirs)” → “\(mine)”")
    }
    public var conflictMessage: String {
        t("保存冲突：输入仍在。F2 以你的输入覆盖，Esc 放弃。", "Save conflict: your input is kept. F2 saves it over theirs, Esc discards it.")
    }

    // MARK: dialogs
    public var confirmTitle: String { t("确认", "Confirm") }
    public var yes: String { t("是", "yes") }
    public var no: String { t("否", "no") }
    public var confirmQuit: String { t("表单中有未保存的输入，仍要退出？", "A form has unsaved input. Quit anyway?") }

    // MARK: journal
    public var columnSequence: String { t("序号", "No.") }
    public var columnTime: String { t("时间", "Time") }
    public var columnUser: String { t("用户", "User") }
    public var columnWhat: String { t("操作", "What") }
    public func historyOf(_ name: String) -> String { t("\(name) 的历史", "History of \(name)") }
    public var journalEmpty: String { t("日志为空。", "The journal is empty.") }
    public func entryHeader(sequence: Int64, user: String, time: String) -> String {
        t("第 \(sequence) 条 · \(user) · \(time)", "No. \(sequence) · \(user) · \(time)")
    }
    public func entryWhat(_ summary: String, command: String) -> String { t("操作：\(summary)（\(command)）", "What: \(summary) (\(command))") }
    public var changeAdded: String { t("新增", "added") }
    public var changeDeleted: String { t("删除", "deleted") }
    /// The redo hint comes first: a long summary (an import's) is cut with … at the line's end.
    public func undone(_ summary: String) -> String { t("已撤销（Ctrl-R 重做）：\(summary)", "Undone (Ctrl-R redoes it): \(summary)") }
    public func redone(_ summary: String) -> String { t("已重做：\(summary)", "Redone: \(summary)") }

    // MARK: help
    public var helpTitle: String { t("帮助", "Help") }
    public func helpHeading(_ of: String) -> String { t("“\(of)”的按键", "Keys of “\(of)”") }

    // MARK: chrome
    public var noRoles: String { t("无角色", "no role") }
    public func roleName(_ r: Role) -> String {
        switch r {
        case .clerk: return t("经办人", "clerk")
        case .reviewer: return t("评审专家", "reviewer")
        case .approver: return t("审定", "approver")
        case .admin: return t("管理员", "admin")
        }
    }
    public func policyText(_ p: PolicyLine) -> String? {
        switch p {
        case .inForce(_, let until): return t("政策有效至 \(until)", "policy until \(until)")
        case .expired(let until): return t("政策已过期 \(until)", "policy expired \(until)")
        case .continued(let until): return t("已过期 \(until)，临时继续执行", "expired \(until), continued provisionally")
        case .unknown: return nil
        }
    }
    public func tooSmall(width: Int, height: Int) -> [String] {
        [t("终端太小（需要 80×24）", "terminal too small (need 80×24)"),
         t("现在 \(width)×\(height)，请放大窗口。", "now \(width)×\(height); please enlarge the window.")]
    }

    // MARK: errors
    /// Marks an error on the message line and under a form field.
    public var errorMark: String { "✗ " }
    /// A person-readable message for any error the screens meet.
    public func describe(_ error: Error) -> String {
        if case StoreError.conflict? = error as? StoreError { return conflictMessage }
        if let r = error as? Refused { return refused(r) }
        if let plain = storeProblem(error) { return plain }
        if let plain = safetyProblem(error) { return plain }
        switch error {
        case let e as StoreError: return e.words.text(language)
        case let e as ImportFailure: return e.text(language)
        case let e as ImportIssue: return e.text(language)
        case let e as CreditCode.Problem: return e.words.text(language)
        case let e as EncodingProblem: return e.words.text(language)
        case let e as PolicyError:
            let head = language == .zh ? "政策文件有误，\(e.problems.count) 处：" : "policy file rejected: \(e.problems.count) problem(s):"
            return ([head] + e.problems.map { p in
                "  \(p.file): \(p.field.isEmpty ? (language == .zh ? "（文件）" : "(file)") : p.field): " + Words(legacy: p.message).text(language)
            }).joined(separator: "\n")
        default:
            // An error of a lower layer not yet given `Words`: its "中文 (English)" text split.
            return Words(legacy: String(describing: error)).text(language)
        }
    }
}
