import StationStore

/// Stores this process opened stay open until it exits. Closing one costs GRDB a NotificationCenter
/// look-up (~0.8 M instructions, issue 15) and gains nothing: every command is durable at its
/// commit, and the system releases the file and its locks when the process ends.
enum OpenStores {
    static var kept: [AppDatabase] = []

    static func keep(_ db: AppDatabase) -> AppDatabase {
        kept.append(db)
        return db
    }
}
