import VigilIngest
import VigilStore

extension RunWork {
    /// The order the run reads its sources in: each kind's sources last listed first, in the slots that
    /// kind holds in the configuration.
    ///
    /// A record (or incident) two configured sources both supply is then resolved once, to the
    /// later-listed source's version, as a glob's last file wins within one source: reading in list order
    /// would store the earlier version and then the later one, and the next night do both again, so an
    /// unchanged pair of extracts would change the record (and reopen its closed alert) every night.
    static func readingOrder(_ sources: [PipelineConfiguration.Source]) -> [PipelineConfiguration.Source] {
        var ordered = sources
        for isLocation in [false, true] {
            let slots = sources.indices.filter { (sources[$0].kind == .incidentLocations) == isLocation }
            for (slot, source) in zip(slots, slots.reversed()) { ordered[slot] = sources[source] }
        }
        return ordered
    }

    /// Puts the run's inputs and data-quality reports back in the configuration's order (the roster
    /// first), whatever order the sources were read in.
    mutating func putInConfigurationOrder() {
        let names = ["roster"] + configuration.sources.map(\.name)
        func rank(_ name: String) -> Int { names.firstIndex(of: name) ?? names.count }
        inputs = inputs.enumerated().sorted {
            (rank($0.element.source), $0.offset) < (rank($1.element.source), $1.offset)
        }
        .map(\.element)
        qualityReports = qualityReports.enumerated()
            .sorted { (rank($0.element.source), $0.offset) < (rank($1.element.source), $1.offset) }
            .map(\.element)
    }
}
