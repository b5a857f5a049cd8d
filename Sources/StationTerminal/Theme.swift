import CNCursesw
import StationUI

/// Colour themes. Every style also has a non-colour attribute (bold, reverse, underline), so the
/// mono theme — and `NO_COLOR` — lose nothing but colour.
public enum Theme: String, CaseIterable, Sendable {
    case `default`, light, mono

    /// Foreground and background per style (-1: the terminal's default), or nil for no colour.
    func colors(_ style: Style) -> (Int16, Int16)? {
        let white = Int16(COLOR_WHITE), black = Int16(COLOR_BLACK), blue = Int16(COLOR_BLUE)
        let cyan = Int16(COLOR_CYAN), red = Int16(COLOR_RED), yellow = Int16(COLOR_YELLOW)
        let green = Int16(COLOR_GREEN)
        switch self {
        case .mono: return nil
        case .default:
            switch style {
            case .titleBar: return (white, blue)
            case .hintBar: return (black, cyan)
            case .hintKey: return (white, cyan)
            case .header: return (yellow, -1)
            case .error: return (red, -1)
            case .message: return (green, -1)
            case .label: return (cyan, -1)
            case .frame: return (cyan, -1)
            default: return nil
            }
        case .light:
            switch style {
            case .titleBar: return (black, white)
            case .hintBar: return (black, white)
            case .hintKey: return (blue, white)
            case .header: return (blue, -1)
            case .error: return (red, -1)
            case .message: return (green, -1)
            case .label: return (blue, -1)
            case .frame: return (blue, -1)
            default: return nil
            }
        }
    }

    /// The attributes that carry each style without colour.
    func attributes(_ style: Style) -> attr_t {
        switch style {
        case .normal: return sd_a_normal()
        case .titleBar, .hintBar: return sd_a_reverse()
        case .hintKey: return sd_a_reverse() | sd_a_bold()
        case .header, .frame: return sd_a_bold()
        case .selected: return sd_a_reverse()
        case .message: return sd_a_normal()
        case .error: return sd_a_bold()
        case .field: return sd_a_underline()
        case .activeField: return sd_a_underline() | sd_a_bold()
        case .label: return sd_a_normal()
        case .dim: return sd_a_dim()
        }
    }
}
