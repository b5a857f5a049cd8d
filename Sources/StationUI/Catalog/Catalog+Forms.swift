/// Form messages added after the first release of the catalog: values that must be unique.
extension Catalog {
    private func tf(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// Under the credit-code field, and after its label on the message line.
    public func creditCodeUsed(by holder: String?) -> String {
        guard let holder else { return tf("已被另一单位使用", "already used by another unit") }
        return tf("已被“\(holder)”使用", "already used by “\(holder)”")
    }
}
