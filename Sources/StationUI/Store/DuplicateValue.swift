/// A save refused because a value that must be unique (a unit's credit code) already belongs
/// to another record. The form names the field and the record holding the value, rather than
/// the store's SQL ("UNIQUE constraint failed: unit.credit_code").
public struct DuplicateValue: Error, Equatable, Sendable {
    /// The form field's id ("creditCode").
    public var field: String
    public var value: String
    /// The name of the record that holds the value; nil when it could not be read.
    public var holder: String?

    public init(field: String, value: String, holder: String?) {
        self.field = field; self.value = value; self.holder = holder
    }
}
