import StationDomain
import StationExchange
import StationStore

/// 设站单位 in the terminal: list, record, form; saved by `SaveUnit`, deleted by `DeleteUnit`.
public enum UnitRecords: RecordKind {
    public static let permission = Permission.units
    public static func title(_ c: Catalog) -> String { c.tabUnits }
    public static func all(_ store: AppDatabase) throws -> [Unit] { try store.units() }
    public static func name(of u: Unit) -> String { u.name }

    public static func columns(_ c: Catalog) -> [Table.Column] {
        // The name first for spare width (Table.widths), then the contact.
        [Table.Column(c.fieldName, min: 16, share: 4), Table.Column(c.fieldCreditCode, width: 18),
         Table.Column(c.fieldUnitKind, width: 10), Table.Column(c.fieldContact, min: 10, share: 1, order: .personName)]
    }

    public static func cells(_ u: Unit, _ c: Catalog) -> [String] { [u.name, u.creditCode, c.unitKind(u.kind), u.contact] }

    public static func details(_ u: Unit, _ c: Catalog) -> [(String, String)] {
        // Art. 4.1: the clerk's note on a code from outside Liuzhou is part of the record.
        [(c.fieldName, u.name), (c.fieldCreditCode, u.creditCode), (c.fieldUnitKind, c.unitKind(u.kind)),
         (c.fieldAddress, u.address), (c.fieldContact, u.contact)]
            + (u.locationNote.isEmpty ? [] : [(c.fieldLocationNote, u.locationNote)])
    }

    public static func form(_ u: Unit?, _ c: Catalog) -> Form {
        Form(fields: [
            FormField(id: "name", label: c.fieldName, required: true, text: u?.name ?? ""),
            FormField(id: "creditCode", label: c.fieldCreditCode, required: true, text: u?.creditCode ?? ""),
            FormField(id: "kind", label: c.fieldUnitKind, options: UnitKind.allCases.map(c.unitKind),
                      chosen: UnitKind.allCases.firstIndex(of: u?.kind ?? .enterprise) ?? 0),
            FormField(id: "address", label: c.fieldAddress, text: u?.address ?? ""),
            FormField(id: "contact", label: c.fieldContact, text: u?.contact ?? ""),
            FormField(id: "locationNote", label: c.fieldLocationNote, text: u?.locationNote ?? ""),
        ])
    }

    public static func record(from form: inout Form, id: Int64?, _ c: Catalog) -> Unit? {
        var errors = form.requiredErrors(c)
        var code = form.value("creditCode")
        if errors["creditCode"] == nil {
            do { code = try CreditCode(code).text } catch { errors["creditCode"] = c.describe(error) }
        }
        let unit = Unit(id: id, name: form.value("name"), creditCode: code, kind: UnitKind.allCases[form.choice("kind")],
                        address: form.value("address"), contact: form.value("contact"), locationNote: form.value("locationNote"))
        // Art. 4.1, as the store will judge it (`UnitLocation`).
        if errors["creditCode"] == nil, let reason = UnitLocation.check(unit).reasons.first {
            errors["locationNote"] = c.fieldRefusal(reason)
        }
        form.errors = errors
        return errors.isEmpty ? unit : nil
    }

    public static func save(_ u: Unit, replacing original: Unit?) -> SaveUnit { SaveUnit(u, replacing: original) }
    public static func delete(_ u: Unit) -> DeleteUnit { DeleteUnit(u) }

    public static func field(of refusal: Refusal) -> String? {
        switch refusal {
        case .creditCodeInvalid, .creditCodeUsed: return "creditCode"
        case .unitOutsideLiuzhou: return "locationNote"
        case .fieldRequired(let f): return f
        default: return nil
        }
    }

    public static var importKind: ImportKind? { .units }
    public static func export(_ units: [Unit]) -> ImportRecords? { .units(units) }
}
