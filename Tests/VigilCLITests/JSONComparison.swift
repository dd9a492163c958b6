import Foundation

/// Compares two parsed JSON values, numbers to a relative tolerance, and lists where they differ.
///
/// Model files hold sums of many floating-point terms; two honest runs may differ in the last bits, and a
/// test should tell that apart from a parameter that really moved.
enum JSONComparison {
    static let relativeTolerance = 1e-9

    /// Appends a path and the two values for every place `a` and `b` differ; keys in `ignoring` are skipped.
    static func differences(
        _ a: Any,
        _ b: Any,
        ignoring: Set<String> = [],
        path: String = "",
        into found: inout [String]
    ) {
        switch (a, b) {
        case (let a as [String: Any], let b as [String: Any]):
            for key in Set(a.keys).union(b.keys).subtracting(ignoring).sorted() {
                guard let left = a[key], let right = b[key] else {
                    found.append("\(path)/\(key): present on one side only")
                    continue
                }
                differences(left, right, ignoring: ignoring, path: "\(path)/\(key)", into: &found)
            }
        case (let a as [Any], let b as [Any]):
            guard a.count == b.count else {
                found.append("\(path): \(a.count) versus \(b.count) elements")
                return
            }
            for (index, (left, right)) in zip(a, b).enumerated() {
                differences(left, right, ignoring: ignoring, path: "\(path)/\(index)", into: &found)
            }
        case (let a as String, let b as String):
            if a != b { found.append("\(path): \(a) versus \(b)") }
        case (let a as NSNumber, let b as NSNumber):
            let x = a.doubleValue
            let y = b.doubleValue
            if abs(x - y) > relativeTolerance * max(abs(x), abs(y), 1e-300) {
                found.append("\(path): \(x) versus \(y)")
            }
        case (is NSNull, is NSNull):
            return
        default:
            found.append("\(path): \(a) versus \(b)")
        }
    }
}
