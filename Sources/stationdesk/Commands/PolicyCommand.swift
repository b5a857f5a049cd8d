import ArgumentParser
import Foundation
import StationDomain
import StationStore

/// `stationdesk policy check FILE`, `policy show`, and the admin's `policy load FILE` and
/// `policy continue --from DATE --reason TEXT` (issue 3, SPEC "Policy as data").
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "政策文件 — check a policy file; show the policy in force",
        subcommands: [Check.self, Show.self, Load.self, Continue.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Checks a policy file (JSON) without touching any store; lists every problem with its field.")
        @Argument(help: "The policy file, e.g. data/policy/2023-liuzhou-measures.json") var file: String

        func run() throws {
            try DomainCLI.reporting {
                let p = try ShareDirectory.loadPolicy(at: file)
                Output.line("\(file): 正确 (valid) — \(p.id) v\(p.version), \(p.validFrom)–\(p.validUntil), \(p.forms.count) forms")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Prints the policy in force today (Asia/Shanghai) and says plainly when it has expired.")
        @OptionGroup var location: DataOptions
        @Option(name: .long, help: "Show the rules as they stand on this date (YYYY-MM-DD) instead of today.")
        var on: String?

        func run() throws {
            try DomainCLI.reporting {
                let date = try on.map { try DomainCLI.date($0, "--on") } ?? DomainCLI.todayInShanghai()
                // The store's loaded versions and continuations count too; a missing store is not created.
                let book = try StoredPolicyBook.load(share: try location.shareDirectory(),
                                                     db: try StoredPolicyBook.existingStore(location))
                Output.line(PolicyReport.lines(book: book, on: date).joined(separator: "\n"))
            }
        }
    }

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load", abstract: "管理员载入政策 — checks a policy file like `policy check`, then stores it (admin only).",
            discussion: "Refused, with every problem named, when the file is invalid or its validity overlaps a known policy.")
        @OptionGroup var location: DataOptions
        @Argument(help: "The policy file (JSON).") var file: String

        func run() throws {
            try DomainCLI.reporting {
                let db = try location.openStore()
                let (p, saved) = try db.perform(LoadPolicy(file: file, share: try location.shareDirectory(),
                                                           on: DomainCLI.todayInShanghai()), by: LoginIdentity.current())
                Output.line("已载入政策 (policy loaded): \(p.id) v\(p.version), \(p.validFrom)–\(p.validUntil) [#\(saved.id ?? 0)]")
            }
        }
    }

    struct Continue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "continue", abstract: "原政策继续执行 — records that the expired policy continues provisionally from a date (admin only).",
            discussion: "A continuation states the plan period and cap it applies (default: 十五五, 2026-2030, cap 10); the cap counts stations newly set up in that period.")
        @OptionGroup var location: DataOptions
        @Option(help: "First day of the continuation (YYYY-MM-DD), after the policy's last day.") var from: String
        @Option(help: "Last day of the continuation (YYYY-MM-DD); open-ended when omitted.") var until: String?
        @Option(help: "Why (e.g. the notice that the policy continues).") var reason: String
        @Option(help: "The plan period the continuation applies (Art. 5.4), e.g. 十五五.")
        var plan: String = ProvisionalContinuation.defaultPlanPeriod.name
        @Option(name: .customLong("plan-years"), help: "Its years, FIRST-LAST, e.g. 2026-2030.")
        var planYears: String = "\(ProvisionalContinuation.defaultPlanPeriod.firstYear)-\(ProvisionalContinuation.defaultPlanPeriod.lastYear)"
        @Option(help: "No more than this many stations newly set up in the plan period (a renewal is not new).")
        var cap: Int = ProvisionalContinuation.defaultPlanPeriod.stationCap

        func run() throws {
            try DomainCLI.reporting {
                let start = try DomainCLI.date(from, "--from")
                let end = try until.map { try DomainCLI.date($0, "--until") }
                let years = planYears.split(separator: "-").compactMap { Int($0) }
                guard years.count == 2 else {
                    throw DomainCLI.Failure("--plan-years: 应为 起始年-结束年，如 2026-2030 (expected FIRST-LAST, e.g. 2026-2030): \(planYears)")
                }
                let planPeriod = PlanPeriod(name: plan, firstYear: years[0], lastYear: years[1], stationCap: cap)
                let db = try location.openStore()
                let (policy, _) = try db.perform(ContinuePolicy(from: start, until: end, reason: reason, planPeriod: planPeriod,
                                                                share: try location.shareDirectory(), on: DomainCLI.todayInShanghai()),
                                                 by: LoginIdentity.current())
                Output.line("已记录原政策继续执行 (continuation recorded): \(policy.id) expired \(policy.validUntil), continued from \(start); "
                      + "规划期 (plan period) \(plan) \(years[0])–\(years[1])，不超过 \(cap) 家新设工作站 (new stations at most)")
            }
        }
    }
}

