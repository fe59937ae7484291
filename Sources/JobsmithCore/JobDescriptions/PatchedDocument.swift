import Foundation
import JobsmithDomain

/// A document with a JSON Merge Patch applied to its JSON form.
enum PatchedDocument {
    /// `document` with `patch` (a `JSONSerialization` value) merged in.
    /// - Throws: `DecodingError` when the result is not a document; its coding path names the field.
    static func apply(_ patch: Any, to document: JobDocument) throws -> JobDocument {
        let original = try JSONSerialization.jsonObject(with: JSONEncoder().encode(document))
        let patched = MergePatch.apply(patch, to: original)
        return try JSONDecoder().decode(JobDocument.self, from: JSONSerialization.data(withJSONObject: patched, options: [.fragmentsAllowed]))
    }
}
