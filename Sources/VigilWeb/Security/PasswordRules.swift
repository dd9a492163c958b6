import Foundation

/// What a password a user chooses must be: long enough, short enough for bcrypt to read it all, and not
/// one a guesser tries first.
///
/// bcrypt reads only the first 72 bytes of a password, so a longer one would sign in with any ending
/// after its 72nd byte: longer passwords are refused rather than silently cut. The common passwords
/// are a short list of what guessers try first at the 12-character minimum; a password that is one
/// character repeated, or mostly runs such as `123456789abc`, `abcdefghijkl1` or a keyboard row
/// (`qwertyuiop12`), is refused too (``SequenceRuns``).
struct PasswordRules: Sendable {
    /// The shortest password, in characters.
    var minimumLength: Int

    /// The most bytes (UTF-8) bcrypt reads.
    static let maximumBytes = 72

    /// The rule as the enrolment form states it.
    var summary: String {
        "At least \(minimumLength) characters and at most \(Self.maximumBytes) bytes (72 letters or digits; "
            + "fewer with accented letters), without your user name. Not a common password, one character "
            + "repeated, fewer than 5 different characters, or mostly a run such as 123456789, abcdefgh or a "
            + "row of the keyboard such as qwertyuiop."
    }

    /// What is wrong with `password` chosen by `username`, if anything.
    func problem(_ password: String, username: String) -> String? {
        if password.count < minimumLength { return "Choose a password of at least \(minimumLength) characters." }
        if password.utf8.count > Self.maximumBytes {
            return "Choose a password of at most \(Self.maximumBytes) bytes: only the first \(Self.maximumBytes) "
                + "would count (accented letters take two bytes or more)."
        }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "Choose a password without control characters (a NUL byte, a tab or a line break)."
        }
        let folded = password.lowercased()
        if !username.isEmpty, folded.contains(username.lowercased()) {
            return "Choose a password without your user name."
        }
        if Self.isCommon(folded) { return "That password is too common. Choose one that is hard to guess." }
        if Set(folded).count == 1 { return "Choose a password that is not one character repeated." }
        if Set(folded).count < 5 {
            return "Choose a password of at least 5 different characters (121212121212 is too easy to guess)."
        }
        if SequenceRuns.coverMostOf(folded) {
            return "Choose a password that is not mostly a run of letters or digits (such as abcdef or 98765) "
                + "or a row of the keyboard (such as qwerty)."
        }
        return nil
    }

    /// Whether `folded` (lowercased) is a common password, or one with digits or marks added to it.
    static func isCommon(_ folded: String) -> Bool {
        let letters = folded.filter(\.isLetter)
        return common.contains(folded) || commonStems.contains(letters)
    }

    /// Common passwords of 12 characters or more.
    static let common: Set<String> = [
        "password1234", "password12345", "password123456", "passwordpassword", "123456789012",
        "1234567890123", "qwertyuiop12", "qwertyuiopas", "qwertyuiopasdf", "1q2w3e4r5t6y", "q1w2e3r4t5y6",
        "iloveyou1234", "letmein12345", "welcome12345", "changeme1234", "administrator", "trustno11234",
        "football1234", "monkey123456", "sunshine1234", "princess1234", "superman1234", "starwars1234",
        "qazwsxedcrfv", "zaq12wsxcde3", "1qaz2wsx3edc", "asdfghjkl123", "zxcvbnm12345", "police123456",
    ]

    /// Words that, with only digits or marks added, make a common password.
    static let commonStems: Set<String> = [
        "password", "passw", "pass", "passwd", "qwerty", "qwertyuiop", "letmein", "welcome", "changeme",
        "iloveyou", "admin", "administrator", "monkey", "dragon", "football", "sunshine", "princess",
        "superman", "starwars", "trustno", "police", "policeofficer", "vigil", "abc", "qwertyuiopasdf",
        "psswrd", "passwrd", "summer", "winter", "spring", "autumn", "secret",
    ]
}
