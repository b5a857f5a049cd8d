import StationDomain
import StationExchange
import StationStore

/// 共建方 in the terminal: list, record, form; saved by `SavePartner`, deleted by `DeletePartner`.
public enum PartnerRecords: RecordKind {
    public static let permission = Permission.partners
    public static func title(_ c: Catalog) -> String { c.tabPartners }
    public static func all(_ store: AppDatabase) throws -> [Partner] { try store.partners() }
    public static func name(of p: Partner) -> String { p.name }

    public static func columns(_ c: Catalog) -> [Table.Column] {
        // The name first for spare width (Table.widths), then the others.
        [Table.Column(c.fieldName, min: 16, share: 4), Table.Column(c.fieldPartnerKind, min: 12, share: 1),
         Table.Column(c.fieldCity, min: 8, share: 1), Table.Column(c.fieldContact, min: 10, share: 1, order: .personName)]
    }

    public static func cells(_ p: Partner, _ c: Catalog) -> [String] { [p.name, c.partnerKind(p.kind), p.city, p.contact] }

    public static func details(_ p: Partner, _ c: Catalog) -> [(String, String)] {
        [(c.fieldName, p.name), (c.fieldPartnerKind, c.partnerKind(p.kind)), (c.fieldCity, p.city),
         (c.fieldStationType, c.stationType(p.kind.stationType)), (c.fieldContact, p.contact)]
    }

    public static func form(_ p: Partner?, _ c: Catalog) -> Form {
        Form(fields: [
            FormField(id: "name", label: c.fieldName, required: true, text: p?.name ?? ""),
            FormField(id: "kind", label: c.fieldPartnerKind, options: PartnerKind.allCases.map(c.partnerKind),
                      chosen: PartnerKind.allCases.firstIndex(of: p?.kind ?? .university) ?? 0),
            FormField(id: "city", label: c.fieldCity, required: true, text: p?.city ?? ""),
            FormField(id: "contact", label: c.fieldContact, text: p?.contact ?? ""),
        ])
    }

    public static func record(from form: inout Form, id: Int64?, _ c: Catalog) -> Partner? {
        var errors = form.requiredErrors(c)
        let partner = Partner(id: id, name: form.value("name"), kind: PartnerKind.allCases[form.choice("kind")],
                              city: form.value("city"), contact: form.value("contact"))
        // Art. 2, as the store will judge it (`PartnerLocation`), shown while the input is at hand.
        if errors["city"] == nil, let reason = PartnerLocation.check(partner).reasons.first {
            errors["city"] = c.fieldRefusal(reason)
        }
        form.errors = errors
        return errors.isEmpty ? partner : nil
    }

    public static func save(_ p: Partner, replacing original: Partner?) -> SavePartner { SavePartner(p, replacing: original) }
    public static func delete(_ p: Partner) -> DeletePartner { DeletePartner(p) }

    public static func field(of refusal: Refusal) -> String? {
        switch refusal {
        case .partnerInLiuzhou: return "city"
        case .fieldRequired(let f): return f
        default: return nil
        }
    }

    public static var importKind: ImportKind? { .partners }
    public static func export(_ partners: [Partner]) -> ImportRecords? { .partners(partners) }
}
