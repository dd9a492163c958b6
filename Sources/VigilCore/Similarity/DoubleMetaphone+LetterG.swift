extension DoubleMetaphone.Encoder {
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
