import Foundation
import Logging
import ServiceLifecycle
import VigilStore

/// Writes the counts of refused sign-ins still being counted (``SignInRefusals``) to the audit trail when
/// the dashboard shuts down gracefully, so that a stopped dashboard leaves no count outside the trail.
///
/// It runs in the application's service group ahead of the server, so it is told to stop after the
/// server has stopped taking requests: no refusal can be counted after it writes. A dashboard killed
/// outright leaves the counts in `sign_in_refusal`; the next sign-in or read of the trail after their
/// windows end writes them.
struct RefusalCountsAtShutdown: Service {
    let store: StoreDatabase
    let clock: WebClock
    let logger: Logger

    func run() async throws {
        // Cancellation (not a graceful shutdown) throws here, and nothing is written.
        try await gracefulShutdown()
        let now = clock.now()
        do {
            try await store.asyncWrite { db in try SignInRefusals.closeEveryWindow(at: now, in: db) }
        } catch {
            logger.error("could not write the counts of refused sign-ins to the audit trail: \(error)")
            throw error
        }
    }
}
