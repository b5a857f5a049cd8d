/// Schema step (issue 14): what an annual evaluation records beyond the first schema. New columns
/// accept NULL and are `addedLater` in `Evaluation.tableSpec`, so rows stored before keep the
/// images their journal entries recorded.
/// - evaluation.evaluator: the entrusted third party's name (Art. 10 委托第三方机构); NULL = the Bureau.
/// - evaluation.other_ground: another ground for unqualified in the approver's words (Art. 10.4
///   包含但不限于); NULL = none.
enum SchemaMoney {
    static let sql = """
        ALTER TABLE evaluation ADD COLUMN evaluator TEXT;
        ALTER TABLE evaluation ADD COLUMN other_ground TEXT;
        CREATE INDEX evaluation_year ON evaluation(year, station_id);
        """
}
