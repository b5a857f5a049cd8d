#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation
import GRDB

/// The schema a store must have: exactly what `Migrations` make, compared object by object
/// (tables with their columns, indexes, triggers, views) with a fresh in-memory store migrated
/// the same way. Anyone who can write the file can add a trigger that rewrites what an honest
/// clerk saves, or drop the journal's append-only triggers; `verify` names every such difference
/// and no command writes to a store that has one.
enum StoreSchema {
    /// One object of `sqlite_master` (SQLite's own `sqlite_…` objects left out).
    struct Object: Equatable, Sendable {
        var type: String
        var name: String
        var table: String
        var sql: String?
    }

    typealias Difference = SchemaDifference

    /// The objects the migrations make, from an in-memory store (built once per process, ≈ 2 ms).
    static let expected: Result<[Object], Error> = Result {
        let memory = try DatabaseQueue()
        try memory.writeWithoutTransaction { db in try Migrations.migrate(db, path: ":memory:") }
        return try memory.read { try objects($0) }
    }

    /// SHA-256 of the objects the migrations make (`fingerprint(of: expected)`), written down so
    /// that a write need not build the in-memory store to know the schema is right: building it
    /// cost 36 M instructions — two thirds of a one-row command-line import (callgrind, issue 15).
    /// `StoreSchemaFingerprintTests` fails when a migration changes the schema and this is not
    /// updated; until it is, a process compares in full once, as it did before.
    static let expectedFingerprint = "422cc01a1db23e1ce811a6af0a6ec65c96dbde5b864d0aec75c32b65befa3f80"

    /// SHA-256 over every object's type, name, table and SQL, each framed by its length.
    static func fingerprint(of objects: [Object]) -> String {
        var bytes: [UInt8] = []
        for o in objects {
            for field in [o.type, o.name, o.table, o.sql ?? "\u{0}"] {
                withUnsafeBytes(of: Int64(field.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
                bytes.append(contentsOf: field.utf8)
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for b in SHA256.hash(data: bytes) { hex.append(digits[Int(b >> 4)]); hex.append(digits[Int(b & 15)]) }
        return String(decoding: hex, as: UTF8.self)
    }

    static func objects(_ db: Database) throws -> [Object] {
        try Row.fetchAll(db, sql: """
            SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name
            """).map { Object(type: $0["type"], name: $0["name"], table: $0["tbl_name"], sql: $0["sql"]) }
    }

    /// Every difference between the store's schema and the expected one; empty when they agree.
    static func differences(_ db: Database) throws -> [Difference] {
        let expected = try Self.expected.get()
        let found = try objects(db)
        let want = Dictionary(expected.map { ("\($0.type) \($0.name)", $0) }, uniquingKeysWith: { a, _ in a })
        let have = Dictionary(found.map { ("\($0.type) \($0.name)", $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Difference] = []
        for object in expected where have["\(object.type) \(object.name)"] == nil {
            out.append(Difference(zh: "缺少\(zhType(object.type)) \(object.name)\(on(object, zh: true))",
                                  en: "\(object.type) \(object.name)\(on(object, zh: false)) is missing"))
        }
        for object in found where want["\(object.type) \(object.name)"] == nil {
            out.append(Difference(zh: "多出\(zhType(object.type)) \(object.name)\(on(object, zh: true))",
                                  en: "extra \(object.type) \(object.name)\(on(object, zh: false)) that stationdesk did not make"))
        }
        for object in expected {
            guard let mine = have["\(object.type) \(object.name)"], mine != object else { continue }
            if object.type == "table" {
                let columns = try columnDifferences(db, table: object.name)
                if !columns.isEmpty { out += columns; continue }
            }
            out.append(Difference(zh: "\(zhType(object.type)) \(object.name) 的定义与 stationdesk 建立的不同",
                                  en: "\(object.type) \(object.name) is defined differently from what stationdesk made"))
        }
        return out
    }

    /// Columns added, dropped or changed in `table`, against the expected table.
    static func columnDifferences(_ db: Database, table: String) throws -> [Difference] {
        struct Column: Equatable { var name: String; var type: String; var notNull: Bool; var defaultValue: String?; var pk: Int }
        func columns(_ db: Database) throws -> [Column] {
            try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?)", arguments: [table]).map {
                Column(name: $0["name"], type: $0["type"], notNull: $0["notnull"], defaultValue: $0["dflt_value"], pk: $0["pk"])
            }
        }
        let memory = try DatabaseQueue()
        try memory.writeWithoutTransaction { try Migrations.migrate($0, path: ":memory:") }
        let want = try memory.read { try columns($0) }
        let have = try columns(db)
        var out: [Difference] = []
        for c in want where !have.contains(where: { $0.name == c.name }) {
            out.append(Difference(zh: "表 \(table) 缺少列 \(c.name)", en: "table \(table) has lost its column \(c.name)"))
        }
        for c in have where !want.contains(where: { $0.name == c.name }) {
            out.append(Difference(zh: "表 \(table) 多出列 \(c.name)", en: "table \(table) has an extra column \(c.name)"))
        }
        for c in want {
            if let h = have.first(where: { $0.name == c.name }), h != c {
                out.append(Difference(zh: "表 \(table) 的列 \(c.name) 定义不同", en: "column \(c.name) of table \(table) is defined differently"))
            }
        }
        return out
    }

    private static func zhType(_ type: String) -> String {
        switch type {
        case "table": return "表"
        case "index": return "索引"
        case "trigger": return "触发器"
        case "view": return "视图"
        default: return type
        }
    }

    private static func on(_ object: Object, zh: Bool) -> String {
        guard object.type == "index" || object.type == "trigger", object.table != object.name else { return "" }
        return zh ? "（在表 \(object.table) 上）" : " (on table \(object.table))"
    }
}

/// One difference between a store's schema and the one stationdesk makes, in Chinese and English.
public struct SchemaDifference: Equatable, Sendable, CustomStringConvertible {
    public var zh: String
    public var en: String
    public var description: String { zh }
}

/// Checks, inside each write transaction, that the schema is still the expected one. Costs one
/// `PRAGMA schema_version` per write; the full comparison runs only when that number changed
/// since the last check (once per process, and again whenever anyone alters the schema).
final class SchemaGuard: @unchecked Sendable {
    private var checkedVersion: Int?
    private let lock = NSLock()

    func check(_ db: Database, path: String) throws {
        let version = try Int.fetchOne(db.cachedStatement(sql: "PRAGMA schema_version")) ?? 0
        lock.lock()
        let known = checkedVersion == version
        lock.unlock()
        if known { return }
        let found = try StoreSchema.objects(db)
        if StoreSchema.fingerprint(of: found) != StoreSchema.expectedFingerprint, try found != StoreSchema.expected.get() {
            let differences = try StoreSchema.differences(db)
            throw StoreAccessError.schemaAltered(path: path, differences: differences)
        }
        lock.lock()
        checkedVersion = version
        lock.unlock()
    }
}
