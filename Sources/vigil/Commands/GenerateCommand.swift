import ArgumentParser
import VigilCore
import VigilSynthetic

/// `vigil generate`: a synthetic West-Midlands-like world with ground truth.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a synthetic world: roster, person records, incident locations and truth.",
        discussion: """
            Writes roster.csv, person_records.csv, incident_locations.csv, truth_person.csv, \
            truth_address.csv and world.json (parameters and counts of every corruption and hard negative) \
            into --out. Deterministic for a seed. Only invented people: never real personal data.
            """
    )

    @Option(name: .long, help: "Employees on the roster.")
    var employees: Int = 2_000

    @Option(name: .long, help: "Person records across crime, intelligence, custody and incident extracts.")
    var records: Int = 100_000

    @Option(name: .long, help: "Incident locations (default: a tenth of the person records).")
    var locations: Int?

    @Option(name: .long, help: "Seed: the same seed gives byte-identical files.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Share of person records that concern an employee.")
    var employeeShare: Double = 0.02

    @Option(name: .long, help: "Share of person records about a lookalike: relative, twin, namesake, neighbour.")
    var hardNegativeShare: Double = 0.004

    @Option(name: .long, help: "Share of common-surname employees given a same-name, same-birthday stranger.")
    var namesakeShare: Double = 0.05

    @Option(name: .long, help: "Directory to write the world into (created if needed).")
    var out: String

    func validate() throws {
        guard employees > 0 else { throw ValidationError("--employees must be at least 1") }
        guard records >= 0, (locations ?? 0) >= 0 else { throw ValidationError("counts cannot be negative") }
        for (name, share) in [
            ("--employee-share", employeeShare), ("--hard-negative-share", hardNegativeShare),
            ("--namesake-share", namesakeShare),
        ] where !(0...1).contains(share) {
            throw ValidationError("\(name) is between 0 and 1")
        }
    }

    func run() async throws {
        var parameters = WorldParameters(
            employees: employees,
            personRecords: records,
            incidentLocations: locations,
            seed: seed
        )
        parameters.employeeRecordShare = employeeShare
        parameters.hardNegativeRecordShare = hardNegativeShare
        parameters.namesakeShare = namesakeShare
        let progress = ProgressReporter(label: "generating")
        progress.update(rows: 0)
        do {
            let summary = try WorldGenerator(parameters: parameters).write(to: out) { written, total in
                progress.update(rows: written, fraction: Double(written) / Double(max(total, 1)))
            }
            progress.finish()
            Diagnostics.note(
                "wrote \(summary.employees.counted("employee")), \(summary.personRecords.counted("person record")) "
                    + "(\(summary.employeePersonRecords) about employees) and "
                    + "\(summary.incidentLocations.counted("incident location")) to \(out)"
            )
        } catch let error as SyntheticWorldError {
            progress.finish()
            Diagnostics.note("\(error)")
            throw ExitStatus.failure
        }
    }
}
