/// Art. 4.1: the lead unit operates lawfully in Liuzhou. The one home of the rule: the form, the
/// import and the store's unit command ask it. A unified social credit code's characters 3–8 are
/// the registering authority's administrative division code; Liuzhou's begin 4502. Any other code
/// is accepted only with a clerk's written note on the unit (a branch registered elsewhere), shown
/// on its record.
public enum UnitLocation {
    /// The division code (characters 3–8), nil when the code is shorter.
    public static func divisionCode(_ creditCode: String) -> String? {
        let chars = Array(creditCode)
        guard chars.count >= 8 else { return nil }
        return String(chars[2..<8])
    }

    /// Whether the code was issued in Liuzhou (division 4502…).
    public static func isLiuzhouCode(_ creditCode: String) -> Bool {
        divisionCode(creditCode)?.hasPrefix("4502") == true
    }

    /// Allowed for a Liuzhou code or with a note; else refused with `.unitOutsideLiuzhou`.
    public static func check(_ unit: Unit) -> Decision {
        if isLiuzhouCode(unit.creditCode) || !unit.locationNote.allSatisfy(\.isWhitespace) { return .allowed }
        return Decision([.unitOutsideLiuzhou(code: unit.creditCode)])
    }
}
