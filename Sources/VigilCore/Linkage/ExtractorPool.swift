import Synchronization

/// Feature extractors lent to workers one batch at a time, so their name caches survive across batches.
public final class ExtractorPool: Sendable {
    private let idle: Mutex<[PersonFeatureExtractor]>
    private let make: @Sendable () -> PersonFeatureExtractor

    /// Creates a pool that makes a new extractor whenever all are lent out.
    public init(make: @escaping @Sendable () -> PersonFeatureExtractor) {
        self.make = make
        idle = Mutex([])
    }

    /// Runs `body` with an extractor no other worker is using.
    public func withExtractor<Result>(_ body: (inout PersonFeatureExtractor) -> Result) -> Result {
        var extractor = idle.withLock { $0.popLast() } ?? make()
        let result = body(&extractor)
        idle.withLock { [extractor] in $0.append(extractor) }
        return result
    }
}
