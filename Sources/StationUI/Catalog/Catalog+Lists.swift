import StationDomain

// Words of the list widget (`ListBrowser`): status, search, sort menu, marks.
extension Catalog {
    private func tl(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// "共 299 条", "4 / 299 条 匹配", with "· 已标记 3" when rows are marked.
    public func listStatus(shown: Int, of total: Int, marked: Int) -> String {
        var s = shown == total ? tl("共 \(total) 条", "\(total) records") : tl("\(shown) / \(total) 条匹配", "\(shown) of \(total) match")
        if marked > 0 { s += tl(" · 已标记 \(marked)", " · \(marked) marked") }
        return s
    }
    public var noSearchToRepeat: String { tl("没有进行中的筛选：先按 / 输入要找的内容", "No search to repeat: press / and type what to find") }
    public var searchWrappedToFirst: String { tl("已到最后一条匹配，回到第一条", "Last match passed: back to the first") }
    public var searchWrappedToLast: String { tl("已到第一条匹配，转到最后一条", "First match passed: on to the last") }
    public var nothingToMark: String { tl("列表是空的，没有可标记的行", "The list is empty: nothing to mark") }
    public func marksCleared(_ n: Int) -> String { tl("已取消 \(n) 条标记", "\(n) marks cleared") }
    public func confirmClearMarks(_ n: Int) -> String { tl("取消全部 \(n) 条标记？", "Clear all \(n) marks?") }
    public var sortMenuTitle: String { tl("按哪一列排序（同一列再选则反向）", "Sort by (the same column again reverses)") }
    public var sortCurrentAscending: String { tl("（当前，升序）", "(current, ascending)") }
    public var sortCurrentDescending: String { tl("（当前，降序）", "(current, descending)") }
    public var keyNextMatch: String { tl("下一条 / 上一条匹配", "next / previous match") }
    public var keyMark: String { tl("标记", "mark") }
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
