/// The outcome of comparing one pair of records: one level per comparison, packed into 64 bits.
///
/// Each comparison takes four bits, so a vector holds up to 16 comparisons and is cheap to hash, which
/// lets training count distinct agreement patterns instead of pairs (fastLink's method). A missing
/// comparison (either side had no value) is stored as `ComparisonVector.missing` and carries no weight.
public struct ComparisonVector: Hashable, Sendable {
    /// The level stored for a comparison that could not be made because a value was missing.
    public static let missing: Int = 15
    /// The largest number of comparisons a vector can hold.
    public static let capacity = 16

    /// The packed levels: comparison `i` occupies bits `4i ..< 4i+4`.
    public private(set) var packed: UInt64

    /// A vector with every comparison missing.
    public init() {
        packed = UInt64.max
    }

    /// A vector from its packed form.
    public init(packed: UInt64) {
        self.packed = packed
    }

    /// The level of comparison `index`, or `nil` when it is missing.
    public subscript(index: Int) -> Int? {
        get {
            let level = Int((packed >> UInt64(index * 4)) & 0xF)
            return level == ComparisonVector.missing ? nil : level
        }
        set {
            precondition(index >= 0 && index < ComparisonVector.capacity, "comparison index out of range")
            let value = UInt64(newValue ?? ComparisonVector.missing)
            precondition(value <= 15, "comparison level out of range")
            let shift = UInt64(index * 4)
            packed = (packed & ~(0xF << shift)) | (value << shift)
        }
    }

    /// The vector with comparison `index` marked missing: used when a training session leaves it out.
    public func removing(_ index: Int) -> ComparisonVector {
        var copy = self
        copy[index] = nil
        return copy
    }
}
