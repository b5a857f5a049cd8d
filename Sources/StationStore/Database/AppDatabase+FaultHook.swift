extension AppDatabase {
    /// For fault tests of the layers above (the UI keeps a form open on a full disk): while
    /// true, every write transaction of this process fails before it starts exactly as one on a
    /// full disk does (`StoreError.diskFull`), nothing written. The real full disk is tested with
    /// separate processes under a file-size limit (StationStoreTests/FaultTests).
    public func simulateFullDisk(_ full: Bool) { fullDiskSimulated = full }
}
