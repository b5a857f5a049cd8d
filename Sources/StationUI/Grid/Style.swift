/// What a cell means, not how it looks: the terminal driver maps each role to attributes and
/// colours of the chosen theme (default, light, mono, or no colour under NO_COLOR). Every role
/// is distinguishable in mono too (bold, reverse, underline), so nothing depends on colour alone.
public enum Style: UInt8, Sendable, CaseIterable {
    case normal
    case titleBar
    case hintBar
    case hintKey
    case header
    case selected
    case message
    case error
    case field
    case activeField
    case label
    case dim
    case frame
}
