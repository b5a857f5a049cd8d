/// Refusals about the store as a file — whether there is one, who may use it, whether its schema
/// and history are what stationdesk made — and about the files it makes beside it (backups,
/// anchors). Words in Chinese (`zh`, the default) and English (`en`), never both in one string.
public enum StoreAccessError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No store at the path (only `init` and the first opening of the terminal program create one).
    case noStore(path: String)
    /// A file of 0 bytes at the store's path: not a store, and never silently made into one.
    case emptyFile(path: String)
    /// The login has no user record in the store.
    case unknownUser(login: String, path: String)
    /// `init --group`: no such group.
    case unknownGroup(String)
    /// The folder or store could not be given to the group (not a member, not the owner).
    case groupNotSet(group: String, path: String, reason: String)
    /// The data folder exists but is not a folder.
    case folderIsAFile(path: String)
    /// The store needs the upgrade to the current schema, and this login cannot write it.
    case upgradeNeeded(path: String, found: Int, latest: Int)
    /// This login may read the store but not write it (file or folder permissions).
    case readOnly(path: String)
    /// The schema is not the one the migrations make (a table, column, index, trigger or view
    /// added, dropped or changed outside stationdesk): nothing is written to such a store.
    case schemaAltered(path: String, differences: [SchemaDifference])
    /// `backup FILE`: something already exists at FILE.
    case backupExists(file: String)
    /// The backup could not be made; nothing is left at the backup's path.
    case backupFailed(file: String, reason: String, diskFull: Bool)
    /// An anchor file could not be read, written or understood.
    case anchorFile(file: String, reason: String, en: String)
    /// `anchor`: the journal is empty, so there is nothing to anchor.
    case nothingToAnchor
    /// `anchor`: verify found problems; a broken chain is not anchored.
    case notAnchoringBrokenChain(problems: Int)

    public var zh: String {
        switch self {
        case .noStore(let p):
            return "没有数据库：\(p) 不存在。请用 stationdesk init 创建（或打开终端界面 stationdesk），或用 --data 指向已有的数据目录。"
        case .emptyFile(let p):
            return "\(p) 是一个空文件，不是数据库，没有使用它。若要在这里新建数据库，请先删除它再运行 stationdesk init。"
        case .unknownUser(let l, let p):
            return "登录用户 \(l) 在数据库 \(p) 中没有用户记录，不能使用它；请管理员用 stationdesk user add \(l) --roles … 添加。"
        case .unknownGroup(let g): return "没有名为 \(g) 的用户组。"
        case .groupNotSet(let g, let p, let r): return "无法把 \(p) 交给用户组 \(g)：\(r)。"
        case .folderIsAFile(let p): return "数据目录 \(p) 不是文件夹。"
        case .upgradeNeeded(let p, let found, let latest):
            return "数据库 \(p) 的结构版本为\(found)，需要升级到\(latest)，但当前用户不能写入它；请由能写入的用户运行任一命令。"
        case .readOnly(let p): return "当前用户只能读取数据库 \(p)，不能写入（文件或文件夹权限），没有保存任何内容。"
        case .schemaAltered(let p, let d):
            return "数据库 \(p) 的结构被 stationdesk 以外的程序改动过（\(d.prefix(3).map(\.zh).joined(separator: "；"))\(d.count > 3 ? "……" : "")），为安全起见不再写入；请运行 stationdesk verify 并从备份恢复。"
        case .backupExists(let f): return "没有备份：\(f) 已存在，不覆盖；请换一个新文件名。"
        case .backupFailed(let f, let r, let full):
            return full
                ? "备份失败：磁盘已满（或超出文件大小限制），\(f) 没有留下任何文件；数据库本身未受影响。"
                : "备份失败：\(r)；\(f) 没有留下任何文件；数据库本身未受影响。"
        case .anchorFile(let f, let r, _): return "锚点文件 \(f)：\(r)。"
        case .nothingToAnchor: return "日志为空，还没有可以锚定的内容。"
        case .notAnchoringBrokenChain(let n): return "校验发现\(n)处问题，不为有问题的日志记锚点；请先运行 stationdesk verify。"
        }
    }

    public var en: String {
        switch self {
        case .noStore(let p):
            return "There is no store: \(p) does not exist. Create one with `stationdesk init` (or by opening the terminal program, `stationdesk`), or point --data at an existing data folder."
        case .emptyFile(let p):
            return "\(p) is an empty file, not a store, and was not used. To create a store there, delete it and run `stationdesk init`."
        case .unknownUser(let l, let p):
            return "The login \(l) has no user record in the store \(p) and may not use it; an admin adds it with `stationdesk user add \(l) --roles …`."
        case .unknownGroup(let g): return "There is no group named \(g)."
        case .groupNotSet(let g, let p, let r): return "Could not give \(p) to the group \(g): \(r)."
        case .folderIsAFile(let p): return "The data folder \(p) is not a folder."
        case .upgradeNeeded(let p, let found, let latest):
            return "The store \(p) has schema version \(found) and needs upgrading to \(latest), which this login cannot write; run any command as a user who can."
        case .readOnly(let p): return "This login may read the store \(p) but not write it (file or folder permissions); nothing was saved."
        case .schemaAltered(let p, let d):
            return "The schema of the store \(p) was changed outside stationdesk (\(d.prefix(3).map(\.en).joined(separator: "; "))\(d.count > 3 ? "…" : "")), so nothing is written to it; run `stationdesk verify` and restore from a backup."
        case .backupExists(let f): return "No backup made: \(f) already exists and is not overwritten; choose a new file name."
        case .backupFailed(let f, let r, let full):
            return full
                ? "The backup failed: the disk is full (or the file-size limit was reached); nothing was left at \(f), and the store itself is unchanged."
                : "The backup failed: \(r); nothing was left at \(f), and the store itself is unchanged."
        case .anchorFile(let f, _, let r): return "Anchor file \(f): \(r)."
        case .nothingToAnchor: return "The journal is empty: there is nothing to anchor yet."
        case .notAnchoringBrokenChain(let n): return "verify found \(n) problem(s); a journal with problems is not anchored. Run `stationdesk verify` first."
        }
    }

    public var description: String { zh }
}
