import Foundation
import XCTest
@testable import StationStore
import StationDomain

/// Races between real processes (store-fault-helper, released together by a file) for what a
/// round has only one of: the last place at the shortlist's line, and the agreement of one
/// application. Exactly one wins; the other is refused in words naming why; nothing of the loser
/// is written (no event, no journal entry, no second station). Three rounds each, fresh stores.
extension ApplicationCommandsTests {
    var share: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path
    }

    /// Starts one helper per (login, application), releases them at once, returns their last lines.
    func race(_ runs: [(login: String, id: Int64)], step: ApplicationStep, date: String, reason: String = "") throws -> [String] {
        let helpers = try runs.map { login, id in
            try HelperProcess(["step", folder, login, "\(id)", share, step.rawValue, date, today.description]
                              + (reason.isEmpty ? [] : [reason]))
        }
        for h in helpers { h.waitForLine("ready") }
        XCTAssertTrue(FileManager.default.createFile(atPath: folder + "/go", contents: Data()))
        for h in helpers { XCTAssertEqual(h.finish(), 0, h.lines.joined(separator: "\n")) }
        return helpers.map { $0.lines.last ?? "" }
    }

    /// Two clerks, each shortlisting one of the two applications tied at the line, for its one
    /// place, at the same moment.
    func testTwoClerksTakingTheLastPlaceAtTheLineAtOnceExactlyOneGetsIt() throws {
        let base = folder
        for attempt in 1...3 {
            folder = base + "/line\(attempt)"
            let db = try store()
            try db.save(User(login: "clerk2", roles: [.clerk]), replacing: nil, by: "root")
            let w = try world(db)
            let third = try db.write(command: "seed", by: "root") { try $0.insert(sampleUnit(3)) }
            let round = try db.perform(OpenRound(Round(year: 2026, places: 2, openedOn: d("2026-03-02")), today: today, files: files),
                                       by: "boss")
            var apps: [Application] = []
            for (unit, name, total) in [(w.unit, "甲站", 90), (w.other, "乙站", 80), (third, "丙站", 80)] {
                var a = Application(roundId: round.id!, unitId: unit.id!, partnerIds: [w.partner.id!], type: .university,
                                    proposedName: name, proposedHead: "张三", createdOn: today)
                ready(&a)
                a = try db.write(command: "fixture", by: "root") { t in var x = a; x.state = .inReview; return try t.insert(x) }
                _ = try db.perform(AssignReviewers(applicationId: a.id!, reviewers: ["wang"], date: d("2026-03-12"), files: files),
                                   by: "clerk")
                try submittedSheets(db, a, totals: ["wang": total])
                apps.append(a)
            }
            let (yi, bing) = (apps[1], apps[2])
            let book = try files.book(stored: try db.policyVersions(), continuations: try db.provisionalContinuations().map(\.continuation))
            let standing = try XCTUnwrap(try db.roundStanding(round: round.id!, policy: try XCTUnwrap(book.inForce(on: today))))
            XCTAssertEqual([apps[0], yi, bing].map { standing.placement(of: $0) }, [.selected, .tiedAtCutOff, .tiedAtCutOff])
            XCTAssertEqual(standing.shortlist.openPlaces, 1)

            let outcomes = try race([("clerk", yi.id!), ("clerk2", bing.id!)], step: .shortlist, date: "2026-06-01",
                                    reason: "实地考察更优")
            XCTAssertEqual(outcomes.filter { $0 == "done shortlisted" }.count, 1, "\(outcomes)")
            let states = try [yi, bing].map { try XCTUnwrap(db.fetch(Application.self, id: $0.id!)).state }
            XCTAssertEqual(states.filter { $0 == .shortlisted }.count, 1, "\(states)")
            let winner = states[0] == .shortlisted ? yi : bing, loser = states[0] == .shortlisted ? bing : yi
            XCTAssertEqual(try db.fetch(Application.self, id: loser.id!)?.state, .inReview, "the loser stays where it was")
            // The refusal says the line's place is gone, and to whom.
            let refusal = try XCTUnwrap(outcomes.first { $0.hasPrefix("refused") }, "\(outcomes)")
            XCTAssertTrue(refusal.contains("名额线上并列者的1个名额已由“\(winner.proposedName)”占用"), refusal)
            XCTAssertEqual(try db.applicationEvents(application: loser.id!).count, 0, "no event for the loser")
            XCTAssertEqual(try db.applicationEvents(application: winner.id!).map(\.to), [.shortlisted])
            XCTAssertEqual(try db.journal(limit: 100).filter { $0.command == "application-shortlist" }.count, 1)

            if attempt == 1 {
                // Afterwards, one at a time, the same: the loser cannot be taken in, alone or by the
                // confirmation; it can go out with the reason.
                let input = StepInput(applicationId: loser.id!, step: .shortlist, expected: .inReview, date: d("2026-06-02"),
                                      reason: "再议", today: today, files: files)
                XCTAssertEqual(refused(try db.perform(TakeStep(input), by: "clerk")),
                               [.lineTaken(open: 1, by: [winner.proposedName])])
                XCTAssertEqual(refused(try db.perform(ConfirmShortlist(roundId: round.id!, chosen: [loser.id!], reason: "再议",
                                                                       date: d("2026-06-02"), today: today, files: files), by: "clerk")),
                               [.tooManyChosenAtLine(chosen: 2, open: 1)])
                XCTAssertEqual(try db.perform(ConfirmShortlist(roundId: round.id!, reason: "并列取舍：实地考察", date: d("2026-06-02"),
                                                               today: today, files: files), by: "clerk"), 1)
                XCTAssertEqual(try db.fetch(Application.self, id: loser.id!)?.state, .notSelected)
                XCTAssertEqual(try db.fetch(Application.self, id: apps[0].id!)?.state, .shortlisted)
            }
        }
    }

    /// Two clerks signing the agreement of the same application at once: one station set up, with
    /// one period; the other told the application moved meanwhile.
    func testTwoClerksSigningTheSameAgreementAtOnceSetUpOneStation() throws {
        let base = folder
        for attempt in 1...3 {
            folder = base + "/sign\(attempt)"
            let db = try store()
            try db.save(User(login: "clerk2", roles: [.clerk]), replacing: nil, by: "root")
            let w = try world(db)
            let round = try db.perform(OpenRound(Round(year: 2026, places: 2, openedOn: d("2026-03-02")), today: today, files: files),
                                       by: "boss")
            var a = Application(roundId: round.id!, unitId: w.unit.id!, partnerIds: [w.partner.id!], type: .university,
                                proposedName: "华东虚构理工大学柳州新材料人才工作站", proposedHead: "张三", createdOn: today)
            ready(&a)
            a = try db.write(command: "fixture", by: "root") { t in var x = a; x.state = .groupApproved; return try t.insert(x) }
            a = try step(db, a, .publishNotice, by: "clerk", on: "2026-11-02")
            XCTAssertEqual(a.state, .inNotice)
            let stationsBefore = try db.stations().count

            let outcomes = try race([("clerk", a.id!), ("clerk2", a.id!)], step: .signAgreement, date: "2026-12-01")
            XCTAssertEqual(outcomes.filter { $0 == "done agreement_signed" }.count, 1, "\(outcomes)")
            let refusal = try XCTUnwrap(outcomes.first { $0.hasPrefix("refused") }, "\(outcomes)")
            XCTAssertTrue(refusal.contains("申请已由“in_notice”变为“agreement_signed”"), refusal)
            let stations = try db.stations()
            XCTAssertEqual(stations.count, stationsBefore + 1, "one station set up")
            let station = try XCTUnwrap(stations.first { $0.applicationId == a.id })
            XCTAssertEqual(try db.stationPeriods(station: station.id!).count, 1)
            XCTAssertEqual(try db.applicationEvents(application: a.id!).filter { $0.to == .agreementSigned }.count, 1)
            XCTAssertEqual(try db.journal(limit: 100).filter { $0.command == "application-sign-agreement" }.count, 1)
        }
    }
}
