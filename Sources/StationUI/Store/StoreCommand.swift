import StationDomain
import StationExchange

/// A write a screen asks for; the app loop performs it against the store (one store
/// transaction, one journal entry, one undo step) and hands the outcome back to the screen.
public enum StoreCommand: Sendable {
    case saveUnit(Unit, original: Unit?)
    case savePartner(Partner, original: Partner?)
    case deleteUnit(Unit)
    case deletePartner(Partner)
    /// Several units and partners (a list's marked rows) as one command.
    case deleteRecords([DeskRecord])
    case undo
    case redo
    /// Check (dry run) or import a CSV file, with progress and Esc (`ImportJob`, App+Import.swift).
    case importFile(ImportJob)
}

/// What a performed `StoreCommand` produced.
public enum StoreOutcome: Sendable {
    case unit(Unit)
    case partner(Partner)
    case deleted
    case journal(JournalLine)
    case imported(ImportReport)
}
