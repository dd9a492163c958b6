import ArgumentParser
import Foundation

/// Refuses a command line whose output would overwrite one of its inputs.
///
/// `--out same.csv --records same.csv` truncated the extract before reading it, `--out` naming the
/// roster or the model replaced it with matches, and `--rejects` naming an extract appended rejects to
/// it. Paths are compared as files (device and inode), so `./a.csv`, `a.csv` and a link to it are one;
/// an output that does not exist yet cannot be an input, and pipes and devices (`-`, `/dev/stdout`) are
/// written into, not replaced, so they never collide.
struct OutputCollision {
    /// Each option that names an output, with its path (nil when not given).
    var outputs: [(option: String, path: String?)]
    /// Each option that names an input, with its path.
    var inputs: [(option: String, path: String?)]

    /// - Throws: `ValidationError` naming both options and the file when an output is an input.
    func check() throws {
        // Two outputs in one file would interleave: matches and rejects in one, neither readable.
        for (index, output) in outputs.enumerated() {
            guard let path = output.path, path != "-", path != "/dev/stdout" else { continue }
            for other in outputs[(index + 1)...] where other.path.map(Self.absolute) == Self.absolute(path) {
                throw ValidationError("\(output.option) and \(other.option) both name \(path): give each its own file")
            }
        }
        for output in outputs {
            guard let path = output.path, let written = Self.regularFile(at: path) else { continue }
            for input in inputs {
                guard let inputPath = input.path, let read = Self.regularFile(at: inputPath), read == written else {
                    continue
                }
                throw ValidationError(
                    "\(output.option) \(path) is the same file as \(input.option) \(inputPath): "
                        + "writing it would destroy the input; choose another path"
                )
            }
        }
    }

    /// The path made absolute, with links followed, for comparing paths that may not exist yet.
    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The device and inode of a regular file at `path`, or nil for none, a pipe or a device.
    private static func regularFile(at path: String) -> [UInt64]? {
        // Links are followed: a link to the extract is the extract.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        else { return nil }
        return [device, inode]
    }
}

extension SourceOptions {
    /// The inputs these options name, for ``OutputCollision``.
    var namedInputs: [(option: String, path: String?)] {
        [
            ("--records", records), ("--records-mapping", recordsMapping), ("--locations", locations),
            ("--locations-mapping", locationsMapping),
        ]
    }
}

extension RosterOptions {
    /// The inputs these options name, for ``OutputCollision``.
    var namedInputs: [(option: String, path: String?)] {
        [("--roster", roster), ("--roster-mapping", rosterMapping)]
    }
}
