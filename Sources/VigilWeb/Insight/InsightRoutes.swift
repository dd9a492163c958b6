import Foundation
import HTTPTypes
import Hummingbird
import VigilCore

/// The insight views: an employee's timeline and home address, patterns and trends, and the runs
/// with their data-quality reports.
enum InsightRoutes {
    static func declare(into table: inout AccessTable) {
        table.add(.get, "/employees/{id}", access: EmployeeTimelinePage.access) { _, context in
            try await EmployeeTimelinePage.handle(context)
        }
        table.add(.get, "/employees/{id}/home", access: HomeAddressPage.access) { _, context in
            try await HomeAddressPage.handle(context)
        }
        table.add(.get, "/trends", access: TrendsPage.access) { _, context in
            try await TrendsPage.handle(context)
        }
        table.add(.get, "/runs", access: RunsPages.access) { _, context in
            try await RunsPages.history(context)
        }
        table.add(.get, "/runs/{id}", access: RunsPages.access) { _, context in
            try await RunsPages.detail(context)
        }
    }
}
