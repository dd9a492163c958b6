extension DoubleMetaphone.Encoder {
    /// S: SH, SIO/SIA, SCH (Schlesinger's rule), S before M/N/L/W at the start, SZ, and a silent French ending.
    mutating func encodeS() {
        // "ISLAND", "ISLE", "CARLISLE", "CARLYSLE".
        if has(current - 1, "ISL") || has(current - 1, "YSL") {
            current += 1
            return
        }
        if current == 0 && has(current, "SUGAR") {
            add("X", "S")
            current += 1
            return
        }
        if has(current, "SH") {
            // Germanic.
            if has(current + 1, "HEIM") || has(current + 1, "HOEK") || has(current + 1, "HOLM")
                || has(current + 1, "HOLZ")
            {
                add("S")
            } else {
                add("X")
            }
            current += 2
            return
        }
        // Italian and Armenian.
        if has(current, "SIO") || has(current, "SIA") || has(current, "SIAN") {
            if isSlavoGermanic {
                add("S")
            } else {
                add("S", "X")
            }
            current += 3
            return
        }
        // German and anglicisations, e.g. "SMITH" against "SCHMIDT", "SNIDER" against "SCHNEIDER"; SZ is Slavic.
        if (current == 0 && isOne(current + 1, of: "MNLW")) || at(current + 1) == UInt8(ascii: "Z") {
            add("S", "X")
            skip(doubling: UInt8(ascii: "Z"))
            return
        }
        if has(current, "SC") {
            encodeSC()
            return
        }
        // French, e.g. "RESNAIS", "ARTOIS".
        if current == last && (has(current - 2, "AI") || has(current - 2, "OI")) {
            add("", "S")
        } else {
            add("S")
        }
        current += isOne(current + 1, of: "SZ") ? 2 : 1
    }

    /// SC: Schlesinger's rule for SCH, soft SC before E, I or Y, SK otherwise.
    private mutating func encodeSC() {
        defer { current += 3 }
        if at(current + 2) == UInt8(ascii: "H") {
            // Dutch origin, e.g. "SCHOOL", "SCHOONER".
            if has(current + 3, "OO") || has(current + 3, "UY") || has(current + 3, "ED") || has(current + 3, "EM") {
                add("SK")
            } else if has(current + 3, "ER") || has(current + 3, "EN") {
                add("X", "SK")  // "SCHERMERHORN", "SCHENKER"
            } else if current == 0 && !isVowel(3) && at(3) != UInt8(ascii: "W") {
                add("X", "S")
            } else {
                add("X")
            }
        } else if isOne(current + 2, of: "IEY") {
            add("S")
        } else {
            add("SK")
        }
    }

    /// X: KS, except silent at the end of French words ("BREAUX").
    mutating func encodeX() {
        let frenchEnding =
            current == last
            && (has(current - 3, "IAU") || has(current - 3, "EAU") || has(current - 2, "AU") || has(current - 2, "OU"))
        if !frenchEnding {
            add("KS")
        }
        current += isOne(current + 1, of: "CX") ? 2 : 1
    }

    /// Z: J in Chinese pinyin ("ZHAO"), S or TS in Italian and Slavic words, S otherwise.
    mutating func encodeZ() {
        if at(current + 1) == UInt8(ascii: "H") {
            add("J")
            current += 2
            return
        }
        if has(current + 1, "ZO") || has(current + 1, "ZI") || has(current + 1, "ZA")
            || (isSlavoGermanic && current > 0 && at(current - 1) != UInt8(ascii: "T"))
        {
            add("S", "TS")
        } else {
            add("S")
        }
        skip(doubling: UInt8(ascii: "Z"))
    }

    /// J: H in Spanish ("JOSE", "SAN JACINTO"), J or A at the start ("JANKELOWICZ"/"YANKELOVICH"), J otherwise.
    mutating func encodeJ() {
        if has(current, "JOSE") || has(0, "SAN ") {
            if (current == 0 && at(current + 4) == UInt8(ascii: " ")) || has(0, "SAN ") {
                add("H")
            } else {
                add("J", "H")
            }
            current += 1
            return
        }
        if current == 0 {
            add("J", "A")
        } else if isVowel(current - 1) && !isSlavoGermanic && isOne(current + 1, of: "AO") {
            add("J", "H")  // Spanish, e.g. "BAJADOR"
        } else if current == last {
            add("J", " ")  // the original's blank alternate for a final J
        } else if !isOne(current + 1, of: "LTKSNMBZ") && !isOne(current - 1, of: "SKL") {
            add("J")
        }
        skip(doubling: UInt8(ascii: "J"))
    }
}
