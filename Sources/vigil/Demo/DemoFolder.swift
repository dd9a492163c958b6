import Foundation
import GRDB
import VigilStore

/// The folder `vigil demo` writes into, and the guard that keeps it from touching a real store.
///
/// A demo folder carries a marker file (`vigil-demo.json`). A folder holding a store without the
/// marker, or a store with users the demo did not make, is refused: the demo starts every time from
/// an empty store and would otherwise destroy real work.
struct DemoFolder: Sendable {
    /// The folder's path.
    let path: String

    static let marker = "vigil-demo.json"

    /// The store the demo's runs publish into.
    var store: String { path + "/vigil.sqlite" }

    /// Makes the folder ready for a new demo: refuses a non-demo store, removes an earlier demo's
    /// files, and writes the marker.
    func prepare() throws {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw DemoError("\(path) is a file, not a folder: choose another --out")
            }
            let contents = try files.contentsOfDirectory(atPath: path)
            let stores = contents.filter { $0.hasSuffix(".sqlite") }
            if !contents.isEmpty, !contents.contains(Self.marker) {
                if !stores.isEmpty {
                    throw DemoError(
                        "\(path) holds a store (\(stores.joined(separator: ", "))) that vigil demo did not make; "
                            + "the demo never reuses a real store: choose another --out"
                    )
                }
                throw DemoError("\(path) is not empty and is not a demo folder: choose another --out")
            }
            if files.fileExists(atPath: store) { try refuseRealUsers() }
            for name in contents where Self.ownFiles.contains(where: { name == $0 || name.hasPrefix($0 + "-") }) {
                try files.removeItem(atPath: path + "/" + name)
            }
        }
        try files.createDirectory(atPath: path, withIntermediateDirectories: true)
        let note = "{\"made_by\": \"vigil demo\", \"synthetic_data_only\": true}\n"
        try Data(note.utf8).write(to: URL(fileURLWithPath: path + "/" + Self.marker))
    }

    /// Refuses a store in which anyone but the demo's users has an account.
    private func refuseRealUsers() throws {
        let names = try StoreDatabase(path: store).read { db in
            try String.fetchAll(db, sql: "SELECT username FROM app_user")
        }
        let others = names.filter { !DemoAccounts.isDemoUser($0) }
        guard others.isEmpty else {
            throw DemoError(
                "\(store) has users the demo did not make (\(others.prefix(3).joined(separator: ", "))): "
                    + "it is not a demo store; choose another --out"
            )
        }
    }

    /// What a demo writes, removed before the next one.
    private static let ownFiles = [
        "vigil.sqlite", "vigil.sqlite.lock", "vigil.sqlite-wal", "vigil.sqlite-shm", "world", "days", "rejects",
        "model.json", "vigil.yaml", marker,
    ]
}
