import Foundation
import JobsmithDomain

/// What a publish request says about the posting, beyond the document: every publish sets all of it.
public struct PostingSettings: Sendable, Equatable {
    public var applyURL: String?
    public var applyEmail: String?
    public var validThrough: Date?
    public var department: String
    public var requisitionID: String?

    /// Checks the raw inputs of a publish request and returns the settings, or every problem with a JSON pointer.
    /// - Parameters:
    ///   - department: nil or blank falls back to `defaultDepartment`.
    ///   - now: `validThrough` must be later than this.
    public static func validated(
        applyURL: String?, applyEmail: String?, validThrough: Date?, department: String?, requisitionID: String?,
        defaultDepartment: String, now: Date
    ) -> Result<PostingSettings, ValidationFailure> {
        var problems: [ValidationProblem] = []
        let url = applyURL?.trimmingWhitespace.nilIfEmpty
        let email = applyEmail?.trimmingWhitespace.nilIfEmpty
        if url == nil && email == nil {
            problems.append(.init(pointer: "/applyUrl", message: "or applyEmail is required: say where candidates apply"))
        }
        if let url, !Self.isAcceptableURL(url) {
            problems.append(.init(pointer: "/applyUrl", message: "must be an http or https URL without spaces or credentials"))
        }
        if let email, !Self.isAcceptableEmail(email) {
            problems.append(.init(pointer: "/applyEmail", message: "must be an e-mail address such as jobs@example.com"))
        }
        if let validThrough, validThrough <= now {
            problems.append(.init(pointer: "/validThrough", message: "must be in the future"))
        }
        let department = department?.trimmingWhitespace.nilIfEmpty
        if let department, !department.isShortLine {
            problems.append(.init(pointer: "/department", message: "must be one line of at most 100 characters"))
        }
        let requisition = requisitionID?.trimmingWhitespace.nilIfEmpty
        if let requisition, !requisition.isShortLine {
            problems.append(.init(pointer: "/requisitionId", message: "must be one line of at most 100 characters"))
        }
        guard problems.isEmpty else { return .failure(ValidationFailure(problems: problems)) }
        return .success(
            PostingSettings(
                applyURL: url, applyEmail: email, validThrough: validThrough, department: department ?? defaultDepartment,
                requisitionID: requisition
            )
        )
    }

    /// An absolute http(s) URL with a host, no whitespace or control characters, and no user name or password (which
    /// would let `https://acme.com@evil.example` pass for the employer's site).
    static func isAcceptableURL(_ text: String) -> Bool {
        guard text.count <= 2000, !text.containsControlCharacters, !text.contains(where: \.isWhitespace),
            let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil
        else { return false }
        return true
    }

    /// A plain address that is also safe inside a `mailto:` URL.
    static func isAcceptableEmail(_ text: String) -> Bool {
        text.count <= 254 && text.wholeMatch(of: /[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/) != nil
    }
}

/// Input problems, each with a JSON pointer to the field.
public struct ValidationFailure: Error, Equatable {
    public let problems: [ValidationProblem]

    public init(problems: [ValidationProblem]) {
        self.problems = problems
    }

    /// Throws a failure when `problems` is not empty.
    public static func check(_ problems: [ValidationProblem]) throws(ValidationFailure) {
        guard problems.isEmpty else { throw ValidationFailure(problems: problems) }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// At most 100 characters on one line, without control characters.
    var isShortLine: Bool {
        count <= 100 && !containsControlCharacters && !contains(where: \.isNewline)
    }
}
