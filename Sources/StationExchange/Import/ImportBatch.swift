import StationDomain

/// Records read from a file and found valid, ready to be written (ids are nil).
public enum ImportRecords: Sendable, Equatable {
    case units([Unit])
    case partners([Partner])
    case stations([Station])
    case talents([Talent])

    public var count: Int {
        switch self {
        case .units(let r): return r.count
        case .partners(let r): return r.count
        case .stations(let r): return r.count
        case .talents(let r): return r.count
        }
    }
}

/// A checked file: what it holds and how it was read.
public struct ImportBatch: Sendable {
    public var kind: ImportKind
    public var fileName: String
    public var encoding: SourceEncoding
    public var records: ImportRecords
}
