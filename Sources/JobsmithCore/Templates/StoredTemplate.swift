import Foundation
import JobsmithDomain

/// A template as the library holds it.
public struct StoredTemplate: Sendable, Equatable {
    public var template: JobTemplate
    /// Built-in templates come from the files shipped with Jobsmith and cannot be changed through the API.
    public var isBuiltIn: Bool
    public var updatedAt: Date
}

/// Why a template could not be stored; nothing was changed.
public enum TemplateStoreError: Error, Equatable {
    case notFound
    case readOnly
    case slugTaken
    case invalid([ValidationProblem])
}
