import Testing

@testable import VigilIngest

/// Files named together are told apart by as much of their paths as differs, and no more.
@Suite struct DistinctFileNamesTests {
    @Test("two files of one name in different folders are named by their folders; a name of its own stays short")
    func sameNameInTwoFolders() {
        let names = DistinctFileNames(["/srv/in/a/crime.csv", "/srv/in/b/crime.csv", "/srv/in/roster.csv"])
        #expect(names.name(of: "/srv/in/a/crime.csv") == "a/crime.csv")
        #expect(names.name(of: "/srv/in/b/crime.csv") == "b/crime.csv")
        #expect(names.name(of: "/srv/in/roster.csv") == "roster.csv")
    }

    @Test("folders that differ higher up are named from there, and a path another ends with is named whole")
    func deeperAndNested() {
        let names = DistinctFileNames(["x/day/crime.csv", "y/day/crime.csv", "day/crime.csv", "crime.csv"])
        #expect(names.name(of: "x/day/crime.csv") == "x/day/crime.csv")
        #expect(names.name(of: "y/day/crime.csv") == "y/day/crime.csv")
        #expect(names.name(of: "day/crime.csv") == "day/crime.csv")
        #expect(names.name(of: "crime.csv") == "crime.csv")
    }

    @Test("a path given twice is one file, and a path not given is named by its last component")
    func repeatsAndStrangers() {
        let names = DistinctFileNames(["in/a/crime.csv", "in/a/crime.csv"])
        #expect(names.name(of: "in/a/crime.csv") == "crime.csv")
        #expect(names.name(of: "/tmp/other/intel.csv") == "intel.csv")
        #expect(DistinctFileNames.lastComponent(of: "/") == "/")
    }
}
