import Foundation

extension LinkageModel {
    /// The model with every level this build compares, when it was trained by a vigil that compared
    /// fewer: run before ``structureProblem()``, which would otherwise refuse it.
    ///
    /// Format versions 1 and 2 had three home-address postcode levels; a postcode in another district
    /// fell under "different". The fourth level is added with that level's u (the share of candidate
    /// pairs with different postcodes, of which another district is a part) and the weight the domain
    /// gives it untrained, never more than the "different" level's; "different" itself is kept as it was.
    /// A model already with the level, or with some other structure, comes back unchanged.
    public func withCurrentLevels() -> LinkageModel {
        guard var home = homeAddress, home.comparisons.indices.contains(HomeAddressComparison.postcode) else {
            return self
        }
        let expected = HomeAddressComparison.untrained[HomeAddressComparison.postcode]
        var postcode = home.comparisons[HomeAddressComparison.postcode]
        let district = HomeAddressComparison.PostcodeLevel.otherDistrict.rawValue
        let other = HomeAddressComparison.PostcodeLevel.other.rawValue
        guard postcode.name == expected.name,
            postcode.levels.map(\.name) == expected.levels.prefix(district).map(\.name)
        else { return self }
        var level = expected.levels[district]
        level.u = postcode.levels[other].u
        let weight = min(expected.weight(ofLevel: district), postcode.weight(ofLevel: other))
        level.m = level.u * exp2(weight)
        postcode.levels.append(level)
        home.comparisons[HomeAddressComparison.postcode] = postcode
        var model = self
        model.homeAddress = home
        return model
    }
}
