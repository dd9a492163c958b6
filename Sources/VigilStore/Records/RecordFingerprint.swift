import VigilCore

/// 64-bit fingerprints of records, for change detection without keeping the old rows in memory.
///
/// `content` covers every field: any change means the record is re-linked. `identity` covers only the
/// fields that decide who a person is (names, date of birth, address): a suppression ("not a match")
/// stays in force until one of them changes.
public enum RecordFingerprint {
    /// Every field of an employee.
    public static func content(of employee: Employee) -> Int64 {
        hash([
            employee.employeeID, employee.forenames, employee.surname, text(employee.dateOfBirth),
            employee.addressLine, employee.town, employee.postcode, employee.role, employee.team,
            text(employee.startDate), employee.previousSurnames.joined(separator: "|"), employee.uprn,
        ])
    }

    /// Every field of a person record.
    public static func content(of record: PersonRecord) -> Int64 {
        var hasher = FingerprintHasher()
        hasher.add(record.recordID)
        hasher.add(record.source.rawValue)
        hasher.add(record.eventID)
        hasher.add(record.eventDate)
        hasher.add(record.role)
        hasher.add(record.forenames)
        hasher.add(record.surname)
        hasher.add(record.dateOfBirth)
        addPlace(record.addressLine, record.town, record.postcode, record.uprn, to: &hasher)
        return hasher.fingerprint
    }

    /// The fields of a person record that say who the person is.
    public static func identity(of record: PersonRecord) -> Int64 {
        var hasher = FingerprintHasher()
        hasher.add(record.forenames)
        hasher.add(record.surname)
        hasher.add(record.dateOfBirth)
        addPlace(record.addressLine, record.town, record.postcode, record.uprn, to: &hasher)
        return hasher.fingerprint
    }

    /// Every field of an incident location.
    public static func content(of location: IncidentLocation) -> Int64 {
        var hasher = FingerprintHasher()
        hasher.add(location.incidentID)
        hasher.add(location.eventDate)
        hasher.add(location.incidentType)
        addPlace(location.addressLine, location.town, location.postcode, location.uprn, to: &hasher)
        return hasher.fingerprint
    }

    /// The fields of an incident location that say where it was.
    public static func identity(of location: IncidentLocation) -> Int64 {
        var hasher = FingerprintHasher()
        addPlace(location.addressLine, location.town, location.postcode, location.uprn, to: &hasher)
        return hasher.fingerprint
    }

    private static func addPlace(
        _ line: String,
        _ town: String,
        _ postcode: String,
        _ uprn: String,
        to hasher: inout FingerprintHasher
    ) {
        hasher.add(line)
        hasher.add(town)
        hasher.add(postcode)
        hasher.add(uprn)
    }

    static func text(_ date: CalendarDate?) -> String {
        date?.description ?? ""
    }

    /// FNV-1a over the fields, each followed by a unit separator so that moving text between fields
    /// changes the hash.
    static func hash(_ fields: [String]) -> Int64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for field in fields {
            for byte in field.utf8 {
                value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            value = (value ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: value)
    }
}

extension CalendarDate {
    /// Parses the `YYYY-MM-DD` text the store writes.
    init?(storeText text: String?) {
        guard let text, text.utf8.count == 10 else { return nil }
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }
}
