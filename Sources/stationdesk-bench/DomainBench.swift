import Foundation
import StationDomain

/// Benchmarks of the domain's data-driven pieces (issue 3): loading the tables, working-day
/// arithmetic, pinyin search over many names, score aggregation. Prints the median of several runs.
enum DomainBench {
    static func median(_ runs: Int = 9, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[runs / 2]
    }

    static func report(_ name: String, _ ms: Double) {
        let pad = String(repeating: " ", count: max(1, 56 - name.count))
        print(name + pad + String(format: "%10.3f ms", ms))
    }

    static func run(dataFolder: String) throws {
        let calendarText = try String(contentsOfFile: dataFolder + "/calendar/cn-workday-exceptions.tsv", encoding: .utf8)
        let pinyinText = try String(contentsOfFile: dataFolder + "/pinyin/hanzi-pinyin.tsv", encoding: .utf8)
        let policyText = try String(contentsOfFile: dataFolder + "/policy/2023-liuzhou-measures.json", encoding: .utf8)

        var calendar: WorkdayCalendar!
        report("WorkdayCalendar(tsv:) load", try median { calendar = try WorkdayCalendar(tsv: calendarText) })
        var table: PinyinTable!
        report("PinyinTable(tsv:) load (26k rows)", try median(5) { table = try PinyinTable(tsv: pinyinText) })
        var policy: Policy!
        report("Policy.decode + validate", try median { policy = try Policy.decode(json: policyText, file: "bench") })

        let start = CivilDate("2004-01-01")!
        report("10,000 × date(addingWorkdays: 60)", try median {
            for i in 0..<10_000 { _ = try calendar.date(addingWorkdays: 60, to: start.adding(days: i % 8000)) }
        })
        report("10,000 × workdays(after:through:)", try median {
            for i in 0..<10_000 { _ = try calendar.workdays(after: start, through: start.adding(days: i % 8000)) }
        })

        // 10,000 names built from common surname and given-name characters.
        let surnames = Array("张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单")
        let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅林")
        var names: [String] = []
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        for _ in 0..<10_000 { names.append(String(surnames[next(surnames.count)]) + String(given[next(given.count)]) + String(given[next(given.count)])) }
        for query in ["zx", "zhangxiu", "shan", "wjg", "zhang wei"] {
            var hits = 0
            let ms = median(5) { hits = names.filter { table.matches(query: query, in: $0) }.count }
            report("pinyin search '\(query)' over 10,000 names (\(hits) hits)", ms)
        }

        let sheets = (0..<9).map { i in
            ScoreSheet(subject: .evaluation, subjectId: 1, reviewer: "r\(i)", formId: "evaluation-organization", formVersion: 1,
                       scores: ["building_funds": Score(10 + i), "policy_promotion": 15, "statistics_demand": 12,
                                "talent_projects": 20, "recruitment": 9], submittedOn: CivilDate("2024-12-01"))
        }
        report("1,000 × ScoreAggregation of 9 sheets", median { for _ in 0..<1000 { _ = ScoreAggregation(sheets: sheets, policy: policy) } })
    }
}
