import HTTPTypes
import JobsmithAPI
import JobsmithDomain

extension APIHandler {
    func getCompanyProfile(_ input: Operations.GetCompanyProfile.Input) async throws -> Operations.GetCompanyProfile.Output {
        let caller = try Caller.required()
        let profile = try await CompanyProfileStore(database: database).profile(organizationID: caller.organizationID)
        return .ok(.init(body: .json(try JSONBridge.convert(profile, to: Components.Schemas.CompanyProfile.self))))
    }

    func replaceCompanyProfile(_ input: Operations.ReplaceCompanyProfile.Input) async throws -> Operations.ReplaceCompanyProfile.Output {
        let caller = try Caller.required()
        guard case .json(let body) = input.body else { throw APIProblem(status: .unsupportedMediaType, detail: "Send JSON.") }
        let profile = try JSONBridge.convert(body, to: CompanyProfile.self)
        do {
            let saved = try await CompanyProfileStore(database: database).save(profile, organizationID: caller.organizationID)
            return .ok(.init(body: .json(try JSONBridge.convert(saved, to: Components.Schemas.CompanyProfile.self))))
        } catch TemplateStoreError.invalid(let problems) {
            throw APIProblem.validation(problems)
        }
    }
}
