/// Art. 2: a partner (共建方) is outside Liuzhou. The one home of the rule: the form, the import,
/// the store's partner command and the station-type rule all ask it.
public enum PartnerLocation {
    /// The city and its districts and counties: a place naming any of them is inside Liuzhou.
    public static let liuzhouPlaces = [
        "柳州", "城中区", "鱼峰区", "柳南区", "柳北区", "柳江区",
        "柳城县", "鹿寨县", "融安县", "融水苗族自治县", "融水县", "三江侗族自治县", "三江县",
    ]
    /// Romanised names (compared case-insensitively, spaces and hyphens ignored).
    static let latinPlaces = ["liuzhou", "chengzhong", "yufeng", "liunan", "liubei", "liujiang",
                              "liucheng", "luzhai", "rong'an", "rongan", "rongshui", "sanjiang"]

    /// Whether `city` names Liuzhou or one of its districts or counties ("柳州市", "广西柳城县",
    /// "Liuzhou, Guangxi", "融水").
    public static func isInLiuzhou(_ city: String) -> Bool {
        let plain = city.filter { $0 != " " && $0 != "　" }
        if liuzhouPlaces.contains(where: { plain.contains($0) }) { return true }
        // The short forms of the two autonomous counties ("融水", "三江") name them too.
        if plain.contains("融水") || plain.contains("三江侗族") { return true }
        let latin = plain.lowercased().filter { $0 != "-" }
        return latinPlaces.contains { latin.contains($0) }
    }

    /// Allowed, or refused with `.partnerInLiuzhou`.
    public static func check(_ partner: Partner) -> Decision {
        isInLiuzhou(partner.city) ? Decision([.partnerInLiuzhou(partner: partner.name)]) : .allowed
    }
}
