/// Art. 7 duties per station type, 1-based in the Measures' order; activities are tagged with one.
public enum StationDuties {
    public static func titles(for type: StationType) -> [String] {
        switch type {
        case .university:
            return ["宣讲与校园招聘，发布人才需求", "支持人才团队来柳创新创业、专家服务、成果转化",
                    "柳籍学子库、实习见习、推荐毕业生", "合作办班、定向培养", "协助申报人才载体", "其他交办业务"]
        case .organization:
            return ["政策推介（“5+5”产业布局）", "人才交流：引进高层次人才团队、参观考察、设立分支机构",
                    "联络协调", "建立人才资源库，统计报送人才需求", "其他交办业务"]
        }
    }

    /// The same duties in English, for `--lang en`.
    public static func englishTitles(for type: StationType) -> [String] {
        switch type {
        case .university:
            return ["promotion and campus recruitment; publish Liuzhou's demand", "start-ups, expert service, research and transfer in Liuzhou",
                    "Liuzhou-native student pool, internships, graduates", "joint classes and targeted training",
                    "help apply for talent carriers", "other assigned work"]
        case .organization:
            return ["policy promotion (the \"5+5\" industries)", "talent exchange: teams, visits, branches, transfer centres",
                    "liaison and coordination", "talent pool, statistics and demand", "other assigned work"]
        }
    }

    /// Refuses an activity whose duty number is not one of its station type's.
    public static func check(_ activity: Activity, station: Station) -> Decision {
        let n = titles(for: station.type).count
        return (1...n).contains(activity.duty) ? .allowed : Decision([.dutyUnknown(duty: activity.duty, type: station.type)])
    }
}

extension StationDuties {
    /// How many of `station`'s activities dated within `dates` (an evaluation year) are tagged
    /// with each duty of its type: element 0 is duty 1. A duty with none shows 0, so a gap is
    /// visible. Activities of other stations or with a duty outside the type are left out. O(activities).
    public static func countPerDuty(_ activities: [Activity], station: Station, in dates: ClosedRange<CivilDate>) -> [Int] {
        var counts = Array(repeating: 0, count: titles(for: station.type).count)
        for a in activities where a.stationId == station.id && dates.contains(a.on) && counts.indices.contains(a.duty - 1) {
            counts[a.duty - 1] += 1
        }
        return counts
    }

    /// The rules a new or edited activity must meet: a duty of the station's type, a title, and a
    /// date within the station's life.
    public static func checkNew(_ activity: Activity, station: Station, life: StationLife) -> Decision {
        var d = check(activity, station: station) + life.check(activity.on, for: .activity)
        if activity.title.trimmingCharacters(in: " ").isEmpty { d = d + Decision([.fieldRequired(field: "title")]) }
        return d
    }
}
