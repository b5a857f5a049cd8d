import Foundation
import StationDomain
import StationExchange
import StationStore

/// SplitMix64: a small, fast, seeded generator, so the same seed makes the same files everywhere.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
}

/// `stationdesk-bench generate [--talents N] [--entries N] [--seed S] --out DIR`: the data the
/// suite measures on, made from a seed at any scale —
///   talents.csv         N distinct talents (Chinese names, categories, employers, dates inside
///                       each demo station's period, notes with quotes and line breaks now and then)
///   store/              a store with the demo units, partners and stations and those N talents
///   journal/            (with --entries) a store with that many journal entries, for `verify`
enum Generator {
    static func run(arguments: [String]) throws {
        func value(_ flag: String) -> String? {
            guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
            return arguments[i + 1]
        }
        guard let out = value("--out") else {
            throw SpawnError.failed("generate: --out DIR is required", EINVAL)
        }
        let talents = value("--talents").flatMap(Int.init) ?? 200_000
        let seed = value("--seed").flatMap(UInt64.init) ?? 15
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let sample = try ImportBenchmark.sampleFolder()
        let csv = out + "/talents.csv"
        try talentsCSV(rows: talents, seed: seed, sampleFolder: sample).write(to: URL(fileURLWithPath: csv))
        print("wrote \(csv)")
        let store = try makeStore(folder: out + "/store", talentsCSV: csv, sampleFolder: sample)
        print("made \(store) (\(talents) talents)")
        if let n = value("--entries").flatMap(Int.init) {
            print("made \(try journalStore(folder: out + "/journal", entries: n)) (\(n) journal entries)")
        }
    }

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳").map(String.init)
    static let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬建国志鹏飞宇浩然子轩梓涵一诺欣怡思远海燕晓峰文博雨桐嘉琪俊杰").map(String.init)
    static let employers = [
        "柳州市虚构汽车零部件制造有限公司", "柳州市某某物流有限公司", "柳州某某软件开发有限公司（虚构）", "广西柳州虚构钢铁集团有限公司",
        "柳州市虚构人民医院", "柳州虚构螺蛳粉食品有限公司", "柳州市虚构新能源电池有限公司", "柳州虚构工程机械股份有限公司",
        "柳州市虚构职业技术学院", "广西柳州虚构智能装备与新材料产业研究院有限责任公司", "柳州虚构化工有限公司", "柳州市虚构农业科技有限公司",
    ]
    static let notes = ["博士学位证书", "硕士学位证书、劳动合同", "引进团队核心成员", "", "高级工程师职称证书", "\"劳动合同，\"\"补充协议\"\"\"",
                        "\"材料一\r\n材料二\"", "社保缴纳证明（12个月）"]

    /// The demo stations' names and agreement dates, by the file's own header.
    static func demoStations(sampleFolder: String) throws -> [(name: String, start: CivilDate)] {
        let table = try CSVTable.read(path: sampleFolder + "/stations.csv")
        guard let name = table.header.firstIndex(of: "name"), let date = table.header.firstIndex(of: "agreement_date") else {
            throw SpawnError.exited("data/sample/stations.csv", -1, "no name or agreement_date column")
        }
        return table.records.compactMap { r in CivilDate(r.fields[date]).map { (name: r.fields[name], start: $0) } }
    }

    /// N distinct talent rows, UTF-8 with BOM, CRLF, the import's columns.
    static func talentsCSV(rows: Int, seed: UInt64, sampleFolder: String) throws -> Data {
        let stations = try Generator.demoStations(sampleFolder: sampleFolder)
        var random = SeededRandom(seed: seed)
        let categories = ["A", "B", "C", "D", "E", "F", "G", "", "G", "F"]
        var seen = Set<String>()
        seen.reserveCapacity(rows)
        var text = "name,category,employer,introduced_on,station,note\r\n"
        text.reserveCapacity(rows * 130)
        var made = 0
        while made < rows {
            let name = random.pick(surnames) + random.pick(given) + (random.below(3) == 0 ? "" : random.pick(given))
            let employer = random.pick(employers)
            let station = random.pick(stations)
            let date = station.start.adding(days: random.below(700))
            let key = "\(name)|\(employer)|\(date)|\(station.name)"
            guard seen.insert(key).inserted else { continue }
            text += "\(name),\(random.pick(categories)),\(employer),\(date),\(station.name),\(random.pick(notes))\r\n"
            made += 1
        }
        return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    }

    /// A store with the demo units, partners and stations and the talents of `talentsCSV`, each
    /// file one command as a clerk would import them. Returns its folder.
    static func makeStore(folder: String, talentsCSV: String?, sampleFolder: String, by user: String = LoginIdentity.current()) throws -> String {
        try? FileManager.default.removeItem(atPath: folder)
        let db = try AppDatabase.open(folder: folder)
        try db.ensureFirstAdmin(user)
        for (kind, file) in DemoData.files where kind != .talents {
            _ = try Importer.run(kind, path: sampleFolder + "/" + file, into: db, by: user)
        }
        if let talentsCSV { _ = try Importer.run(.talents, path: talentsCSV, into: db, by: user) }
        return folder
    }

    /// A store whose journal holds `entries` entries (real ones, hash-chained; `verify` checks them).
    static func journalStore(folder: String, entries: Int, by user: String = LoginIdentity.current()) throws -> String {
        try? FileManager.default.removeItem(atPath: folder)
        let db = try AppDatabase.open(folder: folder)
        try db.ensureFirstAdmin(user)
        try db.appendBenchmarkEntries(max(0, entries - 2), by: user)
        return folder
    }
}
