/// The public notice of Art. 5.3 (公示5个工作日): it runs from its first day if that is a working
/// day (else from the next working day) and ends at the close of the 5th working day, counting
/// the first (SPEC "Public notice"). Cost: two calendar look-ups.
public struct NoticePeriod: Hashable, Sendable {
    public let publishedOn: CivilDate
    public let firstDay: CivilDate
    public let lastDay: CivilDate

    /// Throws `WorkdayCalendarError.yearNotCovered` when the notice would run through a year the
    /// calendar does not know.
    public init(publishedOn: CivilDate, calendar: WorkdayCalendar, policy: Policy) throws {
        self.publishedOn = publishedOn
        firstDay = try calendar.firstWorkday(onOrAfter: publishedOn)
        lastDay = try calendar.date(addingWorkdays: policy.noticeWorkingDays - 1, to: firstDay)
    }

    /// Whether the notice is running on `date` (between the first and the last day, inclusive).
    public func isRunning(on date: CivilDate) -> Bool { firstDay <= date && date <= lastDay }

    /// Whether the notice has run its course by `date` (the day after the last day, or later).
    public func isOver(on date: CivilDate) -> Bool { date > lastDay }

    /// An objection counts when lodged from publication to the last day inclusive.
    public func accepts(objectionOn date: CivilDate) -> Bool { publishedOn <= date && date <= lastDay }

    /// The `Notice` record for a round's approved list.
    public func notice(roundId: Int64, applicationIds: [Int64]) -> Notice {
        Notice(roundId: roundId, applicationIds: applicationIds, publishedOn: publishedOn, firstDay: firstDay, lastDay: lastDay)
    }
}
