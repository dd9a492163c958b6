/// The growable buffer a ``CSVReader`` gathers a batch's field bytes in, handed to the batch as one
/// array when the batch is done.
///
/// A batch of 10,000 rows is over 100,000 field appends. An array checks that it is uniquely
/// referenced and has room on every one of them; here an append is one capacity check and one copy,
/// and the memory is reused from batch to batch instead of being allocated (and faulted in) anew.
struct ByteAccumulator: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are held.
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        precondition(capacity > 0, "a buffer needs room for at least one byte")
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Appends `count` bytes from `source`.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count added: Int) {
        if count + added > capacity {
            grow(toHold: count + added)
        }
        (base + count).initialize(from: source, count: added)
        count += added
    }

    /// Drops every byte from `position` on (a rejected row's, or all of them for a new batch).
    mutating func removeAll(from position: Int = 0) {
        precondition(position >= 0 && position <= count, "cannot cut the buffer outside its bytes")
        count = position
    }

    /// The bytes held, lent for reading; valid until the next change.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes held, as an array (copied).
    func array() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
