import StationDomain
import StationStore

/// The forms of a station's record (issue 12): a head or staff filing, the Bureau's
/// acknowledgement of one, an activity, a collected demand, the termination letter, and a
/// correction of the station's own fields. Each is a `CommandFormScreen` whose F2 runs one store
/// command; the store judges it (`StationLife`, `StaffingRule`, `StationDuties`, `DemandRules`,
/// `TerminationRule`, `StationEditRule`) and its refusals land on the fields they concern.
enum StationForms {
    /// A date typed as YYYY-MM-DD; an empty optional field is nil. Sets the field's error.
    static func date(_ form: inout Form, _ id: String, optional: Bool = false, _ c: Catalog) -> CivilDate?? {
        let text = form.value(id)
        if text.isEmpty { return optional ? .some(nil) : nil }
        guard let d = CivilDate(text) else { form.errors[id] = c.notADate; return nil }
        return .some(d)
    }

    // MARK: filings

    static func filing(_ station: Station, _ ctx: Context) -> CommandFormScreen<FileStaffChange> {
        let c = ctx.catalog
        let form = Form(fields: [
            FormField(id: "filedOn", label: c.fieldFiledOn, required: true, text: ctx.today.description),
            FormField(id: "role", label: c.fieldRole, options: [c.staffRole(.head), c.staffRole(.staff)], chosen: 0),
            FormField(id: "oldPerson", label: c.fieldOldPerson, text: station.head),
            FormField(id: "newPerson", label: c.fieldNewPerson, text: ""),
            FormField(id: "reason", label: c.fieldReason, required: true, text: ""),
            FormField(id: "acknowledgedOn", label: c.fieldAcknowledgedOn, text: ""),
        ])
        let policy = ctx.rules.policy(forStation: station)
        return CommandFormScreen(heading: c.filingHeading + " · " + c.stationName(station), form: form, command: { form, ctx in
            let c = ctx.catalog
            let filed = date(&form, "filedOn", c), ack = date(&form, "acknowledgedOn", optional: true, c)
            guard let id = station.id, let filedOn = filed ?? nil, let acknowledged = ack else { return nil }
            return FileStaffChange(StaffFiling(stationId: id, filedOn: filedOn, role: form.choice("role") == 0 ? .head : .staff,
                                               oldPerson: form.value("oldPerson"), newPerson: form.value("newPerson"),
                                               reason: form.value("reason"), acknowledgedOn: acknowledged), policy: policy)
        }, field: { r in
            switch r {
            case .outsideStationLife: return "filedOn"
            case .filingReasonRequired: return "reason"
            case .filingNotCurrentHead, .filingNotOnStaff: return "oldPerson"
            case .filingAlreadyOnStaff, .filingSamePerson, .filingNamesNobody: return "newPerson"
            case .acknowledgedBeforeFiling: return "acknowledgedOn"
            default: return nil
            }
        }, done: { _, ctx in [.message(ctx.catalog.filed(station.name))] })
    }

    static func acknowledge(_ filing: StaffFiling, _ ctx: Context) -> CommandFormScreen<AcknowledgeFiling> {
        let c = ctx.catalog
        let form = Form(fields: [FormField(id: "acknowledgedOn", label: c.fieldAcknowledgedOn,
                                           text: filing.acknowledgedOn?.description ?? ctx.today.description)])
        return CommandFormScreen(heading: c.acknowledgeHeading, form: form, command: { form, ctx in
            guard let ack = date(&form, "acknowledgedOn", optional: true, ctx.catalog) else { return nil }
            return AcknowledgeFiling(filing, on: ack)
        }, field: { _ in "acknowledgedOn" }, done: { f, ctx in [.message(ctx.catalog.saved(f.filedOn.description))] })
    }

    // MARK: activities and demand

