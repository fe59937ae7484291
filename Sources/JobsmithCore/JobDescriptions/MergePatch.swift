import Foundation

/// JSON Merge Patch (RFC 7396) over `JSONSerialization` values.
package enum MergePatch {
    /// `target` with `patch` applied: objects merge key by key, `null` removes a key, anything else replaces.
    package static func apply(_ patch: Any, to target: Any) -> Any {
        guard let patchObject = patch as? [String: Any] else { return patch }
        var result = target as? [String: Any] ?? [:]
        for (key, value) in patchObject {
            if value is NSNull {
                result.removeValue(forKey: key)
            } else {
                result[key] = apply(value, to: result[key] ?? NSNull())
            }
        }
        return result
    }
}
