/// The name, birth date and address fields of one written person record, after corruption.
struct PersonFields: Sendable {
    var forenames: String
    var surname: String
    var dateOfBirth: String
    var address: AddressFields
}

/// The address fields of one written row, after corruption.
struct AddressFields: Sendable {
    var line: String
    var town: String
    var postcode: String
    var uprn: String

    static let blank = AddressFields(line: "", town: "", postcode: "", uprn: "")
}
