import Testing

@testable import VigilIngest

@Suite struct IDFingerprintsTests {
    @Test("holds what a Set holds, through growth, for FNV fingerprints of real-looking ids and for 0")
    func agreesWithSet() {
        var table = IDFingerprints()
        var reference = Set<UInt64>()
        var values = (0..<50_000).map { fingerprint("PR\($0 % 30_000)") }
        values += [0, 0, 1, UInt64.max, 1 << 63]
        for value in values {
            let inserted = table.insert(value)
            #expect(inserted == reference.insert(value).inserted)
        }
        #expect(table.count == reference.count)
        for id in 0..<40_000 {
            let value = fingerprint("PR\(id)")
            #expect(table.contains(value) == reference.contains(value))
        }
        #expect(table.contains(0) && table.contains(UInt64.max))
    }

    @Test("a table grown from its smallest size keeps every fingerprint and says when one was held")
    func growsFromSmallest() {
        var table = IDFingerprints(minimumCapacity: 1)
        let values = (1...300).map { UInt64($0) << 40 }
        for value in values {
            let inserted = table.insert(value)
            #expect(inserted)
        }
        for value in values {
            #expect(table.contains(value))
            let again = table.insert(value)
            #expect(!again, "a second insert says it was held")
        }
        #expect(!table.contains(301 << 40))
        #expect(table.count == 300)
    }
}

/// The fingerprint the reader gives an id.
private func fingerprint(_ id: String) -> UInt64 {
    var id = id
    return id.withUTF8 { IDFingerprints.fingerprint($0) }
}
