/// The address fields of one written row, after corruption.
struct AddressFields: Sendable {
    var line: String
    var town: String
    var postcode: String
    var uprn: String

    static let blank = AddressFields(line: "", town: "", postcode: "", uprn: "")
}
