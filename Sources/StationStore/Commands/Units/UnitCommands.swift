import GRDB
import StationDomain

/// 设站单位: add (`original == nil`) or edit a unit. The credit code must pass GB 32100-2015, be a
/// Liuzhou one or come with a clerk's note (Art. 4.1, `UnitLocation`), and belong to no other unit; an edit whose stored row no longer equals `original` is a
/// `StoreError.conflict` (theirs against mine). Outcome: the unit as stored.
public struct SaveUnit: StoreCommand {
    public static let permission = Permission.units
    public var unit: Unit
    public var original: Unit?

    public init(_ unit: Unit, replacing original: Unit?) { self.unit = unit; self.original = original }

    public var name: String { original == nil ? "unit-add" : "unit-edit" }

    public func perform(_ tx: CommandContext) throws -> Unit {
        var unit = self.unit
        var reasons: [Refusal] = []
        if unit.name.allSatisfy(\.isWhitespace) { reasons.append(.fieldRequired(field: "name")) }
        do { unit.creditCode = try CreditCode(unit.creditCode).text } catch let problem as CreditCode.Problem {
            reasons.append(.creditCodeInvalid(problem))
        }
        if reasons.isEmpty { reasons += UnitLocation.check(unit).reasons }
        if reasons.isEmpty, let holder = try tx.records(Unit.self, where: "credit_code = ? AND id IS NOT ?",
                                                        [unit.creditCode, unit.id]).first {
            reasons.append(.creditCodeUsed(code: unit.creditCode, holder: holder.name))
        }
        try tx.require(Decision(reasons))
        tx.subject = unit.name
        if original == nil { return try tx.insert(unit) }
        return try tx.update(unit, replacing: original)
    }
}

/// Deletes a unit that must still be as the caller saw it.
public struct DeleteUnit: StoreCommand {
    public static let permission = Permission.units
    public var unit: Unit
    public init(_ unit: Unit) { self.unit = unit }
    public var name: String { "unit-delete" }

    public func perform(_ tx: CommandContext) throws {
        tx.subject = unit.name
        try tx.delete(unit)
    }
}
