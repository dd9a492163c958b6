/// Runs of letters, digits or keys, the first things a guesser tries: `abcdef`, `98765`, `qwerty`, `asdfgh`.
///
/// A run is three or more characters each one step on from the one before, all in one direction: up or
/// down the alphabet, up or down the digits (wrapping from 9 to 0, as in `7890123`), or along one row of
/// a keyboard. A password is refused when runs cover half of its characters or more: `abcdefghijkl1`,
/// `qwertyuiop12` and `123456789abc` are all runs but for a character or two. A strong password may hold
/// a short run and still pass: in `Tulip-abc-Harbour-42` the run `abc` is 3 characters of 20.
enum SequenceRuns {
    /// The fewest characters that make a run; two in a row (`42`, `st`) happen in any word.
    static let shortest = 3

    /// The keyboard rows, unshifted and shifted (UK and US layouts where they differ), lowercased.
    static let keyboardRows = [
        "`1234567890-=", "!@#$%^&*()_+", "¬!\"£$%^&*()_+", "qwertyuiop[]", "asdfghjkl;'#",
        "\\zxcvbnm,./",
    ]

    /// One way a character can follow another in a run.
    private enum Step: CaseIterable {
        case alphabetUp, alphabetDown, keyboardRight, keyboardLeft
    }

    /// Neighbouring keys, each as the left key followed by the right one.
    private static let keyboardNeighbours: Set<[Character]> = Set(
        keyboardRows.flatMap { row in
            let keys = Array(row)
            return zip(keys, keys.dropFirst()).map { [$0, $1] }
        }
    )

    /// Characters a run may be spaced out with (`a b c d e f`, `abc-def-ghi`): they are left out before
    /// runs are looked for, so spacing a run out does not hide it.
    static let separators: Set<Character> = [" ", "-", "_", ".", ",", "/", "+"]

    /// Whether runs cover half or more of the characters of `folded` (a lowercased password), its
    /// ``separators`` left out.
    static func coverMostOf(_ folded: String) -> Bool {
        let characters = folded.filter { !separators.contains($0) }.map { $0 }
        guard !characters.isEmpty else { return false }
        return covered(characters) * 2 >= characters.count
    }

    /// How many of `characters` lie in a run of any kind.
    static func covered(_ characters: [Character]) -> Int {
        var inRun = [Bool](repeating: false, count: characters.count)
        for step in Step.allCases {
            var start = 0
            for index in 1...characters.count {
                let continues =
                    index < characters.count && follows(characters[index - 1], characters[index], by: step)
                if continues { continue }
                if index - start >= shortest {
                    for position in start..<index { inRun[position] = true }
                }
                start = index
            }
        }
        return inRun.filter { $0 }.count
    }

    /// Whether `next` is one `step` on from `previous`.
    private static func follows(_ previous: Character, _ next: Character, by step: Step) -> Bool {
        switch step {
        case .alphabetUp: alphabetDistance(previous, next) == 1
        case .alphabetDown: alphabetDistance(next, previous) == 1
        case .keyboardRight: keyboardNeighbours.contains([previous, next])
        case .keyboardLeft: keyboardNeighbours.contains([next, previous])
        }
    }

    /// How far `b` is after `a` when both are lowercase letters or both digits (digits wrap from 9 to 0);
    /// `nil` otherwise.
    private static func alphabetDistance(_ a: Character, _ b: Character) -> Int? {
        guard let x = a.asciiValue, let y = b.asciiValue else { return nil }
        let letters = UInt8(ascii: "a")...UInt8(ascii: "z")
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        if letters.contains(x), letters.contains(y) { return Int(y) - Int(x) }
        if digits.contains(x), digits.contains(y) { return (Int(y) - Int(x) + 10) % 10 }
        return nil
    }
}
