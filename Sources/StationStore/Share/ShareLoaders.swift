import Foundation
import StationDomain

/// Loading the domain's data files from the share folder. Each error names the file.
extension ShareDirectory {
    /// The working-day calendar (≈ 560 rows; a few ms).
    public func workdayCalendar() throws -> WorkdayCalendar {
        do { return try WorkdayCalendar(tsv: try text("calendar/cn-workday-exceptions.tsv")) }
        catch let e as WorkdayCalendarError { throw ShareDirectoryError.inFile(path: calendarPath, message: "\(e)") }
    }

    /// The pinyin table (≈ 26,000 rows; tens of ms in a release build) with the lists' sort
    /// readings of `pinyin/sort-readings.tsv` when that file is there.
    public func pinyinTable() throws -> PinyinTable {
        let table: PinyinTable
        do { table = try PinyinTable(tsv: try text("pinyin/hanzi-pinyin.tsv")) }
        catch let e as PinyinTableError { throw ShareDirectoryError.inFile(path: pinyinPath, message: "\(e)") }
        guard FileManager.default.fileExists(atPath: sortReadingsPath) else { return table }
        do { return try table.withSortReadings(tsv: try text("pinyin/sort-readings.tsv")) }
        catch let e as PinyinTableError { throw ShareDirectoryError.inFile(path: sortReadingsPath, message: "\(e)") }
    }

    public var sortReadingsPath: String { path + "/pinyin/sort-readings.tsv" }

    /// Every `policy/*.json` except `continuations.json`, sorted by name, with their paths.
    public func policyFiles() throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: policyFolder)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "continuations.json" }.sorted().map { policyFolder + "/" + $0 }
    }

    /// The policy book: all policy files plus `policy/continuations.json` when present (an array of
    /// `ProvisionalContinuation`) and any `extra` continuations recorded elsewhere.
    /// Throws `PolicyError` listing every problem of every file.
    public func policyBook(extra: [ProvisionalContinuation] = []) throws -> PolicyBook {
        try policyBook(stored: [], extra: extra)
    }

    /// The policy book from the folder's files and the policy versions an admin loaded into the
    /// store (`AppDatabase.policyVersions()`); a stored version with the same id and version as a
    /// file replaces it, since the store holds the text that judged past decisions. Continuations
    /// come from `policy/continuations.json` and `extra` (e.g. `AppDatabase.provisionalContinuations()`
    /// mapped with `.continuation`).
    public func policyBook(stored: [StoredPolicyVersion], extra: [ProvisionalContinuation]) throws -> PolicyBook {
        try loadPolicyFiles(allowingNone: !stored.isEmpty).book(stored: stored, continuations: extra)
    }

    /// The folder's policy files and `policy/continuations.json`, decoded and checked once
    /// (every problem of every file at once). `allowingNone`: an empty folder is not a problem
    /// (the store holds versions of its own).
    public func loadPolicyFiles(allowingNone: Bool = false) throws -> PolicyFiles {
        var problems: [PolicyProblem] = []
        var policies: [(file: String, policy: Policy)] = []
        let files = try policyFiles()
        if files.isEmpty && !allowingNone {
            problems.append(PolicyProblem(file: policyFolder, field: "", message: "没有政策文件 (no *.json policy file)"))
        }
        for file in files {
            do { policies.append((file, try ShareDirectory.loadPolicy(at: file))) } catch let e as PolicyError { problems += e.problems }
        }
        var continuations: [ProvisionalContinuation] = []
        let cpath = policyFolder + "/continuations.json"
        if FileManager.default.fileExists(atPath: cpath) {
            do {
                let data = FileManager.default.contents(atPath: cpath) ?? Data()
                continuations = try JSONDecoder().decode([ProvisionalContinuation].self, from: data)
            } catch let e as DecodingError {
                problems.append(Policy.problem(from: e, file: cpath))
            }
        }
        guard problems.isEmpty else { throw PolicyError(problems) }
        return PolicyFiles(policies: policies, continuations: continuations)
    }

    /// Decodes and validates one policy file (used by `stationdesk policy check FILE`).
    public static func loadPolicy(at file: String) throws -> Policy {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw PolicyError([PolicyProblem(file: file, field: "", message: "无法读取 (cannot read the file)")])
        }
        return try Policy.decode(json: String(decoding: data, as: UTF8.self), file: file)
    }
}

/// The share folder's policies and continuations file as decoded (`ShareDirectory.loadPolicyFiles`),
/// kept by the program so that each command can judge by the rules as they stand — these files
/// plus the versions and continuations stored at that moment (`CommandContext.policyBook`).
public struct PolicyFiles: Sendable {
    public let policies: [(file: String, policy: Policy)]
    public let continuations: [ProvisionalContinuation]

    public init(policies: [(file: String, policy: Policy)], continuations: [ProvisionalContinuation] = []) {
        self.policies = policies; self.continuations = continuations
    }

    /// The one answer to "which rules judge a date": these files with the policy versions an admin
    /// stored (a stored version replaces the file of the same id and version) and every
    /// continuation. Throws `PolicyError` naming every problem.
    public func book(stored: [StoredPolicyVersion], continuations extra: [ProvisionalContinuation]) throws -> PolicyBook {
        var problems: [PolicyProblem] = []
        var all: [(file: String, policy: Policy)] = []
        for version in stored {
            let name = "store:policy_version#\(version.id.map(String.init) ?? "?") (\(version.policyId) v\(version.version))"
            do { all.append((name, try Policy.decode(json: version.content, file: name))) } catch let e as PolicyError { problems += e.problems }
        }
        all += policies.filter { f in !stored.contains { $0.policyId == f.policy.id && $0.version == f.policy.version } }
        guard problems.isEmpty else { throw PolicyError(problems) }
        return try PolicyBook(policies: all, continuations: extra + continuations)
    }
}

extension StoredContinuation {
    /// The domain's value of this row, for `PolicyBook`.
    public var continuation: ProvisionalContinuation {
        ProvisionalContinuation(policyId: policyId, from: from, until: until, reason: reason,
                                recordedBy: recordedBy, recordedOn: recordedOn, planPeriod: planPeriod)
    }
}
