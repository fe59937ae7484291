import HTTPTypes
import JobsmithAPI
import JobsmithCore
import JobsmithDomain

extension APIHandler {
    func getCompanyProfile(_ input: Operations.GetCompanyProfile.Input) async throws -> Operations.GetCompanyProfile.Output {
        let profile = try await profiles.profile(by: try RequestCaller.required())
        return .ok(.init(body: .json(try JSONBridge.convert(profile, to: Components.Schemas.CompanyProfile.self))))
    }

    func replaceCompanyProfile(_ input: Operations.ReplaceCompanyProfile.Input) async throws -> Operations.ReplaceCompanyProfile.Output {
        let caller = try RequestCaller.required()
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let saved = try await profiles.save(try JSONBridge.convert(body, to: CompanyProfile.self), by: caller)
        return .ok(.init(body: .json(try JSONBridge.convert(saved, to: Components.Schemas.CompanyProfile.self))))
    }
}
