import Foundation
import VigilCore

/// The employee's HR details beside a source record's, field by field, saying which agree.
///
/// Values are compared as the linkage engine reads them (VigilCore's normalisers): case, accents,
/// punctuation and spacing are ignored, titles and suffixes dropped, road abbreviations written out
/// ("AVE" is "AVENUE") and postcodes compared without their space, so "O'Brien" agrees with "OBRIEN", and
/// every spelling of Muhammad is one name, as the engine reads it ("Mohammed Asif" agrees with "Muhammad
/// Asif": "different spellings of one name"). A
/// field that agrees only in part ("Patricia" for "Patricia Natalie", an address with the flat on one side
/// only) *partly agrees*, with words saying how. Given the match's explanation, a field the match counted
/// as agreeing in any degree (identical, a known variant, a similar spelling ...) is never shown as
/// differing. A field missing on either side is "missing", never agreement.
struct RecordComparison: Sendable, Hashable {
    /// How one field compares.
    enum Agreement: String, Sendable, Hashable {
        case agrees = "agrees"
        case partlyAgrees = "partly-agrees"
        case differs = "differs"
        case missing = "missing"

        /// The state in words.
        var words: String {
            switch self {
            case .agrees: "agrees"
            case .partlyAgrees: "partly agrees"
            case .differs: "differs"
            case .missing: "missing"
            }
        }
    }

    /// One field.
    struct Field: Sendable, Hashable {
        var name: String
        var employee: String
        var record: String
        var agreement: Agreement
        /// How the values agree when it is not plain to see: "the record gives only the first forename".
        var how: String?
    }

    var fields: [Field]

    /// A person record beside the employee; `explanation` is the current match's, if it still stands.
    init(employee: Employee?, record: PersonRecord, explanation: MatchExplanation? = nil) {
        let hr = employee
        fields = [
            Self.forenames(hr?.forenames ?? "", record.forenames),
            Self.surname(hr?.surname ?? "", previous: hr?.previousSurnames ?? [], record.surname),
            Self.dateOfBirth(hr?.dateOfBirth, record.dateOfBirth),
            Self.address(hr?.addressLine ?? "", hr?.town ?? "", record.addressLine, record.town),
            Self.town(hr?.town ?? "", record.town),
            Self.postcode(hr?.postcode ?? "", record.postcode),
        ]
        Self.markSwappedNames(&fields, employee: hr, record: record)
        if let explanation { reconcile(with: explanation, terms: Self.personTerms) }
    }

    /// An incident location beside the employee's home address.
    init(employee: Employee?, location: IncidentLocation, explanation: MatchExplanation? = nil) {
        fields = [
            Self.address(employee?.addressLine ?? "", employee?.town ?? "", location.addressLine, location.town),
            Self.town(employee?.town ?? "", location.town),
            Self.postcode(employee?.postcode ?? "", location.postcode),
        ]
        if let explanation { reconcile(with: explanation, terms: Self.locationTerms) }
    }

    /// How many fields agree.
    var agreeing: Int { fields.filter { $0.agreement == .agrees }.count }

    /// How many fields partly agree.
    var partlyAgreeing: Int { fields.filter { $0.agreement == .partlyAgrees }.count }

    /// "4 of 6 fields agree", with ", 1 partly" when some agree only in part.
    var summary: String {
        let whole = "\(agreeing) of \(fields.count) field\(fields.count == 1 ? "" : "s") agree"
        return partlyAgreeing == 0 ? whole : "\(whole), \(partlyAgreeing) partly"
    }

    /// The comparison as a table with headers and a caption.
    func table(caption: String) -> HTML {
        let rows: [HTML] = fields.map { field in
            let how: HTML = field.how.map { " <span class=\"agreement-how\">(\($0))</span>" } ?? ""
            return """
                <tr class="\(field.agreement.rawValue)"><th scope="row">\(field.name)</th>\
                <td>\(field.employee.isEmpty ? "—" : field.employee)</td><td>\(field.record.isEmpty ? "—" : field.record)</td>\
                <td><span class="agreement-\(field.agreement.rawValue)">\(field.agreement.words)</span>\(how)</td></tr>
                """
        }
        return """
            <table class="compare"><caption>\(caption): \(summary)</caption>
            <thead><tr><th scope="col">Field</th><th scope="col">HR roster</th><th scope="col">Source record</th>\
            <th scope="col">Comparison</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    /// Text reduced to what matters for comparison: uppercase letters and digits, single spaces.
    static func normalised(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .uppercased()
        var output = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "," || scalar == "." {
                pendingSpace = true
            }
        }
        return output
    }

    /// A field whose values are both present, or "missing" when either is not.
    static func field(
        _ name: String,
        _ employee: String,
        _ record: String,
        present: Bool,
        _ compare: () -> (Agreement, String?)
    ) -> Field {
        guard present else { return Field(name: name, employee: employee, record: record, agreement: .missing) }
        let (agreement, how) = compare()
        return Field(name: name, employee: employee, record: record, agreement: agreement, how: how)
    }
}
