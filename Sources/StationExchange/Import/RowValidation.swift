import StationDomain

/// Turns a parsed table into records of one kind, or every reason why not.
///
/// Cost: O(rows × columns), one dictionary lookup per reference; 0.4–0.7 s for 200,000 talent
/// rows in a release build on this machine (stationdesk-bench import), talents on two threads.
public enum RowValidation {
    /// Checks the header and every row against `context`. Throws `ImportFailure.header` for a bad
    /// header, `.rows` with every bad row, `.cancelled` when `control` was cancelled.
    public static func check(_ table: CSVTable, as kind: ImportKind, against context: ImportContext,
                             control: ImportControl? = nil) throws -> ImportBatch {
        let map = try ColumnMap(kind: kind, header: table.header, file: table.fileName)
        // A header and nothing else imports nothing: say so rather than journal an empty step.
        if table.records.isEmpty { throw ImportFailure.noRows(file: table.fileName) }
        let records: ImportRecords
        var issues: [ImportIssue] = []
        switch kind {
        case .units:
            var rules = UnitRows(context: context)
            records = .units(try each(table, map, control, &issues) { rules.check(&$0) })
        case .partners:
            var rules = PartnerRows(context: context)
            records = .partners(try each(table, map, control, &issues) { rules.check(&$0) })
        case .stations:
            var rules = StationRows(context: context)
            records = .stations(try each(table, map, control, &issues) { rules.check(&$0) })
        case .talents:
            records = .talents(try talents(table, map, context, control, &issues))
        }
        guard issues.isEmpty else { throw ImportFailure.rows(issues) }
        return ImportBatch(kind: kind, fileName: table.fileName, encoding: table.encoding, records: records)
    }

    /// Runs `rule` over every record with the right number of fields, collecting issues.
    private static func each<T>(_ table: CSVTable, _ map: ColumnMap, _ control: ImportControl?,
                                _ issues: inout [ImportIssue], _ rule: (inout RowCheck) -> T?) throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(table.records.count)
        for (n, record) in table.records.enumerated() {
            if n & 4095 == 0, let control {
                try control.checkpoint(.checking, done: n, total: table.records.count)
            }
            if let issue = fieldCountIssue(table, n) {
                issues.append(issue)
                continue
            }
            var row = RowCheck(file: table.fileName, line: record.line, map: map, fields: record.fields)
            let value = rule(&row)
            if let value, row.issues.isEmpty { out.append(value) } else { issues.append(contentsOf: row.issues) }
        }
        return out
    }

    /// The issue of a record whose number of fields differs from the header's, if it does.
    static func fieldCountIssue(_ table: CSVTable, _ n: Int) -> ImportIssue? {
        let record = table.records[n]
        let width = table.header.count
        guard record.fields.count != width else { return nil }
        var message = Words("本行有\(record.fields.count)列，表头有\(width)列", "the row has \(record.fields.count) fields, the header \(width)")
        if n == table.records.count - 1, record.fields.contains(where: { $0.contains("\n") || $0.contains("\r\n") }) {
            message = message + Words("；可能有未闭合的引号", "; perhaps a quote is not closed")
        }
        return ImportIssue(file: table.fileName, line: record.line, column: "", words: message)
    }
}
