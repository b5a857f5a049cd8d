/// Row ids for a `ListBrowser` whose records carry no number of their own (users by login,
/// review subjects by kind and id): each key keeps its id for the life of the screen, so the
/// selection and the marks stay on the same records across reloads. O(1) per key.
struct RowIds<Key: Hashable & Sendable>: Sendable {
    private var ids: [Key: Int64] = [:]

    mutating func id(_ key: Key) -> Int64 {
        if let id = ids[key] { return id }
        let id = Int64(ids.count)
        ids[key] = id
        return id
    }
}
