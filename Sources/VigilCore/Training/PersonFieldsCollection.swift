/// The person records training learns from, each lent as the bytes of its fields.
///
/// Training reads a sample of hundreds of thousands of records, and looks at each one's fields only to
/// count its names and postcode and to make its features. A sample read straight from an extract can
/// lend the fields where they lie in the CSV rows, so no record needs to become text first; records
/// already in memory (``PersonRecord``) lend the bytes of their strings.
public protocol PersonFieldsCollection: Sendable {
    /// How many records there are.
    var count: Int { get }

    /// Calls `body` with the fields of the record at `position` (from 0 to `count - 1`). The bytes are
    /// valid only inside `body`.
    func withFields<Result>(at position: Int, _ body: (PersonFields) -> Result) -> Result
}

extension Array: PersonFieldsCollection where Element == PersonRecord {
    public func withFields<Result>(at position: Int, _ body: (PersonFields) -> Result) -> Result {
        self[position].withFields(body)
    }
}

extension PersonRecord {
    /// Calls `body` with the bytes of this record's name and address fields and its date of birth.
    public func withFields<Result>(_ body: (PersonFields) -> Result) -> Result {
        PersonFields.withFields(
            forenames: forenames,
            surname: surname,
            dateOfBirth: dateOfBirth,
            addressLine: addressLine,
            town: town,
            postcode: postcode,
            uprn: uprn,
            body
        )
    }
}
