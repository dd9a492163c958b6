import VigilCore

extension RecordComparison {
    /// Forenames that agree once a Muhammad form before the name in use is set aside, as the linkage
    /// engine sets it aside (VigilCore's `PersonFeatureExtractor` keeps it apart as `muhammadPrefix` and
    /// compares the name that follows), with words that say why; `nil` when that reading does not make
    /// the names in use the same.
    ///
    /// "Mohammed Zubair" beside "M Zubair", "Muhammad Ali" beside "Mohamed Ali Ahmed" and "Muhammad
    /// Hassan" beside "Hassan Mohammed" all read as the same name in use, which is why the explanation
    /// beside them says "identical": the page must not say "partly agrees" next to that.
    static func muhammadPrefix(_ hr: [String], _ record: [String]) -> String? {
        let roster = InUse(hr)
        let other = InUse(record)
        guard roster.prefix != nil || other.prefix != nil else { return nil }
        var inUse: (roster: ArraySlice<String>, record: ArraySlice<String>) = (roster.names, other.names)
        var notes: [String] = []
        switch (roster.prefix, other.prefix) {
        case (let mine?, let theirs?):
            if mine != theirs { notes.append("\(mine) and \(theirs) are spellings of one name, a prefix both give") }
        case (let prefix?, nil):
            guard let note = InUse.setAside(prefix, in: &inUse.record, side: "record") else { return nil }
            notes.append(note)
        case (nil, let prefix?):
            guard let note = InUse.setAside(prefix, in: &inUse.roster, side: "roster") else { return nil }
            notes.append(note)
        case (nil, nil):
            return nil
        }
        guard let name = inUse.roster.first, name == inUse.record.first else { return nil }
        let extraRoster = inUse.roster.dropFirst()
        let extraRecord = inUse.record.dropFirst()
        if extraRoster != extraRecord {
            if !extraRoster.isEmpty { notes.append("the roster also gives \(extraRoster.joined(separator: " "))") }
            if !extraRecord.isEmpty { notes.append("the record also gives \(extraRecord.joined(separator: " "))") }
        }
        return (["the name in use, \(name), is the same"] + notes).joined(separator: "; ")
    }

    /// One side's forenames read as the engine reads them: a Muhammad form before another name is a
    /// prefix, and the names after it are the names in use.
    private struct InUse {
        var prefix: String?
        var names: ArraySlice<String>

        init(_ tokens: [String]) {
            if tokens.count > 1, NameVariants.standard.isMuhammadForm(tokens[0]) {
                prefix = tokens[0]
                names = tokens.dropFirst()
            } else {
                names = tokens[...]
            }
        }

        /// Reads `names` (the side without a prefix) against the other side's Muhammad `prefix`: its
        /// initial before the name in use ("M ZUBAIR"), the prefix given after the name in use
        /// ("HASSAN MOHAMMED"), or no prefix at all ("ASIF"). Takes out what stands for the prefix and
        /// says how; `nil` when none of these holds.
        static func setAside(_ prefix: String, in names: inout ArraySlice<String>, side: String) -> String? {
            if names.count > 1, let first = names.first, first.count == 1, first.first == prefix.first {
                names = names.dropFirst()
                return "the \(side) gives only the initial \(first) of the prefix \(prefix)"
            }
            if let index = names.dropFirst().firstIndex(where: NameVariants.standard.isMuhammadForm) {
                let form = names[index]
                names.remove(at: index)
                let spelled = form == prefix ? "" : " as \(form)"
                return "\(prefix) is a prefix the \(side) gives after the name in use\(spelled)"
            }
            return "\(prefix) is a prefix the \(side) leaves out"
        }
    }
}
