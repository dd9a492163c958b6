import Foundation
import VigilIngest
import VigilStore

/// What a daily run reads and where it publishes: the contents of `vigil.yaml`.
///
/// Paths are resolved against the configuration file's folder. See `docs/configuration.md`.
public struct PipelineConfiguration: Sendable, Hashable {
    /// One configured extract of person records or incident locations.
    public struct Source: Sendable, Hashable {
        /// Whether a file holds every current record or only what changed since the last one.
        public enum Mode: String, Sendable, Hashable, CaseIterable {
            /// Every current record: records missing from it are marked withdrawn.
            case snapshot
            /// Only new and changed records: nothing is withdrawn.
            case delta
            /// A source no longer in use (a system replaced, an extract discontinued): no file is read, and
            /// the run withdraws every record the store holds from it, as a snapshot would withdraw records
            /// it no longer holds, without the check that refuses a snapshot missing most of its records.
            case retired
        }

        /// A short name for reports and run history, unique in the file (e.g. `crime`).
        public var name: String
        /// What the files hold.
        public var kind: ExtractKind
        /// A path or a glob (`extracts/crime-*.csv`); a glob's files are read in name order. Not read
        /// for a retired source.
        public var path: String
        /// The column mapping, or `nil` for the canonical columns.
        public var mapping: String?
        /// Snapshot, delta or retired.
        public var mode: Mode

        /// Creates a source.
        public init(name: String, kind: ExtractKind, path: String, mapping: String? = nil, mode: Mode = .snapshot) {
            self.name = name
            self.kind = kind
            self.path = path
            self.mapping = mapping
            self.mode = mode
        }
    }

    /// The SQLite store file.
    public var store: String
    /// The model file written by `vigil train`.
    public var model: String
    /// The HR roster (always a full snapshot) and its optional mapping.
    public var roster: String
    /// The roster's column mapping, or `nil` for the canonical columns.
    public var rosterMapping: String?
    /// The person-record and incident-location extracts.
    public var sources: [Source]
    /// Person-match probability threshold; `nil` keeps the model's.
    public var personThreshold: Double?
    /// Home-address probability threshold; `nil` keeps the model's.
    public var homeAddressThreshold: Double?
    /// Days after leaving before a leaver's personal data is erased.
    public var leaverRetentionDays: Int
    /// The folder rejected rows are written to, one CSV per run and source.
    public var rejectsFolder: String
    /// Hours without a successful run after which data counts as stale.
    public var staleAfterHours: Int
    /// Hours a run may go on before `vigil status` reports it as possibly hung.
    public var runLimitHours: Int
    /// Data-quality gates: a run that fails one publishes but is marked degraded.
    public var qualityGates: DataQualityGates

    /// Creates a configuration with the defaults for everything optional.
    public init(
        store: String,
        model: String,
        roster: String,
        rosterMapping: String? = nil,
        sources: [Source],
        personThreshold: Double? = nil,
        homeAddressThreshold: Double? = nil,
        leaverRetentionDays: Int = 365,
        rejectsFolder: String = "rejects",
        staleAfterHours: Int = 26,
        runLimitHours: Int = StoreHealth.defaultRunLimitHours,
        qualityGates: DataQualityGates = .standard
    ) {
        self.store = store
        self.model = model
        self.roster = roster
        self.rosterMapping = rosterMapping
        self.sources = sources
        self.personThreshold = personThreshold
        self.homeAddressThreshold = homeAddressThreshold
        self.leaverRetentionDays = leaverRetentionDays
        self.rejectsFolder = rejectsFolder
        self.staleAfterHours = staleAfterHours
        self.runLimitHours = runLimitHours
        self.qualityGates = qualityGates
    }
}
