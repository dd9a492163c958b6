import Testing
import VigilCore

@Suite struct PlaceholderValuesTests {
    @Test("placeholder names match on the normalised full form")
    func names() {
        #expect(PlaceholderValues.isPlaceholderName("UNKNOWN MALE"))
        #expect(PlaceholderValues.isPlaceholderName("N K"))
        #expect(PlaceholderValues.isPlaceholderName("XXXX"))
        #expect(PlaceholderValues.isPlaceholderName("0000"))
        #expect(!PlaceholderValues.isPlaceholderName("UNKNOWN SMITH"))
        #expect(!PlaceholderValues.isPlaceholderName("XAVIER"))
        #expect(!PlaceholderValues.isPlaceholderName("XZ"))
    }

    @Test("placeholder addresses include no fixed abode but not a bare house number")
    func addresses() {
        #expect(PlaceholderValues.isPlaceholderAddress("NFA"))
        #expect(PlaceholderValues.isPlaceholderAddress("NO FIXED ABODE"))
        #expect(PlaceholderValues.isPlaceholderAddress("UNKNOWN"))
        #expect(!PlaceholderValues.isPlaceholderAddress("12"))
        #expect(!PlaceholderValues.isPlaceholderAddress("12 HIGH STREET"))
    }

    @Test("NA is placeholder text for a date but a possible surname")
    func dateOnlyWords() {
        #expect(PlaceholderValues.isPlaceholderText("NA"))
        #expect(PlaceholderValues.isPlaceholderText("N A"))
        #expect(PlaceholderValues.isPlaceholderText("UNKNOWN"))
        #expect(!PlaceholderValues.isPlaceholderName("NA"))
        #expect(!PlaceholderValues.isPlaceholderText("JULY"))
    }

    @Test("placeholder postcodes are compared without spaces or punctuation")
    func postcodes() {
        #expect(PlaceholderValues.isPlaceholderPostcode("NK"))
        #expect(PlaceholderValues.isPlaceholderPostcode("NFA"))
        #expect(PlaceholderValues.isPlaceholderPostcode("XXXXX"))
        #expect(!PlaceholderValues.isPlaceholderPostcode("B11AA"))
    }
}
