import ArgumentParser
import Foundation
import StationDomain
import StationStore

/// `stationdesk workdays add|between|is`: the mainland working-day calendar (issue 3).
struct WorkdaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workdays",
        abstract: "工作日计算 — mainland China working days (holidays and 调休 make-up days)",
        subcommands: [Add.self, Between.self, Is.self]
    )

    struct Options: ParsableArguments {
        @Option(name: .long, help: "The data folder (default: $STATIONDESK_SHARE, beside the executable, ./data).")
        var share: String?

        func calendar() throws -> WorkdayCalendar {
            try ShareDirectory.locate(override: share).workdayCalendar()
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "The date N working days after DATE (DATE not counted; N = 0: DATE or the next working day).",
            discussion: """
                Past the last year of data/calendar/cn-workday-exceptions.tsv the days are counted with weekends
                as the only days off and the answer is marked provisional (暂定): the earliest the date can be,
                until that year's State Council holiday notice is added to the table (see data/calendar/README.md).
                """)
        @OptionGroup var options: Options
        @Argument(help: "YYYY-MM-DD") var date: String
        @Argument(help: "Working days, 0 or more.") var n: Int

        func run() throws {
            try DomainCLI.reporting {
                let d = try DomainCLI.date(date, "DATE")
                guard n >= 0 else { throw DomainCLI.Failure("N 须不小于0 (N must be 0 or more, found \(n))") }
                let answer = try options.calendar().provisionalDate(addingWorkdays: n, to: d)
                guard answer.provisional, let missing = answer.missingYear else { Output.line("\(answer.date)"); return }
                Output.line("\(answer.date) " + Output.pick(
                    "暂定：工作日表尚无\(missing)年起的节假日安排，只按周末计算（补入 data/calendar/cn-workday-exceptions.tsv 后即为确定日期）",
                    "provisional: the working-day table has no holidays from \(missing) on, so only weekends were skipped (add that year to data/calendar/cn-workday-exceptions.tsv)"))
            }
        }
    }

    struct Between: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "between", abstract: "How many working days lie after FROM up to and including TO.")
        @OptionGroup var options: Options
        @Argument(help: "YYYY-MM-DD") var from: String
        @Argument(help: "YYYY-MM-DD") var to: String

        func run() throws {
            try DomainCLI.reporting {
                let a = try DomainCLI.date(from, "FROM"), b = try DomainCLI.date(to, "TO")
                Output.line("\(try options.calendar().workdays(after: a, through: b))")
            }
        }
    }

    struct Is: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "is", abstract: "Prints yes when DATE is a working day, else no.")
        @OptionGroup var options: Options
        @Argument(help: "YYYY-MM-DD") var date: String

        func run() throws {
            try DomainCLI.reporting {
                let d = try DomainCLI.date(date, "DATE")
                Output.line(try options.calendar().isWorkday(d) ? "yes" : "no")
            }
        }
    }
}

/// Helpers shared by the domain's commands (namespaced so other commands' files cannot clash).
enum DomainCLI {
    /// A command-line failure with a message for the person at the terminal.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ message: String) { description = message }
    }

    /// Parses `YYYY-MM-DD` or fails naming the argument.
    static func date(_ text: String, _ name: String) throws -> CivilDate {
        guard let d = CivilDate(text) else {
            throw Failure("\(name)“\(text)”不是日期，应为 YYYY-MM-DD (\(name) '\(text)' is not a date YYYY-MM-DD)")
        }
        return d
    }

    /// Runs `body`; an error is printed to stderr as its own description (so the domain's
    /// messages reach the person unchanged) and the process exits with status 1.
    static func reporting(_ body: () throws -> Void) throws {
        do { try body() } catch {
            Output.error(Output.message(for: error))
            throw ExitCode(1)
        }
    }

    /// Today in China Standard Time (UTC+8), whatever the server's time zone (SPEC "Dates").
    static func todayInShanghai(now: Date = Date()) -> CivilDate {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CivilDate(dayNumber: day)
    }
}