    static func activity(_ station: Station, editing original: Activity?, _ ctx: Context) -> CommandFormScreen<SaveActivity> {
        let c = ctx.catalog
        let duties = StationDuties.titles(for: station.type)
        let a = original
        var form = Form(fields: [
            FormField(id: "on", label: c.fieldActivityOn, required: true, text: a?.on.description ?? ctx.today.description),
            FormField(id: "duty", label: c.fieldDuty, options: duties.indices.map { String($0 + 1) }, chosen: (a?.duty ?? 1) - 1),
            FormField(id: "title", label: c.fieldTitle, required: true, text: a?.title ?? ""),
            FormField(id: "place", label: c.fieldPlace, text: a?.place ?? ""),
            FormField(id: "participants", label: c.fieldParticipants, text: a?.participants ?? ""),
            FormField(id: "outcome", label: c.fieldOutcome, text: a?.outcome ?? ""),
            FormField(id: "evidence", label: c.fieldEvidence, text: a?.evidence ?? ""),
        ])
        form.notes = duties.enumerated().map { "\($0.offset + 1) \(c.language == .zh ? $0.element : StationDuties.englishTitles(for: station.type)[$0.offset])" }
        let policy = ctx.rules.policy(forStation: station)
        let heading = (a == nil ? c.adding(c.activityHeading) : c.editing(a!.title)) + " · " + c.stationName(station)
        return CommandFormScreen(heading: heading, form: form, command: { form, ctx in
            guard let id = station.id, let on = date(&form, "on", ctx.catalog) ?? nil else { return nil }
            return SaveActivity(Activity(id: a?.id, stationId: id, on: on, duty: form.choice("duty") + 1, title: form.value("title"),
                                         note: a?.note ?? "", place: form.value("place"), participants: form.value("participants"),
                                         outcome: form.value("outcome"), evidence: form.value("evidence")),
                                replacing: a, policy: policy)
        }, field: { r in
            switch r {
            case .outsideStationLife: return "on"
            case .dutyUnknown: return "duty"
            case .fieldRequired: return "title"
            default: return nil
            }
        }, done: { saved, ctx in [.message(ctx.catalog.saved(saved.title))] })
    }

    static func demand(_ station: Station, editing original: TalentDemand?, _ ctx: Context) -> CommandFormScreen<SaveTalentDemand> {
        let c = ctx.catalog
        let d = original
        let form = Form(fields: [
            FormField(id: "collectedOn", label: c.fieldCollectedOn, required: true, text: d?.collectedOn.description ?? ctx.today.description),
            FormField(id: "enterprise", label: c.fieldEnterprise, required: true, text: d?.enterprise ?? ""),
            FormField(id: "need", label: c.fieldNeed, required: true, text: d?.need ?? ""),
            FormField(id: "headcount", label: c.fieldHeadcount, required: true, text: d.map { String($0.headcount) } ?? "1"),
            FormField(id: "field", label: c.fieldField, text: d?.field ?? ""),
            FormField(id: "published", label: c.fieldPublished, options: [c.notPublished, c.yesPublished], chosen: d?.published == true ? 1 : 0),
            FormField(id: "publishedWhere", label: c.fieldPublishedWhere, text: d?.publishedWhere ?? ""),
        ])
        let policy = ctx.rules.policy(forStation: station)
        let heading = (d == nil ? c.adding(c.demandHeading) : c.editing(d!.enterprise)) + " · " + c.stationName(station)
        return CommandFormScreen(heading: heading, form: form, command: { form, ctx in
            let c = ctx.catalog
            let on = date(&form, "collectedOn", c) ?? nil
            let count = Int(form.value("headcount"))
            if count == nil { form.errors["headcount"] = c.notAWholeNumber }
            guard let id = station.id, let on, let count else { return nil }
            return SaveTalentDemand(TalentDemand(id: d?.id, stationId: id, enterprise: form.value("enterprise"), need: form.value("need"),
                                                 headcount: count, field: form.value("field"), collectedOn: on,
                                                 published: form.choice("published") == 1, publishedWhere: form.value("publishedWhere")),
                                    replacing: d, policy: policy)
        }, field: { r in
            switch r {
            case .outsideStationLife: return "collectedOn"
            case .headcountInvalid: return "headcount"
            case .fieldRequired(let f): return f == "published_where" ? "publishedWhere" : f
            default: return nil
            }
        }, done: { saved, ctx in [.message(ctx.catalog.saved(saved.enterprise))] })
    }

