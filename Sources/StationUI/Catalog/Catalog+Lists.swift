import StationDomain

// Words of the list widget (`ListBrowser`): status, search, sort menu, marks.
extension Catalog {
    private func tl(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// "共 299 条", "4 / 299 条 匹配", with "· 已标记 3" when rows are marked.
    public func listStatus(shown: Int, of total: Int, marked: Int) -> String {
        var s = shown == total ? tl("共 \(total) 条", total == 1 ? "1 record" : "\(total) records") : tl("\(shown) / \(total) 条匹配", "\(shown) of \(total) match")
        if marked > 0 { s += tl(" · 已标记 \(marked)", " · \(marked) marked") }
        return s
    }
    public var searchWrappedToFirst: String { tl("已到最后一条匹配，回到第一条", "Last match passed: back to the first") }
    public var searchWrappedToLast: String { tl("已到第一条匹配，转到最后一条", "First match passed: on to the last") }
    public var nothingToMark: String { tl("列表是空的，没有可标记的行", "The list is empty: nothing to mark") }
    public func marksCleared(_ n: Int) -> String { tl("已取消 \(n) 条标记", "\(n) marks cleared") }
    public func confirmClearMarks(_ n: Int) -> String { tl("取消全部 \(n) 条标记？", "Clear all \(n) marks?") }
    public var sortMenuTitle: String { tl("按哪一列排序（同一列再选则反向）", "Sort by (the same column again reverses)") }
    public var sortCurrentAscending: String { tl("（当前，升序）", "(current, ascending)") }
    public var sortCurrentDescending: String { tl("（当前，降序）", "(current, descending)") }
    public var keyNextMatch: String { tl("下一条 / 上一条匹配", "next / previous match") }
    public var keyMarkLong: String { tl("标记或取消标记当前行；操作作用于全部已标记的行", "mark or unmark the row; actions apply to every marked row") }
    public var keyCommandLine: String { tl("命令行：行号、区域、export 路径、report annual 年份", "command line: row number, area, export PATH, report annual YEAR") }
}

// Words of actions over a list's marked rows.
extension Catalog {
    private func tm(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public var nothingSelected: String { tm("列表是空的：没有选中的记录", "The list is empty: no record is selected") }
    public var keyDeleteMarked: String { tm("删除（有标记时删除全部已标记的行，一步可撤销）", "delete (with marks: every marked row, one undo step)") }
    public func confirmDeleteMany(_ n: Int, first: String) -> String {
        tm("删除已标记的 \(n) 条记录（“\(first)”等）？", "Delete the \(n) marked records (“\(first)” and others)?")
    }
    public func deletedMany(_ n: Int) -> String { tm("已删除 \(n) 条记录（按 u 可一步撤销）", "Deleted \(n) records (u undoes them in one step)") }
}

extension Catalog {
    public var keyPage: String { language == .zh ? "翻页" : "page" }
}

// Words of the command line (`:`, App+CommandLine.swift).
extension Catalog {
    private func tc(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public var keyComplete: String { tc("补全", "complete") }
    public var keyRun: String { tc("执行", "run") }
    public var commandForms: String { tc("行号 | 区域 | export 路径 | report annual 年份", "row | area | export PATH | report annual YEAR") }
    public var commandNoCompletion: String { tc("没有可补全的内容", "Nothing to complete") }
    public func commandUnknown(_ line: String) -> String {
        tc("不认识“\(line)”。可用：行号（如 :123）、区域名称或编号（如 :人才、:6）、:export 路径、:report annual 年份（还有 subsidies 年份、roster、notice 批次、revocation 工作站）",
           "Unknown: “\(line)”. Accepted: a row number (:123), an area's name or number (:talents, :6), :export PATH, :report annual YEAR (also subsidies YEAR, roster, notice ROUND, revocation STATION)")
    }
    public func commandNoSuchRow(_ n: Int, count: Int) -> String {
        count == 0 ? tc("列表是空的，没有第 \(n) 行", "The list is empty: there is no row \(n)")
                   : tc("没有第 \(n) 行：列表有 1–\(count) 行", "No row \(n): the list has rows 1–\(count)")
    }
    public var commandExportNeedsPath: String { tc("export 需要文件路径，如 :export ./名单.csv", "export needs a file path, e.g. :export ./list.csv") }
    public var commandNoExportHere: String { tc("这里没有可导出的列表（在单位、工作站、人才列表中可用）", "No list to export here (units, stations and talents can)") }
    public var commandReportNeedsName: String {
        tc("report 需要报表名：annual 年份、subsidies 年份、roster、notice 批次、revocation 工作站", "report needs a name: annual YEAR, subsidies YEAR, roster, notice ROUND, revocation STATION")
    }
    public func commandUnknownReport(_ name: String) -> String {
        tc("没有名为“\(name)”的报表，可用：annual、subsidies、roster、notice、revocation", "No report “\(name)”: reports are annual, subsidies, roster, notice, revocation")
    }
    public var commandNoReports: String { tc("没有载入政策或工作日历（data/ 文件夹），不能生成报表", "No policy or working-day calendar loaded (the data/ folder): no reports") }
    public func commandReportHasNoTable(_ name: String) -> String {
        tc("“\(name)”是公文，没有表格：请写成 .md 文件", "The \(name) report is a letter, not a table: write it to a .md file")
    }
    public func commandReportWritten(_ path: String) -> String { tc("报表已写入 \(path)", "Report written to \(path)") }
    public func commandAmbiguousArea(_ typed: String, _ names: [String]) -> String {
        tc("“\(typed)”可指：\(names.joined(separator: "、"))，请多输入几个字", "“\(typed)” could be \(names.joined(separator: ", ")): type a little more")
    }
    public func commandOpened(_ area: String) -> String { tc("已打开“\(area)”（Esc 返回）", "Opened \(area) (Esc goes back)") }
    func describe(_ problem: CommandLineProblem) -> String {
        switch problem {
        case .needsYear(let n): return tc("report \(n) 需要年份，如 :report \(n) 2024", "report \(n) needs a year, e.g. :report \(n) 2024")
        case .needsArgument(let n): return tc("report \(n) 还需要一个参数（批次或工作站）", "report \(n) needs one more word (a round or a station)")
        case .noRules: return commandNoReports
        }
    }
}

// Why a key does nothing on a screen (App's fallback and the screens' `whyNot`).
extension Catalog {
    private func tk(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public func keyNotHere(_ key: Key) -> String {
        let k = key.label
        switch key {
        case .char("a"): return tk("\(k)：这里不能新增记录", "\(k): nothing can be added here")
        case .char("e"): return tk("\(k)：这里没有可修改的记录", "\(k): nothing here can be edited")
        case .char("d"): return tk("\(k)：这里没有可删除的记录", "\(k): nothing here can be deleted")
        case .char("t"): return tk("\(k)：这里没有流程步骤（t 用于申请等有流程的记录）", "\(k): no workflow steps here (t is for records with a workflow, like applications)")
        case .char("h"): return tk("\(k)：这里没有可查看历史的记录", "\(k): no record here has a history to show")
        case .char("i"): return tk("\(k)：这里不能导入（单位、工作站、人才列表可以）", "\(k): nothing to import here (units, stations and talents can)")
        case .char("x"): return tk("\(k)：这里没有可导出的列表", "\(k): no list to export here")
        case .char("n"), .char("N"): return tk("\(k)：没有可跳转的匹配：先按 / 输入要找的内容", "\(k): no matches to move between: press / and type what to find")
        default: return tk("\(k)：这里没有列表", "\(k): there is no list here")
        }
    }
    public var stationsAddWhy: String {
        tk("工作站不能手工新增：申请获批、签订协议后由申请流程设立；使用本系统前设立的请按 i 导入",
           "Stations are not added by hand: an approved application's signed agreement sets one up; import those set up before with i")
    }
    public var stationsEditWhy: String {
        tk("在工作站记录中修改：Enter 打开后 e 更正（写明理由），人员变更在“站长与人员”页签备案",
           "Change a station in its record: Enter, then e to correct it with a reason; staff changes are filed on its Staff tab")
    }
    public var noWorkflowHere: String {
        tk("t：这里的记录没有流程步骤（t 用于申请）", "t: these records have no workflow steps (t is for applications)")
    }
    public var evaluationsEditWhy: String {
        tk("等级由人数按政策计算；记录的等级来自评估决定，在此只读", "Grades are computed from the count by the policy; recorded grades come from decisions: read-only here")
    }
    public var journalEditWhy: String {
        tk("日志只能查看，不能修改：撤销自己的修改用 u", "The journal can only be read: u undoes your own last change")
    }
}

extension Catalog {
    public var pickOnlyOne: String { language == .zh ? "这里只选一个：Enter 选择" : "Only one is picked here: Enter picks it" }
    /// ← → at the first or last year / round: nothing further that way.
    public func noEarlier(_ year: Bool) -> String {
        language == .zh ? (year ? "←：没有更早的年度" : "←：没有更早的评选轮次") : (year ? "←: no earlier year" : "←: no earlier round")
    }
    public func noLater(_ year: Bool) -> String {
        language == .zh ? (year ? "→：没有更晚的年度" : "→：没有更新的评选轮次") : (year ? "→: no later year" : "→: no later round")
    }
    /// A key whose action takes one record, pressed with several rows marked.
    public func oneAtATime(_ key: Key, marked: Int) -> String {
        language == .zh ? "\(key.label)：一次只处理一条记录（已标记 \(marked) 条）；Esc 取消标记"
                        : "\(key.label): one record at a time (\(marked) marked); Esc clears the marks"
    }
}

extension Catalog {
    public func listLoading(_ total: Int) -> String {
        language == .zh ? "共 \(total) 条 · 载入中…" : "\(total) records · loading…"
    }
}

extension Catalog {
    public var noMatchInText: String { language == .zh ? "没有找到" : "Not found" }
    public var keySearchText: String { language == .zh ? "查找" : "find" }
    public var keySearchTextLong: String {
        language == .zh ? "在本页中查找（文字或拼音），n / N 下一处 / 上一处" : "find in this page (text or pinyin); n / N next / previous"
    }
}
