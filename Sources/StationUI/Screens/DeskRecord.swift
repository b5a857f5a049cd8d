import StationDomain

/// A unit or a partner, so the list, record, form and history screens handle both kinds alike.
public enum DeskRecord: Equatable, Sendable {
    case unit(Unit)
    case partner(Partner)

    public enum Kind: Int, CaseIterable, Sendable { case unit, partner }

    public var kind: Kind {
        switch self { case .unit: return .unit; case .partner: return .partner }
    }

    public var id: Int64? {
        switch self { case .unit(let u): return u.id; case .partner(let p): return p.id }
    }

    public var name: String {
        switch self { case .unit(let u): return u.name; case .partner(let p): return p.name }
    }

    /// The store's table name, for `history(table:id:)`.
    public var table: String { DeskRecord.table(kind) }

    public static func table(_ kind: Kind) -> String { kind == .unit ? "unit" : "partner" }

    /// The list columns of a kind: the name first for spare width, then the contact.
    public static func columns(_ kind: Kind, _ c: Catalog) -> [Table.Column] {
        switch kind {
        case .unit:
            return [Table.Column(c.fieldName, min: 16, share: 4), Table.Column(c.fieldCreditCode, width: 18),
                    Table.Column(c.fieldUnitKind, width: 10), Table.Column(c.fieldContact, min: 10, share: 1, order: .personName)]
        case .partner:
            return [Table.Column(c.fieldName, min: 16, share: 4), Table.Column(c.fieldPartnerKind, min: 12, share: 1),
                    Table.Column(c.fieldCity, min: 8, share: 1), Table.Column(c.fieldContact, min: 10, share: 1, order: .personName)]
        }
    }

    /// The cells of this record's list row, in column order.
    public func cells(_ c: Catalog) -> [String] {
        switch self {
        case .unit(let u): return [u.name, u.creditCode, c.unitKind(u.kind), u.contact]
        case .partner(let p): return [p.name, c.partnerKind(p.kind), p.city, p.contact]
        }
    }

    /// Label and value of every field, for the record screen.
    public func details(_ c: Catalog) -> [(String, String)] {
        switch self {
        case .unit(let u):
            return [(c.fieldName, u.name), (c.fieldCreditCode, u.creditCode), (c.fieldUnitKind, c.unitKind(u.kind)),
                    (c.fieldAddress, u.address), (c.fieldContact, u.contact)]
        case .partner(let p):
            return [(c.fieldName, p.name), (c.fieldPartnerKind, c.partnerKind(p.kind)),
                    (c.fieldCity, p.city), (c.fieldStationType, c.stationType(p.kind.stationType)),
                    (c.fieldContact, p.contact)]
        }
    }

    /// The store command that deletes it.
    public var deleteCommand: StoreCommand {
        switch self { case .unit(let u): return .deleteUnit(u); case .partner(let p): return .deletePartner(p) }
    }

    /// Reads all records of a kind, sorted by name.
    static func all(_ kind: Kind, _ store: DeskStore) throws -> [DeskRecord] {
        switch kind {
        case .unit: return try store.units().map(DeskRecord.unit)
        case .partner: return try store.partners().map(DeskRecord.partner)
        }
    }
}
