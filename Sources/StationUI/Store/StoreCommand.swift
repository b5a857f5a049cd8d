import StationDomain
import StationExchange

/// A write a screen asks for; the app loop performs it against the store (one store
/// transaction, one journal entry, one undo step) and hands the outcome back to the screen.
public enum StoreCommand: Sendable {
    case saveUnit(Unit, original: Unit?)
    case savePartner(Partner, original: Partner?)
    case deleteUnit(Unit)
    case deletePartner(Partner)
    case undo
    case redo
    /// Check (dry run) or import a CSV file, with progress and Esc (`ImportJob`, App+Import.swift).
    case importFile(ImportJob)
    /// Score sheets, ties, users, preferences, policy, verify and backup (`ReviewDesk.perform`).
    case review(ReviewCommand)
}

/// What a performed `StoreCommand` produced.
public enum StoreOutcome: Sendable {
    case unit(Unit)
    case partner(Partner)
    case deleted
    case journal(JournalLine)
    case imported(ImportReport)
    /// `journalled`: whether the store changed (a draft or a verify does not journal).
    case review(ReviewOutcome, journalled: Bool)
}
