import FluentKit
import Foundation

extension JobDescriptionStore {
    /// Who saved the given versions, keyed by job description id; for lists that show the last editor.
    func authors(of versions: [(id: UUID, number: Int)]) async throws -> [UUID: String] {
        guard !versions.isEmpty else { return [:] }
        let wanted = Dictionary(versions.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        let models = try await JobDescriptionVersionModel.query(on: database)
            .filter(\.$jobDescriptionID ~~ Array(wanted.keys))
            .filter(\.$number ~~ Array(Set(wanted.values)))
            .all()
        var authors: [UUID: String] = [:]
        for model in models where wanted[model.jobDescriptionID] == model.number {
            authors[model.jobDescriptionID] = model.author ?? ""
        }
        return authors
    }
}
