/// One version of the rules: every number of the Measures, the score-sheet forms, the talent
/// categories, the key industries and the dates it is in force. Decoded from a JSON file under
/// `data/policy/` (see `Policy.decode(json:file:)`), so a successor policy is a new file, not new code.
///
/// Every rule of the domain takes the `Policy` in force on the decision's date (`PolicyBook`).
public struct Policy: Codable, Hashable, Sendable {
    /// Unique within a `PolicyBook`, e.g. `liuzhou-measures-2023-revised`.
    public var id: String
    /// Version of this file's content; bump it on any edit so sheets and decisions can cite it.
    public var version: Int
    public var title: String
    /// 文号 of the document, when known.
    public var reference: String
    /// First day in force (印发之日).
    public var validFrom: CivilDate
    /// Last day in force (Art. 14: 2025-12-31).
    public var validUntil: CivilDate
    /// Documents this one repeals (Art. 14: 柳科规〔2023〕4号).
    public var replaces: [String]
    /// Free text: where the numbers come from, what was assumed.
    public var notes: [String]

    /// Art. 5.4: the plan period and its cap.
    public var planPeriod: PlanPeriod
    /// Art. 5.4: 原则上1个单位只设立1个工作站.
    public var stationsPerUnit: Int
    /// Art. 4.2: 2名以上专兼职工作人员（含站长）.
    public var minimumStaff: Int
    /// Art. 5.3: 公示5个工作日.
    public var noticeWorkingDays: Int
    /// Art. 8: 管理期为两年.
    public var managementPeriodYears: Int
    /// Art. 10.3: the lowest talent category that counts ("G类以上").
    public var countedFromCategory: TalentCategory
    /// Art. 10.3: A ≥ 30, B ≥ 20, C ≥ 10 (以上 includes the number).
    public var gradeThresholds: GradeThresholds
    /// Art. 11: caps in whole yuan (10万/8万/5万).
    public var subsidyCapsYuan: GradeAmounts
    /// Art. 11: 考核结果确定后60个工作日内发放.
    public var paymentWorkingDays: Int
    /// Art. 10.4: 连续两年评估不合格 → revocation.
    public var revocationConsecutiveUnqualifiedYears: Int
    /// Art. 8, 10, 11: how a management period is cut into evaluation years (`EvaluationYears`).
    /// Absent in the file means `management`; read it through `evaluationYearMode`.
    public var evaluationYears: EvaluationYearMode?
    /// The system's own reminders and review rules (SPEC, not the Measures).
    public var practice: Practice

    public var talentCategories: [TalentCategoryInfo]
    public var keyIndustries: KeyIndustries
    public var forms: [ScoreForm]

    /// Art. 11 cap for a grade, in fen; zero for unqualified.
    public func subsidyCap(for grade: Grade) -> Fen {
        switch grade {
        case .a: return .yuan(subsidyCapsYuan.a)
        case .b: return .yuan(subsidyCapsYuan.b)
        case .c: return .yuan(subsidyCapsYuan.c)
        case .unqualified: return .zero
        }
    }

    /// How evaluation years are cut: the file's `evaluationYears`, `management` when absent.
    public var evaluationYearMode: EvaluationYearMode { evaluationYears ?? .management }

    /// Whether the policy itself is in force on `date` (provisional continuation aside).
    public func isInForce(on date: CivilDate) -> Bool { validFrom <= date && date <= validUntil }

    /// The newest version of the form for a subject and station type, if any.
    public func form(for subject: ScoreSubject, type: StationType) -> ScoreForm? {
        forms.filter { $0.subject == subject && ($0.stationType == nil || $0.stationType == type) }
            .max { $0.version < $1.version }
    }

    /// A form by id and version (a sheet stays bound to the version it was started with).
    public func form(id: String, version: Int) -> ScoreForm? {
        forms.first { $0.id == id && $0.version == version }
    }
}
