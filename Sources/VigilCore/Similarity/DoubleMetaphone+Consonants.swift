extension DoubleMetaphone.Encoder {
    /// T: X in TION, TIA and TCH, 0 (theta) or T for TH, T otherwise.
    mutating func encodeT() {
        if has(current, "TION") || has(current, "TIA") || has(current, "TCH") {
            add("X")
            current += 3
            return
        }
        if has(current, "TH") || has(current, "TTH") {
            // "THOMAS", "THAMES", or Germanic.
            if has(current + 2, "OM") || has(current + 2, "AM") || isObviouslyGermanic {
                add("T")
            } else {
                add("0", "T")
            }
            current += 2
            return
        }
        add("T")
        current += isOne(current + 1, of: "TD") ? 2 : 1
    }

    /// W: R in WR, A (or F) at the start before a vowel or H, F in Slavic and silent-W endings, TS/FX in WICZ/WITZ.
    mutating func encodeW() {
        if has(current, "WR") {
            add("R")
            current += 2
            return
        }
        if current == 0 && (isVowel(current + 1) || has(current, "WH")) {
            // "WASSERMAN" should match "VASSERMAN".
            if isVowel(current + 1) {
                add("A", "F")
            } else {
                add("A")
            }
            // As in the original, an initial W goes on to the rules below.
        }
        // "ARNOW" should match "ARNOFF".
        if (current == last && isVowel(current - 1)) || has(current - 1, "EWSKI") || has(current - 1, "EWSKY")
            || has(current - 1, "OWSKI") || has(current - 1, "OWSKY") || has(0, "SCH")
        {
            add("", "F")
            current += 1
            return
        }
        // Polish, e.g. "FILIPOWICZ".
        if has(current, "WICZ") || has(current, "WITZ") {
            add("TS", "FX")
            current += 4
            return
        }
        current += 1
    }

    /// The letters with few contexts: B, D, F, H, K, L, M, N, P, Q, R and V (and anything else, which is skipped).
    mutating func encodeSimpleConsonant() {
        let letter = at(current)
        switch letter {
        case UInt8(ascii: "B"):
            add("P")
            skip(doubling: letter)
        case UInt8(ascii: "D"):
            encodeD()
        case UInt8(ascii: "F"):
            add("F")
            skip(doubling: letter)
        case UInt8(ascii: "H"):
            // Kept only at the start or between vowels before a vowel; also covers HH.
            if (current == 0 || isVowel(current - 1)) && isVowel(current + 1) {
                add("H")
                current += 2
            } else {
                current += 1
            }
        case UInt8(ascii: "K"):
            add("K")
            skip(doubling: letter)
        case UInt8(ascii: "L"):
            encodeL()
        case UInt8(ascii: "M"):
            // "DUMB", "THUMB", "PLUMBER": the B is silent.
            if (has(current - 1, "UMB") && (current + 1 == last || has(current + 2, "ER")))
                || at(current + 1) == UInt8(ascii: "M")
            {
                current += 2
            } else {
                current += 1
            }
            add("M")
        case UInt8(ascii: "N"):
            add("N")
            skip(doubling: letter)
        case UInt8(ascii: "P"):
            if at(current + 1) == UInt8(ascii: "H") {
                add("F")
                current += 2
            } else {
                // Also "CAMPBELL", "RASPBERRY".
                current += isOne(current + 1, of: "PB") ? 2 : 1
                add("P")
            }
        case UInt8(ascii: "Q"):
            add("K")
            skip(doubling: letter)
        case UInt8(ascii: "R"):
            // French, e.g. "ROGIER", but not "HOCHMEIER".
            if current == last && !isSlavoGermanic && has(current - 2, "IE") && !has(current - 4, "ME")
                && !has(current - 4, "MA")
            {
                add("", "R")
            } else {
                add("R")
            }
            skip(doubling: letter)
        case UInt8(ascii: "V"):
            add("F")
            skip(doubling: letter)
        default:
            current += 1
        }
    }

    /// D: J in DGE/DGI/DGY ("EDGE"), TK in other DG, T otherwise.
    private mutating func encodeD() {
        if has(current, "DG") {
            if isOne(current + 2, of: "IEY") {
                add("J")
                current += 3
            } else {
                add("TK")
                current += 2
            }
            return
        }
        add("T")
        current += has(current, "DT") || has(current, "DD") ? 2 : 1
    }

    /// L: silent in the alternate key for Spanish LL endings ("CABRILLO", "GALLEGOS").
    private mutating func encodeL() {
        guard at(current + 1) == UInt8(ascii: "L") else {
            add("L")
            current += 1
            return
        }
        let spanish =
            (current == last - 2 && (has(current - 1, "ILLO") || has(current - 1, "ILLA") || has(current - 1, "ALLE")))
            || ((has(last - 1, "AS") || has(last - 1, "OS") || isOne(last, of: "AO")) && has(current - 1, "ALLE"))
        if spanish {
            add("L", "")
        } else {
            add("L")
        }
        current += 2
    }
}
