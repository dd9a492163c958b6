import Testing
import VigilCore

@Suite struct CountedTests {
    @Test("a count of one takes the singular, any other count the plural")
    func agreement() {
        #expect(1.counted("rejected row") == "1 rejected row")
        #expect(0.counted("rejected row") == "0 rejected rows")
        #expect(2.counted("employee") == "2 employees")
        #expect(1.counted("entry", plural: "entries") == "1 entry")
        #expect(5.counted("entry", plural: "entries") == "5 entries")
    }

    @Test("the agreeing word alone serves verbs and counts written another way")
    func wordAlone() {
        #expect(1.agreeing("was", plural: "were") == "was")
        #expect(3.agreeing("was", plural: "were") == "were")
        #expect(1200.agreeing("row") == "rows")
    }
}
