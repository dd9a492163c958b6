import VigilStore

/// What a run did to each alert it touched, so that the run's counts count alerts, not evidence.
///
/// One event can have several records matched to one employee: one alert, several pieces of evidence.
/// The ledger answers for each piece it is offered or withdrawn, so three records of one event withdrawn
/// together come back as "partly withdrawn" twice and "withdrawn" once. The tally keeps what happened to
/// each alert (by its key) and, at the end, counts each alert once, under what matters most:
///
/// 1. raised: a new alert today, whatever else happened to it;
/// 2. withdrawn: none of its evidence holds at the end of the run;
/// 3. reopened: a closed alert got new evidence;
/// 4. updated: an open alert gained or changed evidence;
/// 5. partly withdrawn: it lost evidence, but some still holds;
/// 6. restored: withdrawn evidence holds again, unchanged;
/// 7. unchanged, then suppressed: nothing about the alert changed.
struct AlertTally {
    /// What happened to one alert during the run.
    private struct Changes {
        var seen = Set<AlertOutcome>()
        /// Whether the last thing that happened to the alert left none of its evidence holding.
        var noneHolds = false
    }

    private var alerts: [String: Changes] = [:]

    /// Notes what one offer or withdrawal did to the alert keyed `alertKey`.
    mutating func note(_ outcome: AlertOutcome, alertKey: String) {
        var changes = alerts[alertKey] ?? Changes()
        changes.seen.insert(outcome)
        switch outcome {
        case .withdrawn: changes.noneHolds = true
        case .suppressed: break  // held back: it changes nothing the alert holds
        default: changes.noneHolds = false
        }
        alerts[alertKey] = changes
    }

    /// Notes changes the ledger reports with their alerts' keys.
    mutating func note(_ changes: [AlertChange]) {
        for change in changes { note(change.outcome, alertKey: change.alertKey) }
    }

    /// How many alerts ended the run under each outcome; every alert touched is counted once.
    var counts: [AlertOutcome: Int] {
        var counts: [AlertOutcome: Int] = [:]
        for changes in alerts.values {
            counts[Self.outcome(of: changes), default: 0] += 1
        }
        return counts
    }

    private static func outcome(of changes: Changes) -> AlertOutcome {
        let seen = changes.seen
        if seen.contains(.raised) { return .raised }
        if changes.noneHolds { return .withdrawn }
        if seen.contains(.reopened) { return .reopened }
        if seen.contains(.updated) { return .updated }
        if seen.contains(.withdrawn) || seen.contains(.partlyWithdrawn) { return .partlyWithdrawn }
        if seen.contains(.restored) { return .restored }
        if seen.contains(.unchanged) { return .unchanged }
        return .suppressed
    }
}
