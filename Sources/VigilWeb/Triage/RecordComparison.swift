import Foundation
import VigilCore

/// The employee's HR details beside a source record's, field by field, saying which agree.
///
/// Values are compared normalised, as a person would read them: case, accents, punctuation and spacing
/// are ignored, and postcodes compare without their space, so "O'Brien" agrees with "OBRIEN". A field
/// missing on either side is "missing", never agreement.
struct RecordComparison: Sendable, Hashable {
    /// How one field compares.
    enum Agreement: String, Sendable, Hashable {
        case agrees = "agrees"
        case differs = "differs"
        case missing = "missing"
    }

    /// One field.
    struct Field: Sendable, Hashable {
        var name: String
        var employee: String
        var record: String
        var agreement: Agreement
    }

    var fields: [Field]

    /// A person record beside the employee.
    init(employee: Employee?, record: PersonRecord) {
        let hr = employee
        fields = [
            Self.field("Forenames", hr?.forenames, record.forenames),
            Self.field(
                "Surname",
                hr.map { ([$0.surname] + $0.previousSurnames).joined(separator: " / ") },
                record.surname,
                alternatives: hr.map { [$0.surname] + $0.previousSurnames }
            ),
            Self.field("Date of birth", hr?.dateOfBirth?.description, record.dateOfBirth?.description),
            Self.field("Address", hr?.addressLine, record.addressLine),
            Self.field("Town", hr?.town, record.town),
            Self.field("Postcode", hr?.postcode, record.postcode),
        ]
    }

    /// An incident location beside the employee's home address.
    init(employee: Employee?, location: IncidentLocation) {
        fields = [
            Self.field("Address", employee?.addressLine, location.addressLine),
            Self.field("Town", employee?.town, location.town),
            Self.field("Postcode", employee?.postcode, location.postcode),
        ]
    }

    /// How many fields agree.
    var agreeing: Int { fields.filter { $0.agreement == .agrees }.count }

    /// The comparison as a table with headers and a caption.
    func table(caption: String) -> HTML {
        let rows: [HTML] = fields.map { field in
            """
            <tr class="\(field.agreement.rawValue)"><th scope="row">\(field.name)</th>\
            <td>\(field.employee.isEmpty ? "—" : field.employee)</td><td>\(field.record.isEmpty ? "—" : field.record)</td>\
            <td><span class="agreement-\(field.agreement.rawValue)">\(field.agreement.rawValue)</span></td></tr>
            """
        }
        return """
            <table class="compare"><caption>\(caption): \(agreeing) of \(fields.count) fields agree</caption>
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

    private static func field(
        _ name: String,
        _ employee: String?,
        _ record: String?,
        alternatives: [String]? = nil
    ) -> Field {
        let left = employee ?? ""
        let right = record ?? ""
        let agreement: Agreement
        if normalised(left).isEmpty || normalised(right).isEmpty {
            agreement = .missing
        } else {
            let candidates = (alternatives ?? [left]).map(normalised)
            let target =
                name == "Postcode" ? normalised(right).replacingOccurrences(of: " ", with: "") : normalised(right)
            let matches = candidates.contains { candidate in
                (name == "Postcode" ? candidate.replacingOccurrences(of: " ", with: "") : candidate) == target
            }
            agreement = matches ? .agrees : .differs
        }
        return Field(name: name, employee: left, record: right, agreement: agreement)
    }
}
