import HTTPTypes
import JobsmithAPI
import JobsmithCore

extension APIHandler {
    func getLiveness(_ input: Operations.GetLiveness.Input) async throws -> Operations.GetLiveness.Output {
        .ok(.init(body: .json(.init(status: "ok"))))
    }

    func getReadiness(_ input: Operations.GetReadiness.Input) async throws -> Operations.GetReadiness.Output {
        do {
            try await database.ping()
            return .ok(.init(body: .json(.init(status: "ready"))))
        } catch {
            throw APIProblem(status: .serviceUnavailable, detail: "The database cannot be reached.")
        }
    }
}
