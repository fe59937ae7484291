import FluentKit
import HTTPTypes
import JobsmithAPI
import SQLKit

extension APIHandler {
    func getLiveness(_ input: Operations.GetLiveness.Input) async throws -> Operations.GetLiveness.Output {
        .ok(.init(body: .json(.init(status: "ok"))))
    }

    func getReadiness(_ input: Operations.GetReadiness.Input) async throws -> Operations.GetReadiness.Output {
        do {
            try await (database as! any SQLDatabase).raw("SELECT 1").run()
            return .ok(.init(body: .json(.init(status: "ready"))))
        } catch {
            throw APIProblem(status: .serviceUnavailable, detail: "The database cannot be reached.")
        }
    }
}
