extension StoreError.Code {
    /// A user, grant or other object named in a request does not exist.
    public static let notFound = StoreError.Code(name: "not found")
    /// A value given for a field is not acceptable (an over-long grant, an unknown role, ...).
    public static let invalid = StoreError.Code(name: "invalid")
}
