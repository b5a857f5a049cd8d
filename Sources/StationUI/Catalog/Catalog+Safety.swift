import StationDomain
import StationExchange
import StationStore

/// The words of issue 10's refusals (export targets, text rules, the store as a file) in the UI:
/// each carries its Chinese and English text, and the catalog picks the language in use.
extension Catalog {
    private func tx(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// Any of those refusals in the language in use; nil for other errors.
    public func safetyProblem(_ error: Error) -> String? {
        switch error {
        case let e as ExportRefusal: return tx(e.zh, e.en)
        case let e as TextProblem: return tx("\(textField(e.field))：\(e.zhReason)", "\(textField(e.field)): \(e.enReason)")
        case let e as StoreAccessError: return tx(e.zh, e.en)
        default: return nil
        }
    }

    /// The field a text rule names, in words (the users' fields here, the records' in `fieldLabel`).
    func textField(_ key: String) -> String {
        switch key {
        case "login": return tx("登录名", "login")
        case "displayName": return tx("显示名", "display name")
        case "FILE": return tx("文件名", "file name")
        default: return recordTextField(key) ?? fieldLabel(key)
        }
    }

    /// A text rule's reason alone, for a form field that names itself.
    public func textProblem(_ p: TextProblem) -> String { tx(p.zhReason, p.enReason) }
}
