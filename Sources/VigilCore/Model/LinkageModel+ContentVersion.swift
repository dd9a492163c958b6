import Foundation

extension LinkageModel {
    /// A short, stable hash of the model's parameters: the same model always gets the same version,
    /// whenever it was trained, and any change to a parameter or a term frequency gives another.
    ///
    /// The term-frequency tables are most of a model (tens of thousands of values), and encoding them as
    /// JSON with sorted keys cost as much as writing the model file. So the model is hashed as JSON
    /// without them, and then each table from its entries in sorted order: the values' bytes and the
    /// frequencies' exact bits.
    public func contentVersion() -> String {
        var parameters = self
        parameters.version = ""
        parameters.trainedAt = ""
        parameters.person.termFrequencies = [:]
        parameters.homeAddress?.termFrequencies = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash = ContentHash()
        hash.add((try? encoder.encode(parameters)) ?? Data())
        for model in [person, homeAddress] {
            // A marker per model, so tables cannot be taken for the other model's.
            hash.add(model == nil ? 0 : 1)
            for (column, table) in (model?.termFrequencies ?? [:]).sorted(by: { $0.key < $1.key }) {
                hash.add(column)
                hash.add(table.column)
                hash.add(table.unseenFrequency.bitPattern)
                hash.add(UInt64(table.sampleSize))
                hash.add(UInt64(table.frequencies.count))
                for (value, frequency) in table.frequencies.sorted(by: { $0.key < $1.key }) {
                    hash.add(value)
                    hash.add(frequency.bitPattern)
                }
            }
        }
        let hex = String(hash.value, radix: 16)
        return "m" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// FNV-1a over bytes, with each text framed by its length so that no two sequences of texts hash the
/// same bytes.
private struct ContentHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    mutating func add(_ data: Data) {
        add(UInt64(data.count))
        add(bytes: data)
    }

    mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        add(bytes: text.utf8)
    }

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add(bytes: $0) }
    }
}
