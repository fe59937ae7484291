import Foundation
import JobsmithDomain
import JobsmithLibrary

/// Guesses a posting's department from its title with the built-in template library: the department of the template
/// whose title appears, as whole words, in the job title ("Senior Backend Developer (Payments)" → Engineering).
package struct DepartmentGuesser: Sendable {
    /// The department of postings whose title matches no template.
    static let fallback = "General"

    /// Normalized template titles with their department's display name, longest title first.
    let titles: [(words: String, department: String)]

    /// The guesser over a template library, such as the built-in templates.
    package init(templates: [JobTemplate]) {
        self.init(titles: templates.map { ($0.document.title, $0.department) })
    }

    init(titles templates: [(title: String, department: String)]) {
        titles = templates.map { (Self.normalized($0.title), Self.displayName($0.department)) }
            .filter { !$0.0.isEmpty }
            .sorted { $0.0.count > $1.0.count }
    }

    /// The department for a job titled `title`, or ``fallback``.
    package func department(forTitle title: String) -> String {
        let words = " " + Self.normalized(title) + " "
        return titles.first { words.contains(" " + $0.words + " ") }?.department ?? Self.fallback
    }

    /// Lowercase letters and digits, with every other run of characters a single space.
    package static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// "customer-success" → "Customer Success".
    static func displayName(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
