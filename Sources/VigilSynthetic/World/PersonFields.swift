/// The name, birth date and address fields of one written person record, after corruption.
struct PersonFields: Sendable {
    var forenames: String
    var surname: String
    var dateOfBirth: String
    var address: AddressFields
}
