extension Int {
    /// The count followed by a noun that agrees with it, for messages: "1 rejected row", "3 rejected rows".
    ///
    /// Every message that puts a number before a noun goes through here, so that a count of one never
    /// reads "1 rejected rows". Give `plural` when adding "s" does not make it ("entry", "entries").
    ///
    /// ```swift
    /// rejects.count.counted("rejected row")          // "1 rejected row"
    /// lines.counted("entry", plural: "entries")      // "2 entries"
    /// ```
    public func counted(_ singular: String, plural: String? = nil) -> String {
        "\(self) \(agreeing(singular, plural: plural))"
    }

    /// The word that agrees with the count, alone: for a count written another way ("1,200 rows") or
    /// for a verb ("1 row was", "2 rows were": `count.agreeing("was", plural: "were")`).
    public func agreeing(_ singular: String, plural: String? = nil) -> String {
        self == 1 ? singular : plural ?? singular + "s"
    }
}
