import Testing
import VigilWeb

@Suite struct PasswordHasherTests {
    @Test("a bcrypt hash verifies its password and no other")
    func roundTrip() async throws {
        let hasher = PasswordHasher(cost: 4)
        let hash = try await hasher.hash("correct horse battery staple")
        #expect(hash.hasPrefix("$2b$04$"))
        #expect(try await hasher.verify("correct horse battery staple", against: hash))
        #expect(try await !hasher.verify("correct horse battery stapler", against: hash))
        #expect(try await !hasher.verify("", against: hash))
    }

    @Test("the same password hashes differently each time (a fresh salt)")
    func salted() async throws {
        let hasher = PasswordHasher(cost: 4)
        let first = try await hasher.hash("same password")
        let second = try await hasher.hash("same password")
        #expect(first != second)
        #expect(try await hasher.verify("same password", against: second))
    }

    @Test("the service cost is 12")
    func serviceCost() {
        #expect(PasswordHasher().cost == 12)
    }
}
