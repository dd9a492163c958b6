import Foundation
import Testing

@testable import VigilWeb

@Suite struct MeetingScheduleTests {
    let schedule = MeetingSchedule()

    func instant(_ text: String) throws -> Date {
        try Date.ISO8601FormatStyle().parse(text)
    }

    @Test("before 08:00 on a Monday the last meeting was Friday's; after it, Monday's")
    func weekdays() throws {
        #expect(
            schedule.lastMeeting(before: try instant("2027-01-18T07:30:00Z")) == (try instant("2027-01-15T08:00:00Z"))
        )
        #expect(
            schedule.lastMeeting(before: try instant("2027-01-18T09:00:00Z")) == (try instant("2027-01-18T08:00:00Z"))
        )
        #expect(
            schedule.lastMeeting(before: try instant("2027-01-19T08:00:00Z")) == (try instant("2027-01-19T08:00:00Z"))
        )
    }

    @Test("at the weekend the last meeting was Friday's")
    func weekend() throws {
        #expect(
            schedule.lastMeeting(before: try instant("2027-01-16T12:00:00Z")) == (try instant("2027-01-15T08:00:00Z"))
        )
        #expect(
            schedule.lastMeeting(before: try instant("2027-01-17T23:00:00Z")) == (try instant("2027-01-15T08:00:00Z"))
        )
    }

    @Test("the meeting is at 08:00 UK time, so 07:00 UTC in British Summer Time")
    func summerTime() throws {
        #expect(
            schedule.lastMeeting(before: try instant("2027-07-14T07:30:00Z")) == (try instant("2027-07-14T07:00:00Z"))
        )
    }

    @Test("?since= takes a date (08:00 that day) or an instant, and nothing else")
    func since() throws {
        #expect(schedule.since("2027-01-15") == (try instant("2027-01-15T08:00:00Z")))
        #expect(schedule.since("2027-01-15T10:30:00Z") == (try instant("2027-01-15T10:30:00Z")))
        #expect(schedule.since("2027-02-30") == nil)
        #expect(schedule.since("yesterday") == nil)
        #expect(schedule.since("") == nil)
    }
}
