import StationDomain

/// One talent record, field by field, with the ID number masked (first 6 and last 4 shown,
/// `IDNumberMask`) — the full number is never drawn. Read-only; ↑ ↓ scroll a long note.
public struct TalentRecordScreen: Screen {
    public let talent: Talent
    private var pane: TextPane

    public init(_ talent: Talent, station: Station?, _ ctx: Context) {
        self.talent = talent
        let c = ctx.catalog
        var fields: [(String, String)] = [
            (c.columnTalentName, talent.name), (c.columnCategory, c.categoryText(talent.category)),
            (c.columnEmployer, talent.employer), (c.fieldEmployerKind, c.employerKind(talent.employerKind)),
            (c.columnIntroducedOn, talent.introducedOn.description),
            (c.columnStation, station.map(c.stationName) ?? c.noStation),
            (c.fieldIDNumber, talent.idNumber.isEmpty ? c.notRecorded : IDNumberMask.masked(talent.idNumber)),
        ]
        if talent.employerUnitId != nil, let unit = try? ctx.store.units().first(where: { $0.id == talent.employerUnitId }) {
            fields.insert((c.fieldEmployerUnit, unit.name), at: 3)
        }
        let noteLines = talent.note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        fields.append((c.fieldNote, noteLines.first ?? ""))
        let labelWidth = fields.map { DisplayWidth.of($0.0, ambiguousWide: ctx.ambiguousWide) }.max()! + 2
        var lines: [(text: String, style: Style)] = [(c.talentRecordHeading, .header), ("", .normal)]
        lines += fields.map { (DisplayWidth.pad($0.0, to: labelWidth, ambiguousWide: ctx.ambiguousWide) + " " + $0.1, .normal) }
        lines += noteLines.dropFirst().map { (String(repeating: " ", count: labelWidth + 1) + $0, .normal) }
        // A long value wraps under itself, past its label.
        pane = TextPane(lines, hangs: lines.map { $0.text.hasPrefix(" ") || $0.style == .header ? 0 : labelWidth + 1 })
    }

    public func title(_ ctx: Context) -> String { talent.name }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if pane.searching { return [Hint(c.typeText, c.keySearchText), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)] }
        return [Hint("↑↓", c.keyScroll), Hint("/", c.keySearchText), Hint("h", c.keyHistory), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public var capturesText: Bool { pane.searching }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyScroll), Hint("/ n N", c.keySearchTextLong), Hint("h", c.keyHistory),
                Hint("Esc q", c.keyBack), Hint("Q", c.keyQuit)]
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = pane.handleSearch(key, ctx) { return effects }
        if pane.handle(key) { return [] }
        if key == .char("h"), let id = talent.id {
            return [.push(JournalScreen(source: .history(table: "talent", id: id, name: talent.name), ctx))]
        }
        return nil
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        pane.render(into: &grid, area: Area(top: area.top + 1, left: area.left + 1, height: area.height - 1, width: area.width - 1))
    }
}
