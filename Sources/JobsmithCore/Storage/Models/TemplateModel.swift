import FluentKit
import Foundation

/// A template: built-in ones (scope `builtin`, loaded from the JobsmithLibrary template files) and an organization's own
/// (scope = the organization's id). Search catalogs (`TemplateCatalog`) are built from the normalized search columns.
final class TemplateModel: Model, @unchecked Sendable {
    static let schema = "templates"
    static let builtInScope = "builtin"

    @ID(key: .id) var id: UUID?
    @Field(key: "scope") var scope: String
    @Field(key: "slug") var slug: String
    @Field(key: "department") var department: String
    @Field(key: "level") var level: String
    @Field(key: "title") var title: String
    @Field(key: "template") var template: String
    @Field(key: "search_title") var searchTitle: String
    @Field(key: "search_tags") var searchTags: String
    @Field(key: "search_body") var searchBody: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
