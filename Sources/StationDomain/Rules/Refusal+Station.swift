/// The words of the station and talent refusals (issue 12), Chinese and English kept apart so the
/// catalog can show one language at a time.
extension Refusal {
    /// Chinese and English sentences of the station-life, filing and record refusals; empty for
    /// the other cases (their words are in `description`).
    public var stationTexts: (zh: String, en: String) {
        switch self {
        case let .outsideStationLife(record, date, station, start, end, endKind):
            let life = Refusal.lifeWords(station: station, start: start, end: end, endKind: endKind)
            return ("\(life.article.0)：\(Refusal.zhDateWord(record))\(date)不在\(life.zh)",
                    "\(life.article.1): the \(Refusal.enDateWord(record)) \(date) is outside \(life.en)")
        case let .talentOutsideStationLife(name, date, station, start, end, endKind):
            let life = Refusal.lifeWords(station: station, start: start, end: end, endKind: endKind)
            return ("\(life.article.0)：人才“\(name)”引进日期\(date)不在\(life.zh)",
                    "\(life.article.1): \(name)'s date introduced \(date) is outside \(life.en)")
        case .editReasonRequired:
            return ("修改工作站须写明理由", "a change to a station's record needs a reason")
        case let .stationRenewed(by):
            return ("第八条：该站已由“\(by)”续设，不是期满终止", "Art. 8: the station was renewed by \(by); it was not terminated")
        case let .terminationBeforePeriodEnd(on, end):
            return ("第八条：终止函日期\(on)早于管理期届满日\(end)", "Art. 8: the termination letter's date \(on) is before the period's end \(end)")
        case .terminationReferenceRequired:
            return ("终止函须填写文号", "the termination letter needs its reference")
        case .filingReasonRequired:
            return ("第九条：备案须写明变更理由", "Art. 9: a filing needs the reason for the change")
        case .filingNamesNobody:
            return ("第九条：备案须写明原人员或新人员", "Art. 9: a filing names the person leaving or the person joining")
        case let .filingSamePerson(p):
            return ("第九条：原人员与新人员同为“\(p)”", "Art. 9: the same person \(p) leaves and joins")
        case let .filingNotCurrentHead(named, head):
            let zhNamed = named.isEmpty ? "（空）" : "“\(named)”", enNamed = named.isEmpty ? "nobody" : named
            let zhHead = head.isEmpty ? "该站现无站长" : "现任站长为“\(head)”"
            let enHead = head.isEmpty ? "the station has no head now" : "the head now is \(head)"
            return ("第九条：原站长写为\(zhNamed)，\(zhHead)", "Art. 9: the filing names \(enNamed) as the old head; \(enHead)")
        case let .filingNotOnStaff(p):
            return ("第九条：“\(p)”不在该站工作人员名单中", "Art. 9: \(p) is not on the station's staff")
        case let .filingAlreadyOnStaff(p):
            return ("第九条：“\(p)”已是该站站长或工作人员", "Art. 9: \(p) is already the station's head or staff")
        case let .acknowledgedBeforeFiling(ack, filed):
            return ("科技局确认日期\(ack)早于备案日期\(filed)", "the Bureau's acknowledgement \(ack) is before the filing \(filed)")
        case let .fieldRequired(field):
            let words: (String, String)
            switch field {
            case "name": words = ("姓名", "the name")
            case "employer": words = ("引进单位", "the employer")
            case "title": words = ("活动名称", "the activity's title")
            case "enterprise": words = ("企业", "the enterprise")
            case "need": words = ("需求", "the need")
            case "published_where": words = ("发布渠道", "where it was published")
            case "city": words = ("所在城市", "the city")
            default: words = (field, field)
            }
            return ("须填写\(words.0)", "\(words.1) is required")
        case let .headcountInvalid(n):
            return ("需求人数至少为1，实为\(n)", "the number of people needed must be at least 1, found \(n)")
        default:
            return ("", "")
        }
    }

    /// "the active life of station X (agreement … to …)" in both languages, and the article.
    static func lifeWords(station: String, start: CivilDate, end: CivilDate?, endKind: StationLife.End)
        -> (article: (String, String), zh: String, en: String) {
        let article = endKind == .revoked ? ("第十条第4项", "Art. 10.4") : ("第八条", "Art. 8")
        let zhEnd: String, enEnd: String
        switch (end, endKind) {
        case (nil, _): zhEnd = "至今"; enEnd = "onwards"
        case let (e?, .periodEnd): zhEnd = "至\(e)管理期届满"; enEnd = "to the end of its period \(e)"
        case let (e?, .ended): zhEnd = "至\(e)终止"; enEnd = "to its end \(e)"
        case let (e?, .revoked): zhEnd = "至\(e)撤销"; enEnd = "to its revocation \(e)"
        }
        return (article, "工作站“\(station)”的存续期内（\(start)签订协议\(zhEnd)）",
                "the active life of station \(station) (agreement \(start) \(enEnd))")
    }

    static func zhDateWord(_ record: DatedRecord) -> String {
        switch record {
        case .talent: return "人才引进日期"
        case .activity: return "活动日期"
        case .staffFiling: return "备案日期"
        case .talentDemand: return "需求征集日期"
        }
    }

    static func enDateWord(_ record: DatedRecord) -> String {
        switch record {
        case .talent: return "talent's date introduced"
        case .activity: return "activity's date"
        case .staffFiling: return "filing's date"
        case .talentDemand: return "demand's date collected"
        }
    }
}
