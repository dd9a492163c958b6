import Foundation

/// Everything Vigil needs to link: the person model and the home-address model, versioned.
///
/// Saved as JSON (`vigil train --out model.json`) so it can be read, diffed and kept with each run's
/// results: every match records the model version that produced it.
public struct LinkageModel: Codable, Hashable, Sendable {
    /// Identifies the file format.
    public static let format = "vigil-linkage-model"
    /// The format version this build reads and writes.
    ///
    /// 2: a level may be term-frequency adjusted against another level's u
    /// (``LevelParameters/termFrequencyRelativeTo``), as the surname's part or previous surname level is.
    /// A version 1 file is read and brought up to it (``upgraded()``); a vigil that reads only version 1
    /// refuses a version 2 file rather than score that level unadjusted.
    ///
    /// 3: the home-address postcode has a fourth level, a postcode in another district
    /// (``HomeAddressComparison/PostcodeLevel/otherDistrict``). An earlier file is given that level when
    /// read (``withCurrentLevels()``).
    public static let currentFormatVersion = 3

    /// Always `vigil-linkage-model`.
    public var format: String
    /// The file format version.
    public var formatVersion: Int
    /// A version for this trained model (content hash), recorded with every match.
    public var version: String
    /// When training finished (ISO 8601).
    public var trainedAt: String
    /// The person model.
    public var person: FellegiSunterModel
    /// The home-address model, when incident locations were given to training.
    public var homeAddress: FellegiSunterModel?
    /// What training saw and did.
    public var training: TrainingReport

    public init(
        person: FellegiSunterModel,
        homeAddress: FellegiSunterModel?,
        training: TrainingReport,
        trainedAt: String
    ) {
        format = Self.format
        formatVersion = Self.currentFormatVersion
        self.person = person
        self.homeAddress = homeAddress
        self.training = training
        self.trainedAt = trainedAt
        version = ""
        version = contentVersion()
    }

    /// The model for a kind of match, if trained.
    public func model(for kind: MatchKind) -> FellegiSunterModel? {
        switch kind {
        case .person: return person
        case .homeAddress: return homeAddress
        }
    }
}

/// What training saw and did, kept in the model file so a reader can judge it.
public struct TrainingReport: Codable, Hashable, Sendable {
    /// One EM session: the blocking rule it used and what it found.
    public struct Session: Codable, Hashable, Sendable {
        public var kind: MatchKind
        public var blockingRule: String
        public var fixedComparisons: [String]
        public var pairs: Int
        public var distinctPatterns: Int
        public var iterations: Int
        public var converged: Bool
        public var matchShare: Double

        public init(
            kind: MatchKind,
            blockingRule: String,
            fixedComparisons: [String],
            pairs: Int,
            distinctPatterns: Int,
            iterations: Int,
            converged: Bool,
            matchShare: Double
        ) {
            self.kind = kind
            self.blockingRule = blockingRule
            self.fixedComparisons = fixedComparisons
            self.pairs = pairs
            self.distinctPatterns = distinctPatterns
            self.iterations = iterations
            self.converged = converged
            self.matchShare = matchShare
        }
    }

    public var rosterSize: Int
    public var recordsSeen: Int
    public var recordsUsed: Int
    public var locationsUsed: Int
    public var randomPairsForU: Int
    public var seed: UInt64
    public var sessions: [Session]

    public init(
        rosterSize: Int,
        recordsSeen: Int,
        recordsUsed: Int,
        locationsUsed: Int,
        randomPairsForU: Int,
        seed: UInt64,
        sessions: [Session]
    ) {
        self.rosterSize = rosterSize
        self.recordsSeen = recordsSeen
        self.recordsUsed = recordsUsed
        self.locationsUsed = locationsUsed
        self.randomPairsForU = randomPairsForU
        self.seed = seed
        self.sessions = sessions
    }
}