/// The text of `policy show`: status first, then every number with its article.
enum PolicyReport {
    static func lines(book: PolicyBook, on date: CivilDate) -> [String] {
        let standing = book.standing(on: date)
        var out = ["日期 (date): \(date)"]
        let policy: Policy
        switch standing {
        case .inForce(let p):
            out.append("状态 (status): 有效 (in force) until \(p.validUntil)")
            policy = p
        case .continued(let p, let c):
            out.append("状态 (status): 已于 \(p.validUntil) 到期，原政策继续执行 (expired \(p.validUntil), continued provisionally)")
            out.append("  自 (from) \(c.from)\(c.until.map { " 至 (until) \($0)" } ?? "")；理由 (reason): \(c.reason)；记录 (recorded by) \(c.recordedBy) \(c.recordedOn)")
            out.append("  规划期 (plan period): \(c.planPeriod.name) \(c.planPeriod.firstYear)–\(c.planPeriod.lastYear)，新设工作站不超过 \(c.planPeriod.stationCap) 家，续约不计 (new stations at most; a renewal is not new)")
            policy = p
        case .expired(let p):
            out.append("状态 (status): 已过期 EXPIRED — 有效期至 \(p.validUntil)，今天没有有效政策 (expired \(p.validUntil); no policy in force)")
            out.append("  新决定将被拒绝，直至管理员载入新政策或记录“原政策继续执行” (decisions are refused until an admin loads a successor or records a provisional continuation)")
            out.append("  以下为最后有效的政策 (the last policy in force follows):")
            policy = p
        case .notYetInForce(let p):
            out.append("状态 (status): 尚未生效 (not yet in force)")
            guard let p else { return out + ["没有政策文件 (no policy file)"] }
            policy = p
        }
        let p = policy
        out += [
            "",
            "\(p.title)  [\(p.id) v\(p.version)]",
            "文号 (reference): \(p.reference.isEmpty ? "（未填）(not recorded)" : p.reference)",
            "有效期 (valid): \(p.validFrom) – \(p.validUntil)    废止 (replaces): \(p.replaces.joined(separator: "、"))",
            "第五条 规划期 (plan period): \(p.planPeriod.name) \(p.planPeriod.firstYear)–\(p.planPeriod.lastYear)，不超过 \(p.planPeriod.stationCap) 家 (station cap)",
            "第五条 每单位工作站 (stations per unit): \(p.stationsPerUnit)",
            "第四条 工作人员不少于 (minimum staff, head included): \(p.minimumStaff)",
            "第五条 公示 (notice): \(p.noticeWorkingDays) 个工作日 (working days)",
            "第八条 管理期 (management period): \(p.managementPeriodYears) 年 (years)",
            "第十条 评估年度 (evaluation years): \(p.evaluationYearMode == .management ? "按管理期（自协议签订日起每满一年）(management: a year from the agreement date, then the next)" : "按自然年，管理期内不少于183天的年度 (calendar years with at least 183 days inside the period)")",
            "第十条 等级 (grades, \(p.countedFromCategory.rawValue)类以上人才 talents): A ≥ \(p.gradeThresholds.a)，B ≥ \(p.gradeThresholds.b)，C ≥ \(p.gradeThresholds.c)",
            "第十条 连续不合格撤销 (revocation after consecutive unqualified years): \(p.revocationConsecutiveUnqualifiedYears)",
            "第十一条 补助上限 (subsidy caps): A \(p.subsidyCap(for: .a))，B \(p.subsidyCap(for: .b))，C \(p.subsidyCap(for: .c))",
            "第十一条 发放期限 (payment within): \(p.paymentWorkingDays) 个工作日 (working days)",
            "提醒 (reminders): 管理期 \(p.practice.periodEndingWithinDays) 天内到期；补助 \(p.practice.subsidyDueWithinWorkingDays) 个工作日内到期",
            "评审 (review): ≥\(p.practice.trimFromSheets) 份去掉最高最低；偏离均值超过 \(p.practice.outlierPoints) 分标记",
            "人才类别 (talent categories): \(p.talentCategories.map(\.name).joined(separator: " "))",
            "重点产业 (key industries\(p.keyIndustries.official ? "" : ", 非官方 UNOFFICIAL — editable")): \(p.keyIndustries.items.joined(separator: "、"))",
            "评分表 (score forms):",
        ]
        for f in p.forms {
            let criteria = f.criteria.map { "\($0.title) \($0.max)" }.joined(separator: "；")
            let total = f.scaleTo == nil ? "\(f.maximum)分" : "\(f.rawMaximum)分折算为\(f.maximum)分 (scaled)"
            out.append("  \(f.id) v\(f.version) (\(f.subject.rawValue)/\(f.stationType?.rawValue ?? "all"), \(total)): \(criteria)")
        }
        return out
    }
}
