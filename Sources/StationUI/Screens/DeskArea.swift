/// The areas of the main menu, in the order UX and the issue list them.
public enum DeskArea: Int, CaseIterable, Sendable {
    case todo, applications, stations, evaluations, subsidies, talents, unitsPartners, myScores, journal, settings

    /// The digit that opens it from the home screen (1…9, then 0).
    public var shortcut: Character { Character(String((rawValue + 1) % 10)) }
}
