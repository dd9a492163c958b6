extension DoubleMetaphone.Encoder {
    /// C: about forty contexts, from Germanic "ACH" and Greek "CH" to Italian "CCI" and Polish "CZ".
    mutating func encodeC() {
        // Various Germanic, e.g. "BACHER", "MACHER", but not "ACHI" or "ACHE".
        if current > 1 && !isVowel(current - 2) && has(current - 1, "ACH") && at(current + 2) != UInt8(ascii: "I")
            && (at(current + 2) != UInt8(ascii: "E") || has(current - 2, "BACHER") || has(current - 2, "MACHER"))
        {
            add("K")
            current += 2
            return
        }
        if current == 0 && has(current, "CAESAR") {
            add("S")
            current += 2
            return
        }
        // Italian "CHIANTI".
        if has(current, "CHIA") {
            add("K")
            current += 2
            return
        }
        if has(current, "CH") {
            encodeCH()
            return
        }
        // "CZERNY", but not Polish "-WICZ".
        if has(current, "CZ") && !has(current - 2, "WICZ") {
            add("S", "X")
            current += 2
            return
        }
        // "FOCACCIA".
        if has(current + 1, "CIA") {
            add("X")
            current += 3
            return
        }
        // Double C, but not "MCCLELLAN".
        if has(current, "CC") && !(current == 1 && at(0) == UInt8(ascii: "M")) {
            // "BELLOCCHIO" but not "BACCHUS".
            if isOne(current + 2, of: "IEH") && !has(current + 2, "HU") {
                if (current == 1 && at(current - 1) == UInt8(ascii: "A")) || has(current - 1, "UCCEE")
                    || has(current - 1, "UCCES")
                {
                    add("KS")  // "ACCIDENT", "ACCEDE", "SUCCEED"
                } else {
                    add("X")  // "BACCI", "BERTUCCI"
                }
                current += 3
            } else {
                add("K")  // Pierce's rule
                current += 2
            }
            return
        }
        if has(current, "CK") || has(current, "CG") || has(current, "CQ") {
            add("K")
            current += 2
            return
        }
        if has(current, "CI") || has(current, "CE") || has(current, "CY") {
            // Italian against English.
            if has(current, "CIO") || has(current, "CIE") || has(current, "CIA") {
                add("S", "X")
            } else {
                add("S")
            }
            current += 2
            return
        }
        add("K")
        // "MAC CAFFREY", "MAC GREGOR".
        if has(current + 1, " C") || has(current + 1, " Q") || has(current + 1, " G") {
            current += 3
        } else if isOne(current + 1, of: "CKQ") && !has(current + 1, "CE") && !has(current + 1, "CI") {
            current += 2
        } else {
            current += 1
        }
    }

    /// CH: K in Greek and Germanic words ("CHRIST", "ORCHESTRA"), X in English ones ("CHURCH"), often both.
    private mutating func encodeCH() {
        defer { current += 2 }
        // "MICHAEL".
        if current > 0 && has(current, "CHAE") {
            add("K", "X")
            return
        }
        // Greek roots at the start, e.g. "CHARACTER", "CHARISMA", "CHORUS", "CHYMICAL", "CHEMISTRY", but not "CHORE".
        if current == 0
            && (has(current + 1, "HARAC") || has(current + 1, "HARIS") || has(current + 1, "HOR")
                || has(current + 1, "HYM") || has(current + 1, "HIA") || has(current + 1, "HEM"))
            && !has(0, "CHORE")
        {
            add("K")
            return
        }
        // Germanic, Greek, or otherwise CH for the KH sound.
        if isObviouslyGermanic || has(current - 2, "ORCHES") || has(current - 2, "ARCHIT") || has(current - 2, "ORCHID")
            || isOne(current + 2, of: "TS")
            || ((isOne(current - 1, of: "AOUE") || current == 0) && isOne(current + 2, of: "LRNMBHFVW "))
        {
            add("K")
        } else if current > 0 {
            if has(0, "MC") {
                add("K")  // "MCHUGH"
            } else {
                add("X", "K")
            }
        } else {
            add("X")
        }
    }
}
