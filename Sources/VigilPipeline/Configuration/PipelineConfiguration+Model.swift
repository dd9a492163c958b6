import VigilCore
import VigilIngest
import VigilStore

extension PipelineConfiguration {
    /// The model file with this configuration's threshold overrides applied: what a run links with.
    ///
    /// - Throws: ``ModelFile/Problem`` when the model file cannot be read or does not fit this build.
    public func linkageModel() throws -> LinkageModel {
        var model = try ModelFile.read(self.model)
        if let personThreshold { model.person.threshold = personThreshold }
        if let homeAddressThreshold { model.homeAddress?.threshold = homeAddressThreshold }
        return model
    }
}

extension LinkageModel {
    /// The thresholds this model links with (after any overrides), as runs record them.
    public var thresholds: LinkThresholds {
        LinkThresholds(person: person.threshold, homeAddress: homeAddress?.threshold)
    }
}