    // MARK: the station itself

    static func terminationLetter(_ station: Station, policy: Policy, _ ctx: Context) -> CommandFormScreen<RecordTerminationLetter> {
        let c = ctx.catalog
        let form = Form(fields: [
            FormField(id: "on", label: c.fieldTerminationLetterOn, required: true, text: ctx.today.description),
            FormField(id: "reference", label: c.fieldLetterReference, required: true, text: ""),
        ])
        return CommandFormScreen(heading: c.terminationHeading + " · " + c.stationName(station), form: form, command: { form, ctx in
            guard let id = station.id, let on = date(&form, "on", ctx.catalog) ?? nil else { return nil }
            return RecordTerminationLetter(station: id, TerminationLetter(on: on, reference: form.value("reference")), policy: policy)
        }, field: { r in
            switch r {
            case .terminationBeforePeriodEnd: return "on"
            case .terminationReferenceRequired: return "reference"
            default: return nil
            }
        }, done: { s, ctx in [.message(ctx.catalog.terminationRecorded(s.name))] })
    }

    static func edit(_ station: Station, _ ctx: Context) -> CommandFormScreen<EditStation> {
        let c = ctx.catalog
        let units = (try? ctx.store.units()) ?? []
        let partners = (try? ctx.store.partners()) ?? []
        let form = Form(fields: [
            FormField(id: "name", label: c.fieldName, required: true, text: station.name),
            FormField(id: "unit", label: c.fieldUnitName, required: true, text: units.first { $0.id == station.unitId }?.name ?? ""),
            FormField(id: "partners", label: c.fieldPartnerNames, required: true,
                      text: station.partnerIds.compactMap { id in partners.first { $0.id == id }?.name }.joined(separator: "；")),
            FormField(id: "agreementDate", label: c.fieldAgreementDate, required: true, text: station.agreementDate.description),
            FormField(id: "reason", label: c.fieldEditReason, required: true, text: ""),
        ])
        let policy = ctx.rules.policy(forStation: station)
        return CommandFormScreen(heading: c.editStationHeading(c.stationName(station)), form: form, command: { form, ctx in
            let c = ctx.catalog
            var edited = station
            edited.name = form.value("name")
            let unitName = form.value("unit")
            if let u = units.first(where: { $0.name == unitName }), let id = u.id { edited.unitId = id } else {
                form.errors["unit"] = c.unknownUnitNamed(unitName)
            }
            var ids: [Int64] = []
            for piece in form.value("partners").split(whereSeparator: { $0 == ";" || $0 == "；" }) {
                let name = String(piece).trimmingCharacters(in: " ")
                if name.isEmpty { continue }
                if let p = partners.first(where: { $0.name == name }), let id = p.id { ids.append(id) } else {
                    form.errors["partners"] = c.unknownPartnerNamed(name)
                }
            }
            edited.partnerIds = ids
            let agreement = date(&form, "agreementDate", c) ?? nil
            guard form.errors.isEmpty, let agreement else { return nil }
            edited.agreementDate = agreement
            return EditStation(edited, replacing: station, reason: form.value("reason"), policy: policy)
        }, field: { r in
            switch r {
            case .editReasonRequired: return "reason"
            case .stationNameUsed, .fieldRequired: return "name"
            case .noPartner, .partnerTypeMismatch, .partnerInLiuzhou: return "partners"
            case .outsideStationLife: return "agreementDate"
            default: return nil
            }
        }, done: { s, ctx in [.message(ctx.catalog.saved(s.name))] })
    }
}
