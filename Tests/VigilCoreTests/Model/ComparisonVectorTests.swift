import Testing
import VigilCore

@Suite struct ComparisonVectorTests {
    @Test("levels round-trip through the packed form and missing reads back as nil")
    func roundTrip() {
        var vector = ComparisonVector()
        #expect(vector[0] == nil)
        vector[0] = 3
        vector[7] = 14
        vector[2] = 0
        #expect(vector[0] == 3)
        #expect(vector[7] == 14)
        #expect(vector[2] == 0)
        #expect(vector[1] == nil)
        vector[0] = nil
        #expect(vector[0] == nil)
        #expect(ComparisonVector(packed: vector.packed) == vector)
    }
}
