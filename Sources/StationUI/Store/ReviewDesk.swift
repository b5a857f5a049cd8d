import StationDomain
import StationStore

/// What the reviewers' and settings screens read from the store. Every read is made as
/// `viewer`, and the store shows each reader only what they may see (a reviewer their own
/// sheets; a clerk submitted values, never a draft). `AppDatabaseDeskStore` implements it; a
/// store without it makes those screens say so plainly.
public protocol ReviewDesk: AnyObject {
    func mySheets(_ reviewer: String) throws -> [MySheet]
    func sheet(_ id: Int64, viewer: String) throws -> (sheet: ScoreSheet, draft: SheetDraft?)
    func reviewSheets(_ kind: ScoreSubject, _ id: Int64, viewer: String) throws -> [ScoreSheet]
    func reviewSubjects(viewer: String) throws -> [(subject: ReviewSubject, assigned: Int, submitted: Int)]
    func reviewSubject(_ kind: ScoreSubject, _ id: Int64) throws -> ReviewSubject?
    func ties(of reviewer: String?, viewer: String) throws -> [ReviewerTie]
    func users() throws -> [User]
    func preferences(_ login: String) throws -> UserPreferences
    func ownJournal(_ user: String, limit: Int) throws -> [JournalLine]
    func policyVersions() throws -> [StoredPolicyVersion]
    func provisionalContinuations() throws -> [StoredContinuation]
    /// Performs one reviewers' or settings command as `user` (one transaction; roles checked inside).
    func perform(_ command: ReviewCommand, by user: String, on today: CivilDate) throws -> ReviewOutcome
}

/// The writes of the reviewers' and settings screens; `App` runs them through `ReviewDesk.perform`.
public enum ReviewCommand: Sendable {
    case saveDraft(SheetDraft)
    case submit(SheetDraft, form: ScoreForm)
    case reopen(sheet: Int64, reason: String)
    case withdraw(sheet: Int64, reason: String)
    case declareTie(ReviewerTie)
    case removeTie(Int64)
    case saveUser(User, original: User?)
    case setActive(login: String, active: Bool)
    case savePreferences(UserPreferences)
    case loadPolicy(file: String)
    case continuePolicy(from: CivilDate, until: CivilDate?, reason: String)
    case verify
    case backup(file: String)

    /// Whether it writes a journal entry (so the screens reload): a draft and the read-only
    /// checks do not.
    var journalled: Bool {
        switch self {
        case .saveDraft, .verify, .backup: return false
        default: return true
        }
    }
}

/// What a `ReviewCommand` produced.
public enum ReviewOutcome: Sendable {
    case done
    case sheet(ScoreSheet)
    case tie(ReviewerTie)
    case user(User)
    case preferences(UserPreferences)
    case policy(title: String, id: String, version: Int)
    case continued(policyId: String, from: CivilDate)
    case verified(VerificationReport)
    case backedUp(file: String)
}

extension AppDatabaseDeskStore: ReviewDesk {
    public func mySheets(_ reviewer: String) throws -> [MySheet] { try db.mySheets(reviewer) }
    public func sheet(_ id: Int64, viewer: String) throws -> (sheet: ScoreSheet, draft: SheetDraft?) { try db.sheet(id, viewer: viewer) }
    public func reviewSheets(_ kind: ScoreSubject, _ id: Int64, viewer: String) throws -> [ScoreSheet] {
        try db.reviewSheets(kind, id, viewer: viewer)
    }
    public func reviewSubjects(viewer: String) throws -> [(subject: ReviewSubject, assigned: Int, submitted: Int)] {
        try db.reviewSubjects(viewer: viewer)
    }
    public func reviewSubject(_ kind: ScoreSubject, _ id: Int64) throws -> ReviewSubject? { try db.reviewSubject(kind, id) }
    public func ties(of reviewer: String?, viewer: String) throws -> [ReviewerTie] { try db.ties(of: reviewer, viewer: viewer) }
    public func preferences(_ login: String) throws -> UserPreferences { try db.preferences(login) }
    public func ownJournal(_ user: String, limit: Int) throws -> [JournalLine] {
        try db.journal(of: user, limit: limit).map(JournalLine.init)
    }
    public func policyVersions() throws -> [StoredPolicyVersion] { try db.policyVersions() }
    public func provisionalContinuations() throws -> [StoredContinuation] { try db.provisionalContinuations() }

    public func perform(_ command: ReviewCommand, by user: String, on today: CivilDate) throws -> ReviewOutcome {
        switch command {
        case .saveDraft(let d): try db.saveDraft(d, by: user); return .done
        case .submit(let d, let form): return .sheet(try db.submitSheet(d, form: form, on: today, by: user))
        case .reopen(let id, let reason): return .sheet(try db.reopenSheet(id, reason: reason, by: user))
        case .withdraw(let id, let reason): return .sheet(try db.withdrawSheet(id, reason: reason, on: today, by: user))
        case .declareTie(let t): return .tie(try db.declareTie(t, by: user))
        case .removeTie(let id): try db.removeTie(id, by: user); return .done
        case .saveUser(let u, let original): return .user(try db.save(u, replacing: original, by: user))
        case .setActive(let login, let active): return .user(try db.setActive(login, deactivatedOn: active ? nil : today, by: user))
        case .savePreferences(let p): return .preferences(try db.savePreferences(p, by: user))
        case .loadPolicy(let file):
            let (p, _) = try db.loadPolicy(file: file, share: try requireShare(), on: today, by: user)
            return .policy(title: p.title, id: p.id, version: p.version)
        case .continuePolicy(let from, let until, let reason):
            let (p, _) = try db.continuePolicy(from: from, until: until, reason: reason, share: try requireShare(), on: today, by: user)
            return .continued(policyId: p.id, from: from)
        case .verify:
            try requireAdmin(user, action: "校验 (verify; admin only)")
            return .verified(try db.verify())
        case .backup(let file):
            try requireAdmin(user, action: "备份 (backup; admin only)")
            try db.backup(to: file)
            return .backedUp(file: file)
        }
    }

    private func requireShare() throws -> ShareDirectory {
        guard let share else { throw StoreError.invalid(field: "share", message: "找不到 data/ 文件夹 (the data/ folder was not found)") }
        return share
    }

    private func requireAdmin(_ user: String, action: String) throws {
        guard try db.user(user)?.has(.admin) == true else { throw StoreError.notPermitted(user: user, action: action) }
    }
}
