import GRDB
import StationDomain

/// 共建方: add (`original == nil`) or edit a partner. Outcome: the partner as stored.
public struct SavePartner: StoreCommand {
    public static let permission = Permission.partners
    public var partner: Partner
    public var original: Partner?

    public init(_ partner: Partner, replacing original: Partner?) { self.partner = partner; self.original = original }

    public var name: String { original == nil ? "partner-add" : "partner-edit" }

    public func perform(_ tx: CommandContext) throws -> Partner {
        var reasons: [Refusal] = []
        if partner.name.allSatisfy(\.isWhitespace) { reasons.append(.fieldRequired(field: "name")) }
        if partner.city.allSatisfy(\.isWhitespace) { reasons.append(.fieldRequired(field: "city")) }
        reasons += PartnerLocation.check(partner).reasons
        try tx.require(Decision(reasons))
        tx.subject = partner.name
        if original == nil { return try tx.insert(partner) }
        return try tx.update(partner, replacing: original)
    }
}

/// Deletes a partner that must still be as the caller saw it.
public struct DeletePartner: StoreCommand {
    public static let permission = Permission.partners
    public var partner: Partner
    public init(_ partner: Partner) { self.partner = partner }
    public var name: String { "partner-delete" }

    public func perform(_ tx: CommandContext) throws {
        tx.subject = partner.name
        try tx.delete(partner)
    }
}
