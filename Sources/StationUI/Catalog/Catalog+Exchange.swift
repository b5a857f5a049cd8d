import StationExchange
import StationStore

/// The strings of CSV import and export in the UI (kept apart from Catalog.swift so areas merge
/// cleanly).
extension Catalog {
    private func tx(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    // MARK: keys
    public var keyImport: String { tx("导入", "import") }
    public var keyImportLong: String { tx("导入 CSV：先检查每行，确认后一次写入", "import CSV: every row checked, then one step") }
    public var keyExport: String { tx("导出", "export") }
    public var keyExportLong: String {
        tx("把当前显示的行（筛选、排序后）导出为 CSV", "export the rows shown (filtered and sorted) as CSV")
    }
    public var keyAddEditDelete: String { tx("增改删", "add/edit/del") }
    public var keySwitchShort: String { tx("切换", "switch") }
    public var keyCheck: String { tx("检查文件", "check the file") }
    public var keyNextField2: String { tx("换项", "next field") }
    public var keyDoImport: String { tx("导入", "import") }
    public var keyBackToForm: String { tx("返回修改", "back to the form") }
    public var keyWrite: String { tx("写入", "write") }
    public var keyKillToStart: String { tx("删到开头", "delete to the start") }
    public var keyCancelImport: String { tx("取消导入（不写入任何记录）", "cancel the import (nothing is written)") }

    // MARK: import screen
    public var importTitle: String { tx("导入 CSV", "Import CSV") }
    public var fieldImportKind: String { tx("类型", "Kind") }
    public var fieldImportFile: String { tx("文件", "File") }
    public func importKindName(_ k: ImportKind) -> String {
        switch k {
        case .units: return tx("设站单位", "units")
        case .partners: return tx("共建方", "partners")
        case .stations: return tx("工作站", "stations")
        case .talents: return tx("人才", "talents")
        }
    }
    public func importColumns(_ k: ImportKind) -> String {
        tx("列：\(k.columns.joined(separator: ","))", "Columns: \(k.columns.joined(separator: ","))")
    }
    public func importRequired(_ k: ImportKind) -> String {
        tx("必须有的列：\(k.requiredColumns.joined(separator: ","))；顺序不限，第一行为表头",
           "Required: \(k.requiredColumns.joined(separator: ",")); any order, header row first")
    }
    public var importEncodings: String {
        tx("编码：UTF-8（可带 BOM）或 GB18030/GBK（Excel 另存的 CSV）", "Encoding: UTF-8 (BOM or not) or GB18030/GBK (Excel's CSV)")
    }
    public func importRelativeTo(_ cwd: String) -> String { tx("相对路径从 \(cwd) 算起", "Relative paths start at \(cwd)") }
    public var importFileRequired: String { tx("请输入文件路径", "type the file's path") }
    public var importDryRunNote: String {
        tx("F2 或 Enter 先检查全部行，不写入；没有问题时再确认导入。", "F2 or Enter checks every row first, writing nothing; then you confirm.")
    }
    public func importProblemsHeading(_ n: Int, file: String) -> String {
        tx("\(file)：\(n) 处问题，未导入任何记录。改正文件后 Esc 返回再检查：",
           "\(file): \(n) problems; nothing was imported. Fix the file, then Esc and check again:")
    }
    public func importProblemsMessage(_ n: Int) -> String {
        tx("\(n) 处问题，未导入任何记录", "\(n) problems; nothing was imported")
    }
    public func importReadyHeading(_ r: ImportReport) -> String {
        tx("检查通过：\(r.fileName) 中 \(r.count) 条\(r.kind.label)记录可以导入（编码 \(r.encoding)）。",
           "Checked: \(r.count) \(r.kind.rawValue) in \(r.fileName) can be imported (encoding \(r.encoding)).")
    }
    public var importReadyQuestion: String {
        tx("按 y 导入（一次操作，按 u 可整体撤销）；n 或 Esc 返回。", "y imports them (one step; u undoes it all); n or Esc goes back.")
    }
    public var importNothingInFile: String { tx("文件中没有记录（只有表头），无需导入。", "The file has no records (only a header); nothing to import.") }
    public func importChecked(_ n: Int) -> String {
        tx("检查通过，未写入；按 y 导入 \(n) 条", "Checked, nothing written; y imports \(n) rows")
    }
    public func imported(_ r: ImportReport) -> String {
        tx("已导入 \(r.count) 条\(r.kind.label)记录（\(r.fileName)），作为一次操作保存；按 u 可撤销",
           "Imported \(r.count) \(r.kind.rawValue) from \(r.fileName) as one step; u undoes it")
    }
    public var importCancelled: String { tx("已取消导入，未写入任何记录", "Import cancelled; nothing was written") }
    public func importNotClerk(_ user: String) -> String {
        tx("\(user) 不是经办人，不能导入（可以检查文件）", "\(user) is not a clerk and may not import (checking a file is allowed)")
    }

    // MARK: progress
    public func busyTitle(_ job: ImportJob) -> String {
        job.dryRun ? tx("检查\(job.kind.label)文件：\(job.fileName)", "Checking \(job.kind.rawValue) file: \(job.fileName)")
                   : tx("导入\(job.kind.label)：\(job.fileName)", "Importing \(job.kind.rawValue): \(job.fileName)")
    }
    public func phaseName(_ p: ImportControl.Phase) -> String {
        switch p {
        case .reading: return tx("读取", "read")
        case .checking: return tx("检查", "check")
        case .duplicates: return tx("查重", "dups")
        case .writing: return tx("写入", "write")
        }
    }
    public func busyRows(_ p: ImportControl.Progress) -> String {
        if p.phase == .reading { return tx("正在读取文件…", "Reading the file…") }
        return tx("\(p.done) / \(p.total) 行", "\(p.done) of \(p.total) rows")
    }
    public var busyCancelling: String { tx("正在取消……不会写入任何记录", "Cancelling… nothing will be written") }
    public var busyCancelHint: String { tx("Esc 取消：不写入任何记录", "Esc cancels: nothing is written") }

    // MARK: export
    public var exportTitle: String { tx("导出 CSV", "Export CSV") }
    public func exportWhat(_ n: Int, _ k: ImportKind) -> String {
        tx("导出当前显示的 \(n) 条\(k.label)记录（筛选、排序后）", "Export the \(n) \(k.rawValue) shown (filtered, sorted)")
    }
    public var exportFormat: String {
        tx("UTF-8 带 BOM，列与导入相同，Excel/WPS 可直接打开", "UTF-8 with BOM, the import's columns; Excel and WPS open it")
    }
    public var exportPathLabel: String { tx("保存到：", "Save to: ") }
    public func exportExists(_ path: String) -> String { tx("“\(path)”已存在。覆盖它？", "“\(path)” exists. Overwrite it?") }
    public func exported(_ n: Int, path: String) -> String {
        tx("已导出 \(n) 条记录到 \(path)", "Exported \(n) rows to \(path)")
    }
    public func exportFailed(_ why: String) -> String { tx("未导出：\(why)", "Not exported: \(why)") }
    public func exportIsFolder(_ p: String) -> String { tx("\(p) 是文件夹，请写文件名", "\(p) is a folder; give a file name") }
    public func exportNoFolder(_ p: String) -> String { tx("文件夹 \(p) 不存在", "the folder \(p) does not exist") }
    public func exportNotWritable(_ p: String) -> String { tx("没有写入文件夹 \(p) 的权限", "no permission to write in \(p)") }
    public var exportPathRequired: String { tx("请输入保存的路径", "type where to save it") }

    // MARK: store problems in plain words
    /// The store failures a clerk can do something about, said plainly (nil: use the error's own words).
    public func storeProblem(_ error: Error) -> String? {
        switch error as? StoreError {
        case .diskFull?:
            return tx("磁盘已满，没有保存；请腾出磁盘空间（或告知管理员）后再保存",
                      "the disk is full, so nothing was saved; free some disk space (or tell the admin) and save again")
        case .busy?:
            return tx("数据文件正被他人长时间占用，没有保存；请稍后再保存",
                      "the store stayed locked by someone else, so nothing was saved; save again in a moment")
        default:
            return nil
        }
    }
}
