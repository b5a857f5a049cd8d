import Foundation
import GRDB
import StationDomain

/// Helpers that turn record fields into column values and back, with errors naming the column.
enum ColumnCoding {
    static func json<T: Encodable>(_ value: T) throws -> DatabaseValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self).databaseValue
    }

    static func fromJSON<T: Decodable>(_ type: T.Type, _ row: Row, _ column: String) throws -> T {
        let text: String = try string(row, column)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoreError.invalid(field: column, message: "存储的 JSON 无法读取 (stored JSON unreadable): \(error)")
        }
    }

    static func string(_ row: Row, _ column: String) throws -> String {
        guard let s: String = row[column] else { throw missing(column) }
        return s
    }

    static func int(_ row: Row, _ column: String) throws -> Int64 {
        guard let v: Int64 = row[column] else { throw missing(column) }
        return v
    }

    static func date(_ row: Row, _ column: String) throws -> CivilDate {
        guard let d = try optionalDate(row, column) else { throw missing(column) }
        return d
    }

    static func optionalDate(_ row: Row, _ column: String) throws -> CivilDate? {
        guard let s: String = row[column] else { return nil }
        guard let d = CivilDate(s) else {
            throw StoreError.invalid(field: column, message: "不是日期 YYYY-MM-DD (not a date): \(s)")
        }
        return d
    }

    static func enumValue<E: RawRepresentable>(_ type: E.Type, _ row: Row, _ column: String) throws -> E where E.RawValue == String {
        let s = try string(row, column)
        guard let e = E(rawValue: s) else {
            throw StoreError.invalid(field: column, message: "未知取值 (unknown value): \(s)")
        }
        return e
    }

    static func optionalEnum<E: RawRepresentable>(_ type: E.Type, _ row: Row, _ column: String) throws -> E? where E.RawValue == String {
        guard row[column] as String? != nil else { return nil }
        return try enumValue(type, row, column)
    }

    static func value(_ date: CivilDate?) -> DatabaseValue { date?.description.databaseValue ?? .null }
    static func value(_ s: String) -> DatabaseValue { s.databaseValue }
    static func value(_ i: Int64?) -> DatabaseValue { i?.databaseValue ?? .null }
    static func value(_ i: Int?) -> DatabaseValue { i.map { Int64($0).databaseValue } ?? .null }
    static func value(_ b: Bool) -> DatabaseValue { Int64(b ? 1 : 0).databaseValue }
    static func value<E: RawRepresentable>(_ e: E?) -> DatabaseValue where E.RawValue == String { e?.rawValue.databaseValue ?? .null }

    private static func missing(_ column: String) -> StoreError {
        StoreError.invalid(field: column, message: "缺少值 (missing value)")
    }
}
