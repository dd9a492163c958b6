import Testing
import VigilCore

@Suite struct NameVariantsTests {
    static let muhammadForms = ["MUHAMMAD", "MOHAMMED", "MOHAMMAD", "MOHAMED", "MOHAMAD", "MUHAMMED", "MD", "MOHD"]

    @Test("every Muhammad spelling is a variant of every other and a Muhammad form")
    func muhammad() {
        let table = NameVariants.standard
        for a in Self.muhammadForms {
            #expect(table.isMuhammadForm(a))
            for b in Self.muhammadForms where a != b {
                #expect(table.areVariants(a, b), "\(a) / \(b)")
            }
        }
        #expect(!table.isMuhammadForm("MAHMOOD"))
        #expect(!table.isMuhammadForm("IMRAN"))
    }

    @Test(
        "nicknames and spellings are variants of the full name",
        arguments: [
            ("ROBERT", "BOB"), ("BOBBY", "ROB"), ("ELIZABETH", "BETTY"), ("LIZ", "BESS"), ("WILLIAM", "BILL"),
            ("MARGARET", "PEGGY"), ("KATHERINE", "CATHY"), ("ANTHONY", "TONY"), ("RICHARD", "DICK"),
            ("JAMES", "JIMMY"), ("CHRISTOPHER", "KIT"), ("STEPHEN", "STEVEN"), ("MICHAEL", "MICK"),
            ("AHMED", "AHMAD"), ("HUSSAIN", "HUSSEIN"), ("YUSUF", "YOUSEF"), ("AYESHA", "AISHA"),
            ("HARPREET", "HARPRIT"), ("SUKHVINDER", "SUKHWINDER"), ("AMARJIT", "AMARJEET"), ("FATIMA", "FATIMAH"),
        ]
    )
    func knownPairs(a: String, b: String) {
        #expect(NameVariants.standard.areVariants(a, b))
        #expect(NameVariants.standard.areVariants(b, a))
    }

    @Test("a token can belong to several groups without joining them")
    func overlappingGroups() {
        let table = NameVariants.standard
        let alex = table.groups(of: "ALEX")
        #expect(alex.count >= 2)
        #expect(table.areVariants("ALEX", "ALEXANDER"))
        #expect(table.areVariants("ALEX", "ALEXANDRA"))
        #expect(!table.areVariants("ALEXANDER", "ALEXANDRA"))
        for id in alex { #expect(table.members(of: id).contains("ALEX")) }
    }

    @Test(
        "different names stay apart",
        arguments: [
            ("ROBERT", "RICHARD"), ("KULWANT", "KULWINDER"), ("HASSAN", "HUSSAIN"), ("JOHN", "SEAN"),
            ("YUSUF", "JOSEPH"), ("MUHAMMAD", "MAHMOOD"), ("SMITH", "JONES"), ("MARY", "MARGARET"),
        ]
    )
    func nonVariants(a: String, b: String) {
        #expect(!NameVariants.standard.areVariants(a, b))
    }

    @Test("identical tokens are an exact match, not a variant")
    func identical() {
        #expect(!NameVariants.standard.areVariants("ROBERT", "ROBERT"))
        #expect(NameVariants.standard.groups(of: "ROBERT").count == 1)
    }

    @Test("unknown tokens belong to no group")
    func unknown() {
        #expect(NameVariants.standard.groups(of: "QWERTY").isEmpty)
        #expect(!NameVariants.standard.areVariants("QWERTY", "ROBERT"))
    }

    @Test("the standard tables are large enough to be useful")
    func sizes() {
        #expect(NameVariants.standard.groupCount >= 500)
        #expect(NameVariants.standardSurnames.groupCount >= 40)
    }

    @Test("surname variants cover transliterations")
    func surnames() {
        let table = NameVariants.standardSurnames
        #expect(table.areVariants("CHAUDHRY", "CHOWDHURY"))
        #expect(table.areVariants("CHOUDHURY", "CHAUDHARY"))
        #expect(table.areVariants("QURESHI", "KURESHI"))
        #expect(table.areVariants("SIDDIQUI", "SIDDIQUE"))
        #expect(table.areVariants("SHAIKH", "SHEIKH"))
        #expect(table.areVariants("BEGUM", "BEGAM"))
        #expect(table.areVariants("KAUR", "KOUR"))
        #expect(table.areVariants("MOHAMMED", "MUHAMMAD"))
        #expect(!table.areVariants("KHAN", "KAUR"))
        #expect(!table.areVariants("SINGH", "SANDHU"))
    }

    @Test("a custom table folds its entries, ignores singletons and detects its own Muhammad group")
    func customTable() {
        let table = NameVariants(groups: [["Zoë", "zoey"], ["Solo"], ["Muhammad", "Mhmd"]])
        #expect(table.groupCount == 2)
        #expect(table.areVariants("ZOE", "ZOEY"))
        #expect(table.groups(of: "SOLO").isEmpty)
        #expect(table.isMuhammadForm("MHMD"))
        #expect(!NameVariants.standard.isMuhammadForm("MHMD"))
    }
}
