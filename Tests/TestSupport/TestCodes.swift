import StationDomain

/// Valid unified social credit codes for tests (GB 32100-2015 check character computed).
public enum TestCodes {
    /// The code whose first 17 characters are `prefix` ("91450200MA5L00001").
    public static func code(_ prefix: String) -> String {
        guard let code = CreditCode.completing(prefix) else { preconditionFailure("not a 17-character code body: \(prefix)") }
        return code
    }

    /// A Liuzhou enterprise's code (division 450200) whose body ends with the number `n`.
    public static func code(_ n: Int) -> String {
        let digits = String(n)
        return code("91450200" + String(repeating: "0", count: max(0, 9 - digits.count)) + digits)
    }
}
