extension Policy {
    /// Every inconsistency of one policy, each naming its field. Empty when the policy is usable.
    /// Cost: linear in the number of forms and criteria.
    public func validate(file: String) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        func fail(_ field: String, _ message: String) {
            problems.append(PolicyProblem(file: file, field: field, message: message))
        }
        func atLeast(_ value: Int, _ minimum: Int, _ field: String) {
            if value < minimum { fail(field, "应不小于\(minimum)，实为\(value) (must be at least \(minimum), found \(value))") }
        }

        if id.isEmpty { fail("id", "不能为空 (must not be empty)") }
        atLeast(version, 1, "version")
        if validUntil < validFrom {
            fail("validUntil", "早于 validFrom \(validFrom)：有效期为空 (ends \(validUntil) before it starts \(validFrom))")
        }
        if planPeriod.lastYear < planPeriod.firstYear {
            fail("planPeriod.lastYear", "早于 firstYear \(planPeriod.firstYear) (plan period ends before it starts)")
        }
        atLeast(planPeriod.stationCap, 1, "planPeriod.stationCap")
        atLeast(stationsPerUnit, 1, "stationsPerUnit")
        atLeast(minimumStaff, 1, "minimumStaff")
        atLeast(noticeWorkingDays, 1, "noticeWorkingDays")
        atLeast(managementPeriodYears, 1, "managementPeriodYears")
        atLeast(paymentWorkingDays, 1, "paymentWorkingDays")
        atLeast(revocationConsecutiveUnqualifiedYears, 1, "revocationConsecutiveUnqualifiedYears")

        let t = gradeThresholds
        atLeast(t.c, 1, "gradeThresholds.C")
        if t.b <= t.c { fail("gradeThresholds.B", "应大于 C=\(t.c)，实为\(t.b) (threshold order: B must be above C)") }
        if t.a <= t.b { fail("gradeThresholds.A", "应大于 B=\(t.b)，实为\(t.a) (threshold order: A must be above B)") }

        let caps = subsidyCapsYuan
        for (key, value) in [("A", caps.a), ("B", caps.b), ("C", caps.c)] where value < 0 {
            fail("subsidyCapsYuan.\(key)", "补助上限不能为负：\(value) (negative cap)")
        }
        if caps.b > caps.a { fail("subsidyCapsYuan.B", "高于 A=\(caps.a) (a lower grade may not earn more)") }
        if caps.c > caps.b { fail("subsidyCapsYuan.C", "高于 B=\(caps.b) (a lower grade may not earn more)") }

        atLeast(practice.periodEndingWithinDays, 0, "practice.periodEndingWithinDays")
        atLeast(practice.subsidyDueWithinWorkingDays, 0, "practice.subsidyDueWithinWorkingDays")
        atLeast(practice.headChangesAllowedPerPeriod, 0, "practice.headChangesAllowedPerPeriod")
        atLeast(practice.trimFromSheets, 3, "practice.trimFromSheets")
        atLeast(practice.outlierPoints, 0, "practice.outlierPoints")

        let codes = talentCategories.map(\.code)
        for category in TalentCategory.allCases {
            let n = codes.filter { $0 == category }.count
            if n != 1 { fail("talentCategories", "\(category.rawValue)类 出现\(n)次，应恰好1次 (each of A–G exactly once)") }
        }
        for (i, item) in keyIndustries.items.enumerated() where item.isEmpty {
            fail("keyIndustries.items[\(i)]", "不能为空 (must not be empty)")
        }

        validateForms(fail)
        return problems
    }

    private func validateForms(_ fail: (String, String) -> Void) {
        var seen = Set<String>()
        for (i, form) in forms.enumerated() {
            let at = "forms[\(i)]"
            if form.id.isEmpty { fail("\(at).id", "不能为空 (must not be empty)") }
            if form.version < 1 { fail("\(at).version", "应不小于1 (must be at least 1)") }
            if !seen.insert("\(form.id)@\(form.version)").inserted {
                fail("\(at)", "表 \(form.id) 第\(form.version)版重复 (form id and version listed twice)")
            }
            if form.criteria.isEmpty { fail("\(at).criteria", "至少一项 (a form needs at least one criterion)") }
            var keys = Set<String>()
            for (j, c) in form.criteria.enumerated() {
                if c.key.isEmpty { fail("\(at).criteria[\(j)].key", "不能为空 (must not be empty)") }
                if !keys.insert(c.key).inserted { fail("\(at).criteria[\(j)].key", "“\(c.key)”重复 (duplicate key)") }
                if c.max < 1 { fail("\(at).criteria[\(j)].max", "满分应不小于1，实为\(c.max) (maximum must be at least 1)") }
            }
            if let s = form.scaleTo, s < 1 { fail("\(at).scaleTo", "应不小于1 (must be at least 1)") }
        }
        for subject in ScoreSubject.allCases {
            for type in StationType.allCases where form(for: subject, type: type) == nil {
                fail("forms", "缺少 \(subject.rawValue) / \(type.rawValue) 的评分表 (no form for this subject and station type)")
            }
        }
    }
}
