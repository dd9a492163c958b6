/// Short names for files named together in one summary or message: each file's shortest path suffix
/// that no other file of the set ends with, so that `in/a/crime.csv` and `in/b/crime.csv` read as
/// `a/crime.csv` and `b/crime.csv`, while a file whose name is its own stays `crime.csv`.
///
/// A file whose whole path another file's path ends with (`crime.csv` beside `old/crime.csv`) is named
/// by its path as given.
///
/// ```swift
/// let names = DistinctFileNames(["in/a/crime.csv", "in/b/crime.csv", "in/roster.csv"])
/// names.name(of: "in/a/crime.csv")   // "a/crime.csv"
/// names.name(of: "in/roster.csv")    // "roster.csv"
/// ```
public struct DistinctFileNames: Sendable, Hashable {
    private var names: [String: String] = [:]

    /// Works out the names of `paths` (a path given twice is one file).
    public init(_ paths: some Sequence<String>) {
        let unique = Array(Set(paths))
        let parts = unique.map { $0.split(separator: "/").map(String.init) }
        for (index, path) in unique.enumerated() {
            let own = parts[index]
            var name = path
            for length in stride(from: 1, through: own.count, by: 1) {
                let suffix = own.suffix(length)
                let shared = parts.indices.contains { other in
                    other != index && parts[other].count >= length && parts[other].suffix(length) == suffix
                }
                if !shared {
                    name = suffix.joined(separator: "/")
                    break
                }
            }
            names[path] = name
        }
    }

    /// The name of `path`: its distinct suffix, or its last path component when it was not among the
    /// paths given.
    public func name(of path: String) -> String {
        names[path] ?? Self.lastComponent(of: path)
    }

    /// The last component of a path: `crime.csv` of `in/a/crime.csv`; the path itself when it has none.
    public static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
