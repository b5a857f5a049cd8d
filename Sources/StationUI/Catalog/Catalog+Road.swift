import StationDomain
import StationStore

/// The words of the store's road: refusals, the role needed, and each command's name for the
/// journal and the undo message. A feature adds its commands' names to `commandName` (one line each).
extension Catalog {
    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// One reason a rule or the store refused a change, as a sentence.
    public func refusal(_ r: Refusal) -> String {
        switch r {
        case .notAUser(let login):
            return tr("“\(login)”不是本系统的用户，请管理员添加", "\(login) is not a user of this store; an admin adds users")
        case .roleRequired(let role): return tr("需要“\(roleName(role))”角色", "needs the \(roleName(role)) role")
        case .fieldRequired(let f): return fieldProblem(fieldLabel(f), required)
        case .creditCodeUsed(_, let holder): return fieldProblem(fieldCreditCode, creditCodeUsed(by: holder))
        case .partnerInLiuzhou(let p):
            return tr("第二条：共建方“\(p)”须在柳州市以外", "Art. 2: partner “\(p)” must be outside Liuzhou")
        default: return r.description
        }
    }

    /// The same shown under the form field it concerns (the field's label is beside it already).
    public func fieldRefusal(_ r: Refusal) -> String {
        switch r {
        case .fieldRequired: return required
        case .creditCodeUsed(_, let holder): return creditCodeUsed(by: holder)
        case .creditCodeInvalid(let p): return describe(p)
        case .partnerInLiuzhou: return partnerInLiuzhou
        default: return refusal(r)
        }
    }

    /// Every reason of a refusal, one per line.
    public func refused(_ r: Refused) -> String { r.reasons.map(refusal).joined(separator: "\n") }

    /// Said when a key asks for a change the user's roles do not grant (nothing is sent to the store).
    public func notPermitted(_ p: Permission) -> String {
        tr("需要“\(roleName(p.role))”角色才能这样修改", "this change needs the \(roleName(p.role)) role")
    }

    /// A store command's name as a verb phrase ("删除单位"), nil for a name the catalog does not know.
    public func commandName(_ name: String) -> String? {
        switch name {
        case "unit-add": return tr("新增单位", "add unit")
        case "unit-edit": return tr("修改单位", "edit unit")
        case "unit-delete": return tr("删除单位", "delete unit")
        case "partner-add": return tr("新增共建方", "add partner")
        case "partner-edit": return tr("修改共建方", "edit partner")
        case "partner-delete": return tr("删除共建方", "delete partner")
        case "import-units": return tr("导入设站单位", "import units")
        case "import-partners": return tr("导入共建方", "import partners")
        case "import-stations": return tr("导入工作站", "import stations")
        case "import-talents": return tr("导入人才", "import talents")
        default: return nil
        }
    }

    /// What a journal entry did, in a line: "删除单位“柳州某厂”", "导入人才“t.csv”（7条）"; an undo,
    /// redo or revert says so before what it was about.
    public func journalWhat(_ e: JournalEntry) -> String {
        switch e.kind {
        case .command:
            guard let verb = commandName(e.command) else { return e.summary }
            let subject = e.summary.isEmpty ? "" : tr("“\(e.summary)”", " “\(e.summary)”")
            let count = e.command.hasPrefix("import-") ? tr("（\(e.changeCount)条）", " (\(e.changeCount) records)") : ""
            return verb + subject + count
        case .undo: return tr("撤销第\(e.undoes ?? 0)条：\(e.summary)", "undo of No. \(e.undoes ?? 0): \(e.summary)")
        case .redo: return tr("重做：\(e.summary)", "redo: \(e.summary)")
        case .revert: return tr("撤回第\(e.undoes ?? 0)条：\(e.summary)", "revert of No. \(e.undoes ?? 0): \(e.summary)")
        }
    }
}
