import Dispatch
import StationDomain

extension RowValidation {
    /// Talents in two passes: the field rules of every row (`TalentRows.convert`, on two threads
    /// for 20,000 rows or more: it only reads; progress phase `checking`), then the duplicate rule
    /// in file order (phase `duplicates`, reported every 4,096 rows). Issues come
    /// out in file order, exactly as one sequential pass would give them.
    static func talents(_ table: CSVTable, _ map: ColumnMap, _ context: ImportContext, _ control: ImportControl?,
                        _ issues: inout [ImportIssue], parallelFrom: Int = 20_000) throws -> [Talent] {
        let n = table.records.count
        var rules = TalentRows(context: context, expectedRows: n)
        var converted = [(talent: Talent?, issues: [ImportIssue])](repeating: (nil, []), count: n)
        let parts = n >= parallelFrom ? 2 : 1
        let cancelled = ThreadShared(false)
        let fieldRules = rules   // an immutable copy the threads share (convert only reads)
        converted.withUnsafeMutableBufferPointer { out in
            let buffer = out
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let range = (n * part / parts)..<(n * (part + 1) / parts)
                for i in range {
                    if (i - range.lowerBound) & 4095 == 0, let control {
                        if part == 0 {
                            do { try control.checkpoint(.checking, done: i * parts, total: n) } catch {
                                cancelled.set(true); return
                            }
                        } else if control.isCancelled || cancelled.value { return }
                    }
                    if fieldCountIssue(table, i) != nil { continue }
                    var row = RowCheck(file: table.fileName, line: table.records[i].line, map: map, fields: table.records[i].fields)
                    let talent = fieldRules.convert(&row)
                    buffer[i] = (row.issues.isEmpty ? talent : nil, row.issues)
                }
            }
        }
        if cancelled.value || control?.isCancelled == true { throw ImportFailure.cancelled }
        var out: [Talent] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            if i & 4095 == 0, let control { try control.checkpoint(.duplicates, done: i, total: n) }
            if let issue = fieldCountIssue(table, i) { issues.append(issue); continue }
            let (talent, rowIssues) = converted[i]
            guard let talent else { issues += rowIssues; continue }
            if let issue = rules.admit(talent, file: table.fileName, line: table.records[i].line) {
                issues.append(issue)
            } else {
                out.append(talent)
            }
        }
        try control?.checkpoint(.duplicates, done: n, total: n)
        return out
    }
}

/// A value shared between the threads of one validation.
final class ThreadShared<T>: @unchecked Sendable {
    private var inner: T
    private let lock = NSLock()
    init(_ value: T) { inner = value }
    var value: T { lock.lock(); defer { lock.unlock() }; return inner }
    func set(_ value: T) { lock.lock(); inner = value; lock.unlock() }
}

import Foundation
