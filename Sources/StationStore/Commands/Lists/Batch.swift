import StationDomain

/// Several commands of one kind as one command — a list's marked rows deleted together: one
/// BEGIN IMMEDIATE transaction, one journal entry (named as its commands, about all their
/// subjects), one undo step. One refused or failing writes none of them. Outcome: each
/// command's, in order.
public struct Batch<C: StoreCommand>: StoreCommand {
    public static var permission: Permission { C.permission }
    public var commands: [C]

    public init(_ commands: [C]) { self.commands = commands }

    public var name: String { commands.first?.name ?? "batch" }

    public func perform(_ tx: CommandContext) throws -> [C.Outcome] {
        var outcomes: [C.Outcome] = []
        var subjects: [String] = []
        for command in commands {
            tx.subject = ""
            outcomes.append(try command.perform(tx))
            if !tx.subject.isEmpty { subjects.append(tx.subject) }
        }
        tx.subject = subjects.joined(separator: "、")
        return outcomes
    }
}
