/// 设站单位: an enterprise or public institution operating lawfully in Liuzhou (Art. 4.1).
public struct Unit: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    /// 统一社会信用代码, valid per GB 32100-2015 (see `CreditCode`).
    public var creditCode: String
    public var kind: UnitKind
    public var address: String
    public var contact: String
    /// Art. 4.1: a clerk's written note when the credit code was not issued in Liuzhou (a branch
    /// registered elsewhere that operates here); empty for a Liuzhou code (`UnitLocation`).
    public var locationNote: String

    public init(id: Int64? = nil, name: String, creditCode: String, kind: UnitKind,
                address: String = "", contact: String = "", locationNote: String = "") {
        self.id = id; self.name = name; self.creditCode = creditCode; self.kind = kind
        self.address = address; self.contact = contact; self.locationNote = locationNote
    }
}

public enum UnitKind: String, Codable, CaseIterable, Sendable {
    case enterprise
    case institution
}
