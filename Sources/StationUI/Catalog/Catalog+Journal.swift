import Foundation
import StationDomain

/// How the journal shows a stored row image: table and column names in words, coded values in
/// the words the lists use (企业, 高校, 运行中, G类), money as ¥, flags as 是/否, and references
/// by the name of the record they point to. Free text is shown as stored.
extension Catalog {
    private func tj(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// A stored table's name in words ("station" → 工作站); unknown tables as stored.
    public func journalTable(_ table: String) -> String {
        switch table {
        case "unit", "partner": return tableName(table)
        case "station": return tj("工作站", "Station")
        case "talent": return tj("人才", "Talent")
        case "evaluation": return tj("年度评估", "Evaluation")
        case "subsidy": return tj("补贴", "Subsidy")
        case "payment": return tj("拨付", "Payment")
        case "app_user": return tj("用户", "User")
        case "staff_filing": return tj("人员备案", "Staff filing")
        case "activity": return tj("活动", "Activity")
        case "talent_demand": return tj("人才需求", "Talent demand")
        default: return table
        }
    }

    /// A stored column's label; the columns the lists and records show use their words.
    public func journalField(_ key: String) -> String {
        switch key {
        case "type": return columnType
        case "unit_id": return columnUnit
        case "partner_ids": return fieldPartners
        case "head": return columnHead
        case "staff": return fieldStaff
        case "agreement_date": return columnAgreement
        case "status": return columnStatus
        case "plaque_on": return fieldPlaqueOn
        case "ended_on": return fieldEndedOn
        case "revocation_reference": return fieldRevocationReference
        case "category": return columnCategory
        case "employer": return columnEmployer
        case "employer_unit_id": return fieldEmployerUnit
        case "introduced_on": return columnIntroducedOn
        case "station_id": return columnStation
        case "note": return fieldNote
        case "id_number": return fieldIDNumber
        case "year": return tj("年度", "Year")
        case "grade": return tj("等级", "Grade")
        case "computed_count": return tj("按人数计", "Counted")
        case "corrected_count": return tj("更正人数", "Corrected count")
        case "correction_reason": return tj("更正理由", "Correction reason")
        case "far_below_standard": return tj("远低于标准", "Far below standard")
        case "did_not_cooperate": return tj("不配合评估", "Did not cooperate")
        case "in_name_only": return tj("有名无实", "In name only")
        case "decided_on": return tj("决定日期", "Decided on")
        case "decision_reference": return tj("决定文号", "Decision reference")
        case "cap": return tj("补贴上限", "Cap")
        case "amount": return tj("金额", "Amount")
        case "due_on": return tj("应拨付日期", "Due on")
        case "login": return tj("登录名", "Login")
        case "display_name": return tj("姓名", "Display name")
        case "roles": return tj("角色", "Roles")
        // Issue 12: what a station keeps, and a talent's employer kind
        case "employer_kind": return fieldEmployerKind
        case "termination_letter_on": return fieldTerminationLetterOn
        case "termination_letter_reference": return fieldLetterReference
        case "filed_on": return fieldFiledOn
        case "role": return fieldRole
        case "old_person": return fieldOldPerson
        case "new_person": return fieldNewPerson
        case "reason": return fieldReason
        case "acknowledged_on": return fieldAcknowledgedOn
        case "on_date": return fieldActivityOn
        case "duty": return fieldDuty
        case "title": return fieldTitle
        case "place": return fieldPlace
        case "participants": return fieldParticipants
        case "outcome": return fieldOutcome
        case "evidence": return fieldEvidence
        case "enterprise": return fieldEnterprise
        case "need": return fieldNeed
        case "headcount": return fieldHeadcount
        case "field": return fieldField
        case "collected_on": return fieldCollectedOn
        case "published": return fieldPublished
        case "published_where": return fieldPublishedWhere
        default: return fieldLabel(key)
        }
    }

    /// A stored value of `table`.`key` as the screens name it. `name(table, id)` finds the name
    /// of a referenced record (nil: shown as #id).
    public func journalValue(table: String, key: String, _ value: String,
                             name: (String, Int64) -> String?) -> String {
        func ref(_ t: String, _ text: String) -> String {
            guard let id = Int64(text) else { return text }
            return name(t, id).map { "\($0) (#\(id))" } ?? "#\(id)"
        }
        switch (table, key) {
        case ("unit", "kind"): return UnitKind(rawValue: value).map(unitKind) ?? value
        case ("partner", "kind"): return PartnerKind(rawValue: value).map(partnerKind) ?? value
        case (_, "type"): return StationType(rawValue: value).map(stationTypeShort) ?? value
        case ("station", "status"): return StationStatus(rawValue: value).map(stationStatus) ?? value
        case (_, "category"): return TalentCategory(rawValue: value).map(categoryText) ?? value
        case (_, "grade"): return Grade(rawValue: value).map(gradeText) ?? value
        case (_, "cap"), (_, "amount"): return Int64(value).map { Fen($0).description } ?? value
        case (_, "employer_kind"): return EmployerKind(rawValue: value).map { employerKind($0) } ?? value
        case ("staff_filing", "role"): return StaffRole(rawValue: value).map(staffRole) ?? value
        case (_, "far_below_standard"), (_, "did_not_cooperate"), (_, "in_name_only"), ("talent_demand", "published"):
            return value == "1" ? tj("是", "yes") : value == "0" ? tj("否", "no") : value
        case (_, "unit_id"), (_, "employer_unit_id"): return ref("unit", value)
        case (_, "station_id"): return ref("station", value)
        case (_, "partner_ids"):
            let ids = value.trimmingCharacters(in: " ").dropFirst().dropLast().split(separator: ",")
            guard value.hasPrefix("["), value.hasSuffix("]"), ids.allSatisfy({ Int64($0) != nil }) else { return value }
            return ids.map { ref("partner", String($0)) }.joined(separator: tj("、", ", "))
        case (_, "staff"):
            guard let list = (try? JSONSerialization.jsonObject(with: Data(value.utf8))) as? [String] else { return value }
            return list.joined(separator: tj("、", ", "))
        case (_, "roles"):
            let roles = value.filter { !"[]\" ".contains($0) }.split(separator: ",").map(String.init)
            let named = roles.compactMap { Role(rawValue: $0).map(roleName) }
            return named.count == roles.count && !roles.isEmpty ? named.joined(separator: tj("、", ", ")) : value
        default: return value
        }
    }
}
