import StationDomain
import StationStore

/// The talent form (issue 12): add or edit one talent — name, category A…G or none, employer,
/// employer kind (未分类 left as it is takes the kind of a unit of that name, as the import does),
/// date introduced, station credited (typed: its name, part of it or its pinyin initials, one
/// station must match; empty for none), ID number (never shown: an edit leaves it as kept unless a
/// new one is typed), evidence note. F2 runs `SaveTalent`; a date outside the station's life is
/// refused on the date with the station's dates named.
enum TalentForms {
    static func talent(_ original: Talent?, station: Station?, _ ctx: Context) -> CommandFormScreen<SaveTalent> {
        let c = ctx.catalog
        let stations = (try? ctx.store.stations()) ?? []
        let units = (try? ctx.store.units()) ?? []
        let t = original
        let credited = t.map { t in stations.first { $0.id == t.stationId } } ?? station
        let categories: [TalentCategory?] = [nil] + TalentCategory.allCases.map(Optional.some)
        let kinds: [EmployerKind?] = [nil] + EmployerKind.allCases.map(Optional.some)
        let form = Form(fields: [
            FormField(id: "name", label: c.fieldTalentName, required: true, text: t?.name ?? ""),
            FormField(id: "category", label: c.fieldCategory, options: categories.map { $0?.rawValue ?? c.noCategory },
                      chosen: categories.firstIndex(of: t?.category) ?? 0),
            FormField(id: "employer", label: c.fieldEmployer, required: true, text: t?.employer ?? ""),
            FormField(id: "employerKind", label: c.fieldEmployerKind, options: kinds.map(c.employerKind),
                      chosen: kinds.firstIndex(of: t?.employerKind) ?? 0),
            FormField(id: "introducedOn", label: c.fieldIntroducedOn, required: true, text: t?.introducedOn.description ?? ctx.today.description),
            FormField(id: "station", label: c.fieldStationCredited, text: credited?.name ?? ""),
            FormField(id: "idNumber", label: t?.idNumber.isEmpty == false ? c.fieldIDKept : c.fieldIDNumberInput, text: ""),
            FormField(id: "note", label: c.fieldNote, text: t?.note ?? ""),
        ])
        let heading = t.map { c.editing($0.name) } ?? c.adding(c.talentHeading)
        return CommandFormScreen(heading: heading, form: form, command: { form, ctx in
            let c = ctx.catalog
            let date = StationForms.date(&form, "introducedOn", c) ?? nil
            var stationId: Int64?
            var chosen: Station?
            let typed = form.value("station")
            if !typed.isEmpty {
                switch match(typed, in: stations, ctx) {
                case .success(let s): stationId = s.id; chosen = s
                case .failure(let problem): form.errors["station"] = problem.text
                }
            }
            guard let date, form.errors.isEmpty else { return nil }
            let employer = form.value("employer")
            var kind = kinds[form.choice("employerKind")]
            if kind == nil, original == nil, let unit = units.first(where: { $0.name == employer }) { kind = EmployerKind(unit.kind) }
            let id = form.value("idNumber")
            let talent = Talent(id: t?.id, name: form.value("name"), category: categories[form.choice("category")], employer: employer,
                                employerKind: kind, introducedOn: date, stationId: stationId, note: form.value("note"),
                                idNumber: id.isEmpty ? (t?.idNumber ?? "") : id)
            return SaveTalent(talent, replacing: t, policy: chosen.flatMap(ctx.rules.policy(forStation:)))
        }, field: { r in
            switch r {
            case .outsideStationLife: return "introducedOn"
            case .fieldRequired(let f): return f
            case .stationUnknown: return "station"
            default: return nil
            }
        }, done: { saved, ctx in [.reveal(table: "talent", id: saved.id ?? 0), .message(ctx.catalog.saved(saved.name))] })
    }

    struct MatchProblem: Error { let text: String }

    /// The one station `typed` names: its exact name, else the only one whose name contains it or
    /// matches it as pinyin (the list filter's matcher).
    static func match(_ typed: String, in stations: [Station], _ ctx: Context) -> Result<Station, MatchProblem> {
        if let exact = stations.first(where: { $0.name == typed }) { return .success(exact) }
        let found = stations.filter { ctx.matcher.matches(typed, $0.name) }
        if found.count == 1 { return .success(found[0]) }
        if found.isEmpty { return .failure(MatchProblem(text: ctx.catalog.unknownStationNamed(typed))) }
        return .failure(MatchProblem(text: ctx.catalog.stationsMatch(found.map(\.name))))
    }
}
