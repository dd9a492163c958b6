/// Adds roster positions to a record's candidates once each, in the order they are first met.
///
/// A person is reached by several keys, so positions repeat. Most records meet a handful of candidates,
/// which a scan of the list tells apart fastest; a record in big blocks can meet hundreds, and scanning
/// for each would cost their square. From `scanLimit` candidates on, positions also go into a small
/// open-addressed set kept in the caller's scratch memory. The order of the candidates, which decides
/// runner-ups among equal scores, is the same either way.
struct CandidateGathering: ~Copyable {
    /// Up to this many candidates a position is looked for in the list itself.
    static let scanLimit = 16
    /// Room for the set: it takes positions until it is half full, then scanning takes over again.
    static let capacity = 256

    private let slots: UnsafeMutableBufferPointer<Int32>
    private var stored = 0
    private var usesSet = false

    /// `slots` is scratch memory of `capacity` positions; it is initialised only if the set is needed.
    init(slots: UnsafeMutableBufferPointer<Int32>) {
        precondition(slots.count == Self.capacity, "the set's scratch memory has the wrong size")
        self.slots = slots
    }

    /// Appends `position` to `candidates` unless it is there already.
    @inline(__always)
    mutating func add(_ position: Int32, to candidates: inout [Int32]) {
        if usesSet {
            guard insert(position) else { return }
            candidates.append(position)
            return
        }
        for existing in candidates where existing == position { return }
        candidates.append(position)
        if candidates.count == Self.scanLimit && stored == 0 {
            slots.initialize(repeating: -1)
            usesSet = true
            for candidate in candidates { _ = insert(candidate) }
        }
    }

    /// Puts a position in the set; false when it was there. When the set is half full it hands back to
    /// scanning the list, which stays correct however long the list grows.
    private mutating func insert(_ position: Int32) -> Bool {
        let mask = Self.capacity - 1
        var slot = Int(truncatingIfNeeded: (UInt32(bitPattern: position) &* 0x9E37_79B1) >> 24) & mask
        while slots[slot] >= 0 {
            if slots[slot] == position { return false }
            slot = (slot + 1) & mask
        }
        guard stored < Self.capacity / 2 else {
            usesSet = false
            return true
        }
        slots[slot] = position
        stored += 1
        return true
    }
}
