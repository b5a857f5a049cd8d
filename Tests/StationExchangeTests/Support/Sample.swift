import StationDomain
import TestSupport
@testable import StationExchange

/// Small fictional records for tests (ids as if stored).
enum Sample {
    /// A valid credit code whose 17-character body ends with `n` (check character computed).
    static func code(_ n: Int) -> String { TestCodes.code(n) }

    static let unitA = StationDomain.Unit(id: 1, name: "柳州市虚构汽车零部件制造有限公司", creditCode: code(1), kind: .enterprise)
    static let unitB = StationDomain.Unit(id: 2, name: "柳州虚构职业技术学院", creditCode: code(2), kind: .institution)
    static let university = Partner(id: 10, name: "华东虚构理工大学", kind: .university, city: "上海")
    static let institute = Partner(id: 11, name: "西部虚构材料研究院", kind: .institute, city: "成都")
    static let park = Partner(id: 12, name: "南方虚构创新创业园", kind: .park, city: "深圳")
    static let station = Station(id: 20, name: "华东虚构理工大学柳州人才工作站", type: .university, unitId: 1,
                                 partnerIds: [10], head: "周一鸣", agreementDate: CivilDate("2023-04-01")!)
    static let talent = Talent(id: 30, name: "陈晓", category: .e, employer: unitA.name, employerUnitId: 1,
                               introducedOn: CivilDate("2024-05-06")!, stationId: 20, note: "博士")

    static let context = ImportContext(units: [unitA, unitB], partners: [university, institute, park],
                                       stations: [station], talents: [talent])

    /// Checks CSV text as `kind`; returns the records or the issues.
    static func check(_ text: String, as kind: ImportKind, context: ImportContext = context,
                      file: String = "in.csv") throws -> Result<ImportRecords, ImportFailure> {
        let table = try CSVTable.parse(text: text, fileName: file)
        do { return .success(try RowValidation.check(table, as: kind, against: context).records) } catch let f as ImportFailure {
            return .failure(f)
        }
    }

    /// The issues of a file expected to fail by row, as `LINE column` pairs and full descriptions.
    static func issues(_ text: String, as kind: ImportKind, context: ImportContext = context) throws -> [ImportIssue] {
        switch try check(text, as: kind, context: context) {
        case .success: return []
        case .failure(let f): return f.issues
        }
    }
}
