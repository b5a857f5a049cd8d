import StationDomain
import StationStore

/// How scores and sheets read on screen: whole points without decimals (`15`), half points with
/// one (`12.5`), anything else (means, scaled totals) with two (`81.05`).
enum ScoreText {
    static func points(_ p: Points) -> String {
        switch p.denominator {
        case 1: return "\(p.numerator)"
        case 2: return Score(halves: p.numerator).description
        default: return p.description
        }
    }

    /// A subject as one line: the name, with the evaluation year (`柳州…工作站 2025年度`).
    static func subject(_ s: ReviewSubject, _ c: Catalog) -> String {
        guard let year = s.year else { return s.name }
        return c.subjectWithYear(s.name, year: year)
    }

    /// The form a sheet was started with, looked up in every policy of the book (forms are
    /// versioned; a sheet keeps its version whatever policy is in force now).
    static func form(id: String, version: Int, _ ctx: Context) -> ScoreForm? {
        for p in ctx.rules.policies?.policies.reversed() ?? [] {
            if let f = p.form(id: id, version: version) { return f }
        }
        return nil
    }

    /// The policy that holds that form (for the aggregate's trimming and outlier numbers).
    static func policy(holding id: String, version: Int, _ ctx: Context) -> Policy? {
        ctx.rules.policies?.policies.last { $0.form(id: id, version: version) != nil }
    }
}
