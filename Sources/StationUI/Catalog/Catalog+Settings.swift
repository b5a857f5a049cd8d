import StationDomain

/// The strings of 设置: preferences, users, everyone's ties, policy, calendar, verify and backup.
extension Catalog {
    private func ts(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public func settingsName(_ s: SettingsScreen.Section) -> String {
        switch s {
        case .preferences: return ts("我的偏好", "My preferences")
        case .users: return ts("用户与角色", "Users and roles")
        case .ties: return ts("回避声明（全部）", "Everyone's ties")
        case .policy: return ts("政策版本", "Policy versions")
        case .calendar: return ts("工作日历", "Working-day table")
        case .maintenance: return ts("校验与备份", "Verify and backup")
        }
    }
    public func settingsSummary(_ s: SettingsScreen.Section) -> String {
        switch s {
        case .preferences: return ts("语言、主题、歧义字符宽度", "language, theme, ambiguous width")
        case .users: return ts("新增用户、修改角色、停用", "add users, change roles, deactivate")
        case .ties: return ts("各评审专家的回避声明（只读）", "every reviewer's ties (read only)")
        case .policy: return ts("有效政策、载入新政策、原政策继续执行", "policy in force, load one, continue provisionally")
        case .calendar: return ts("节假日与调休表覆盖的年份", "the years the holiday table covers")
        case .maintenance: return ts("校验日志与数据库、备份", "verify journal and store, back up")
        }
    }
    public func settingsClosed(_ s: SettingsScreen.Section) -> String {
        s == .users || s == .maintenance ? ts("（仅管理员）", "(admins only)") : ts("（经办人、审定、管理员）", "(clerks, approvers, admins)")
    }
    public func settingsRefused(_ s: SettingsScreen.Section) -> String {
        ts("“\(settingsName(s))”\(settingsClosed(s))，你的角色不能打开。", "“\(settingsName(s))” is \(settingsClosed(s)); your roles cannot open it.")
    }

    // preferences
    public var prefLanguage: String { ts("语言", "Language") }
    public var prefTheme: String { ts("主题", "Theme") }
    public var prefAmbiguous: String { ts("歧义字符 ○ — “ ·", "Ambiguous ○ — “ ·") }
    public func languageName(_ l: Language) -> String { l == .zh ? "中文" : "English" }
    public func themeName(_ t: String) -> String {
        switch t {
        case "light": return ts("浅色", "light")
        case "mono": return ts("单色", "mono")
        default: return ts("默认", "default")
        }
    }
    public var ambiguousNarrow: String { ts("单宽", "one cell") }
    public var ambiguousWideOption: String { ts("双宽", "two cells") }
    public var preferencesSaved: String { ts("偏好已保存，已生效", "Preferences saved and applied") }
    public var preferencesExplained: String {
        ts("保存在数据库中，换终端也一样；命令行的 --lang 等选项仍优先。",
           "Kept in the store, so they follow you to any terminal; --lang, --theme, --ambiguous-wide still win for one run.")
    }

    // users
    public var columnLogin: String { ts("登录名", "Login") }
    public var columnDisplayName: String { ts("姓名", "Name") }
    public var columnRoles: String { ts("角色", "Roles") }
    public func roleList(_ roles: Set<Role>) -> String {
        roles.isEmpty ? noRoles : roles.sorted().map(roleName).joined(separator: ts("、", ", "))
    }
    public func userStatus(_ u: User) -> String {
        u.deactivatedOn.map { ts("已停用 \($0)", "deactivated \($0)") } ?? ts("在用", "active")
    }
    public var keyDeactivate: String { ts("停用/恢复", "deactivate/restore") }
    public var addUser: String { ts("新增用户", "Add a user") }
    public func confirmDeactivate(_ login: String) -> String { ts("停用 \(login)？停用后该账号没有任何角色。", "Deactivate \(login)? The account then holds no role.") }
    public func confirmReactivate(_ login: String) -> String { ts("恢复 \(login)？", "Reactivate \(login)?") }
    public func userSaved(_ u: User) -> String {
        ts("已保存用户 \(u.login)（\(roleList(u.roles))，\(userStatus(u))），按 u 可撤销",
           "Saved user \(u.login) (\(roleList(u.roles)), \(userStatus(u))); u undoes it")
    }
    public var usersExplained: String {
        ts("登录名即系统用户名；用户只停用、不删除；最后一位管理员保留管理员角色。",
           "The login is the operating-system user name. Users are never deleted (the journal names them); the last admin keeps the admin role.")
    }

    // ties
    public var noTiesAnyone: String { ts("还没有任何回避声明。", "Nobody has declared a tie.") }
    public var allTiesExplained: String {
        ts("评审专家在“我的评分 › 回避声明”中自行声明；有关联的分配会被拒绝。", "Reviewers declare their own in My score sheets › ties; a conflicting assignment is refused.")
    }

    // policy
    public var columnPolicy: String { ts("政策", "Policy") }
    public var columnVersion: String { ts("版本", "Ver.") }
    public var columnValid: String { ts("有效期", "In force") }
    public var columnSource: String { ts("来源", "Source") }
    public var policyFromFile: String { ts("data/ 文件", "data/ file") }
    public var policyFromStore: String { ts("管理员载入", "loaded by admin") }
    public var policyLoadedNow: String { ts("新载入（重启生效）", "new (on restart)") }
    public var afterRestart: String { ts("（重新打开程序后生效）", " (applies when the program is next opened)") }
    public func policyStanding(_ s: PolicyStanding?, today: CivilDate) -> String {
        switch s {
        case .inForce(let p)?: return ts("\(today)：“\(p.title)”有效，至 \(p.validUntil)", "\(today): “\(p.title)” in force until \(p.validUntil)")
        case .continued(let p, let c)?:
            return ts("\(today)：“\(p.title)”已于 \(p.validUntil) 到期，自 \(c.from) 起原政策继续执行（临时）",
                      "\(today): “\(p.title)” expired \(p.validUntil), continued provisionally from \(c.from)")
        case .expired(let p)?:
            return ts("\(today)：“\(p.title)”已于 \(p.validUntil) 到期，没有有效政策；新决定会被拒绝",
                      "\(today): “\(p.title)” expired \(p.validUntil); no policy in force, new decisions are refused")
        case .notYetInForce?, nil: return ts("\(today)：没有有效政策", "\(today): no policy in force")
        }
    }
    public func continuationLine(_ id: String, from: CivilDate, until: CivilDate?, reason: String, by: String) -> String {
        ts("原政策继续执行 \(id)：自 \(from)\(until.map { " 至 \($0)" } ?? "")，理由：\(reason)（\(by)）",
           "Continued \(id): from \(from)\(until.map { " until \($0)" } ?? ""), reason: \(reason) (\(by))")
    }
    public var noShareFolder: String { ts("找不到 data/ 文件夹（--share DIR）", "The data/ folder was not found (--share DIR)") }
    public var keyLoadPolicy: String { ts("载入政策", "load policy") }
    public var keyContinuePolicy: String { ts("继续执行", "continue") }
    public var policyFileQuestion: String { ts("政策文件（JSON）路径：", "Policy file (JSON):") }
    public var continueFromQuestion: String { ts("原政策自哪天起继续执行（YYYY-MM-DD）：", "Continue the expired policy from (YYYY-MM-DD):") }
    public func continueReasonQuestion(_ from: CivilDate) -> String { ts("自 \(from) 起继续执行的理由（如通知文号）：", "Why it continues from \(from) (e.g. the notice):") }
    public func notADate(_ s: String) -> String { ts("“\(s)”不是日期（YYYY-MM-DD）", "“\(s)” is not a date (YYYY-MM-DD)") }
    public func policyLoaded(_ title: String, id: String, version: Int) -> String {
        ts("已载入政策“\(title)”（\(id) 第\(version)版）；重新打开程序后生效", "Loaded “\(title)” (\(id) v\(version)); it applies when the program is next opened")
    }
    public func policyContinued(_ id: String, from: CivilDate) -> String {
        ts("已记录 \(id) 自 \(from) 起继续执行；重新打开程序后生效", "Recorded that \(id) continues from \(from); it applies when the program is next opened")
    }
    public var policyExplained: String {
        ts("l 载入政策文件（先全部检查）；c 记录原政策继续执行。仅管理员。", "l loads a policy file (checked first); c records a provisional continuation. Admins only.")
    }

    // calendar
    public func calendarLines(_ years: ClosedRange<Int>?, today: CivilDate) -> [String] {
        guard let y = years else { return [ts("未载入工作日历。", "No working-day table is loaded.")] }
        var lines = [ts("工作日历覆盖 \(y.lowerBound)–\(y.upperBound) 年（法定节假日与调休）。", "The table covers \(y.lowerBound)–\(y.upperBound) (public holidays and make-up days).")]
        if today.year + 1 > y.upperBound {
            lines.append(ts("\(y.upperBound + 1) 年起的到期日按只有周末休息推算（最早的可能日期），标为“临时”，直到加入当年国务院放假通知。",
                            "Due dates from \(y.upperBound + 1) are counted with weekends as the only days off (the earliest possible) and marked provisional until that year's State Council notice is added."))
        }
        lines.append(ts("加入新的一年：编辑 data/calendar/ 下的表（见 data/calendar/README），无需重新编译。",
                        "To add a year, edit the table in data/calendar/ (see its README); no rebuild needed."))
        return lines
    }

    // verify and backup
    public var keyVerify: String { ts("校验", "verify") }
    public var keyBackup: String { ts("备份", "back up") }
    public var backupQuestion: String { ts("备份到文件（不覆盖已有文件）：", "Back up to (an existing file is never replaced):") }
    public var maintenanceExplained: [String] {
        [ts("v 校验：日志哈希链、数据库完整性、外键。", "v verify: the journal's hash chain, integrity check, foreign keys."),
         ts("b 备份：一致的副本，其他人可继续工作。", "b backup: a consistent copy while others keep working.")]
    }
    public func verifyLines(entries: Int, changes: Int, lastHash: String, problems: [String]) -> [String] {
        let head = problems.isEmpty ? ts("完好：\(entries) 条日志，\(changes) 项修改", "Intact: \(entries) entries, \(changes) changes")
            : ts("发现 \(problems.count) 个问题（\(entries) 条日志）", "\(problems.count) problems found (\(entries) entries)")
        return [head, ts("最新哈希：\(lastHash)", "Last hash: \(lastHash)")] + problems
    }
    public func backupDone(_ file: String) -> String { ts("已备份到 \(file)", "Backed up to \(file)") }
}
