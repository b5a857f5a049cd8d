/// Art. 10.4: a revoked station's co-builder may no longer use the name (不得再以“人才工作站”名义),
/// so wherever the name is shown it is marked. One function so every screen and report agrees.
public enum StationNaming {
    public static func shown(_ station: Station) -> String {
        switch station.status {
        case .revoked: return "\(station.name)（已撤销 revoked）"
        case .ended: return "\(station.name)（已终止 ended）"
        case .active: return station.name
        }
    }
}
