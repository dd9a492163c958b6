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

    /// G: hard, soft, silent (GH, GN) or F ("LAUGH"), with Italian, French and Germanic exceptions.
    mutating func encodeG() {
        if at(current + 1) == UInt8(ascii: "H") {
            encodeGH()
            return
        }
        if at(current + 1) == UInt8(ascii: "N") {
            if current == 1 && isVowel(0) && !isSlavoGermanic {
                add("KN", "N")
            } else if !has(current + 2, "EY") && !isSlavoGermanic {
                add("N", "KN")  // not "CAGNEY"
            } else {
                add("KN")
            }
            current += 2
            return
        }
        // "TAGLIARO".
        if has(current + 1, "LI") && !isSlavoGermanic {
            add("KL", "L")
            current += 2
            return
        }
        // GES, GEP, GEL, GIE, ... at the start.
        if current == 0 && (at(current + 1) == UInt8(ascii: "Y") || startsSoftGAtBeginning) {
            add("K", "J")
            current += 2
            return
        }
        // GER and GY, but not "DANGER", "RANGER", "MANGER", nor after E or I, nor RGY or OGY.
        if (has(current + 1, "ER") || at(current + 1) == UInt8(ascii: "Y"))
            && !has(0, "DANGER") && !has(0, "RANGER") && !has(0, "MANGER")
            && !isOne(current - 1, of: "EI") && !has(current - 1, "RGY") && !has(current - 1, "OGY")
        {
            add("K", "J")
            current += 2
            return
        }
        // Italian, e.g. "BIAGGI".
        if isOne(current + 1, of: "EIY") || has(current - 1, "AGGI") || has(current - 1, "OGGI") {
            if isObviouslyGermanic || has(current + 1, "ET") {
                add("K")
            } else if has(current + 1, "IER ") {
                add("J")  // always soft with a French ending
            } else {
                add("J", "K")
            }
            current += 2
            return
        }
        skip(doubling: UInt8(ascii: "G"))
        add("K")
    }

    private var startsSoftGAtBeginning: Bool {
        has(1, "ES") || has(1, "EP") || has(1, "EB") || has(1, "EL") || has(1, "EY") || has(1, "IB")
            || has(1, "IL") || has(1, "IN") || has(1, "IE") || has(1, "EI") || has(1, "ER")
    }

    private mutating func encodeGH() {
        defer { current += 2 }
        if current > 0 && !isVowel(current - 1) {
            add("K")
            return
        }
        // "GHISLANE", "GHIRADELLI".
        if current == 0 {
            add(at(current + 2) == UInt8(ascii: "I") ? "J" : "K")
            return
        }
        // Parker's rule, with refinements: "HUGH", "BOUGH", "BROUGHTON".
        if (current > 1 && isOne(current - 2, of: "BHD")) || (current > 2 && isOne(current - 3, of: "BHD"))
            || (current > 3 && isOne(current - 4, of: "BH"))
        {
            return
        }
        // "LAUGH", "MCLAUGHLIN", "COUGH", "GOUGH", "ROUGH", "TOUGH".
        if current > 2 && at(current - 1) == UInt8(ascii: "U") && isOne(current - 3, of: "CGLRT") {
            add("F")
        } else if at(current - 1) != UInt8(ascii: "I") {
            add("K")
        }
    }
}
