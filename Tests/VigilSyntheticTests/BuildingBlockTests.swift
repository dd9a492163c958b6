import Foundation
import Testing

@testable import VigilSynthetic

/// The small pieces the world is built from: the generator, dates, CSV quoting and name noise.
@Suite struct BuildingBlockTests {
    @Test("the seeded generator repeats its sequence for a seed and differs between streams")
    func generatorIsSeeded() {
        var a = SeededGenerator(seed: 42, stream: 1)
        var b = SeededGenerator(seed: 42, stream: 1)
        var c = SeededGenerator(seed: 42, stream: 2)
        let first = (0..<8).map { _ in a.next() }
        #expect(first == (0..<8).map { _ in b.next() })
        #expect(first != (0..<8).map { _ in c.next() })
        for _ in 0..<1_000 {
            let value = a.below(7)
            #expect((0..<7).contains(value))
            let unit = a.unit()
            #expect(unit >= 0 && unit < 1)
        }
    }

    @Test("weighted tables draw items in proportion to their weights")
    func weightedTable() {
        let table = WeightedTable<String>([("common", 9), ("rare", 1)])
        var random = SeededGenerator(seed: 1)
        let common = (0..<10_000).filter { _ in table.sample(&random) == "common" }.count
        #expect(common > 8_700 && common < 9_300)
    }

    @Test("day numbers round-trip through civil dates, leap days included")
    func dayNumbers() {
        #expect(DayNumber.from(year: 1970, month: 1, day: 1) == 0)
        #expect(DayNumber.iso(DayNumber.from(year: 2024, month: 2, day: 29)) == "2024-02-29")
        #expect(DayNumber.british(DayNumber.from(year: 1999, month: 12, day: 3)) == "03/12/1999")
        for day in stride(from: -30_000, to: 30_000, by: 37) {
            let date = DayNumber.civil(day)
            #expect(DayNumber.from(year: date.year, month: date.month, day: date.day) == day)
        }
        #expect(!DayNumber.isValid(year: 2023, month: 2, day: 29))
    }

    @Test("the CSV writer quotes only fields that need it and doubles inner quotes")
    func csvQuoting() throws {
        let directory = WorldFixture.temporaryDirectory()
        defer { WorldFixture.remove(directory) }
        let path = directory + "/quoting.csv"
        let writer = try CSVWriter(path: path, header: ["a", "b", "c"])
        writer.write("Flat 3, 12 Soho Road")
        writer.write("O'Brien \"Bob\"")
        writer.write("Wójcik")
        try writer.endRow()
        try writer.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "a,b,c\n\"Flat 3, 12 Soho Road\",\"O'Brien \"\"Bob\"\"\",Wójcik\n")
    }

    @Test("a typo changes a name by one edit and keeps its case")
    func typos() {
        var random = SeededGenerator(seed: 8)
        for name in ["Hussain", "SINGH", "Williams"] {
            for _ in 0..<50 {
                let typo = RecordRenderer.typo(name, &random)
                #expect(abs(typo.count - name.count) <= 1)
                #expect(typo.first == name.first)
                if name == name.uppercased() { #expect(typo == typo.uppercased()) }
            }
        }
    }

    @Test("diacritics are stripped to plain ASCII letters")
    func diacritics() {
        #expect(RecordRenderer.strippingDiacritics("Wiśniewski") == "Wisniewski")
        #expect(RecordRenderer.strippingDiacritics("Łukasz Kozłowski") == "Lukasz Kozlowski")
        #expect(RecordRenderer.strippingDiacritics("Smith") == "Smith")
    }

    @Test("neighbours share a postcode unit but are a different address")
    func neighbours() {
        var random = SeededGenerator(seed: 3)
        let book = AddressBook(count: 500, random: &random)
        for index in stride(from: 0, to: book.addresses.count, by: 7) {
            guard let neighbour = book.neighbour(of: index, &random) else { continue }
            #expect(neighbour != index)
            #expect(book.unit(of: neighbour).postcode == book.unit(of: index).postcode)
        }
        #expect(Set(book.addresses.map(\.uprn)).count == book.addresses.count)
    }
}
