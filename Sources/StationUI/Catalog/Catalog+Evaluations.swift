import StationDomain

/// The strings of the 年度评估 evaluations area.
extension Catalog {
    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public var tabEvaluationList: String { tr("本年度", "This year") }
    public var tabGradeChart: String { tr("各年度等级分布", "Grades per year") }
    public var keyYear: String { tr("上一年/下一年", "previous/next year") }
    public var keySwitchEvaluationView: String { tr("名单/图表", "list/chart") }
    public func evaluationYear(_ y: Int) -> String { tr("\(y)年度", "Year \(y)") }
    public func countedColumn(_ from: String) -> String { tr("\(from)类以上", "Cat.\(from)+") }
    public var columnComputedGrade: String { tr("应评", "Due") }
    public var columnRecordedGrade: String { tr("已记录", "Recorded") }
    public var columnRemark: String { tr("提示", "Remark") }
    public var revocationProposed: String { tr("建议撤销", "revocation proposed") }
    /// Talents of the year whose employer kind is not recorded: the year cannot be decided.
    public func unclassifiedRemark(_ n: Int) -> String { tr("\(n)名未分类", "\(n) unclassified") }
    public func revocationProposedYears(_ years: [Int]) -> String {
        tr("连续两年不合格（\(years.map(String.init).joined(separator: "、"))），建议撤销", "unqualified \(years.map(String.init).joined(separator: " and ")): revocation proposed")
    }
    public func noStationActive(_ y: Int) -> String { tr("\(y)年没有处于管理期内的工作站。", "No station was within its management period in \(y).") }
    public func noPolicyForYear(_ y: Int) -> String { tr("没有适用于\(y)年的政策，无法评级。", "No policy covers \(y); grades cannot be given.") }
    public func distributionHeading(_ y: Int) -> String { tr("\(y)年度已记录等级分布：", "Recorded grades of \(y):") }
    public var distributionAllHeading: String { tr("各年度已记录等级分布（同一比例尺）：", "Recorded grades per year (one scale):") }
    public var noGradesRecorded: String { tr("尚无已记录的等级。", "No grade recorded yet.") }
    public func gradeRuleLine(_ p: Policy) -> String {
        let t = p.gradeThresholds, f = p.countedFromCategory.rawValue
        return tr("A ≥ \(t.a)，B ≥ \(t.b)，C ≥ \(t.c) 名\(f)类以上人才；不足 \(t.c) 名为不合格",
                  "A ≥ \(t.a), B ≥ \(t.b), C ≥ \(t.c) talents of category \(f)+; fewer is unqualified")
    }
}
