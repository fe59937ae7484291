/// Statements some laws require about the hiring process itself (Ontario's Employment Standards Act, Part III.1).
/// `nil` means the posting does not say.
public struct HiringDisclosures: Codable, Sendable, Equatable, Hashable {
    /// Whether the posting is for a position that is vacant now (rather than building a pool of candidates).
    public var existingVacancy: Bool?
    /// Whether artificial intelligence is used to screen, assess or select applicants.
    public var aiScreening: Bool?

    public init(existingVacancy: Bool? = nil, aiScreening: Bool? = nil) {
        self.existingVacancy = existingVacancy
        self.aiScreening = aiScreening
    }

    /// The sentences a posting prints for the statements given.
    public var statements: [(label: String, value: String)] {
        var out: [(String, String)] = []
        if let existingVacancy {
            out.append(("Vacancy", existingVacancy ? "This posting is for an existing vacancy." : "This posting is not for an existing vacancy."))
        }
        if let aiScreening {
            out.append(
                (
                    "Artificial intelligence",
                    aiScreening
                        ? "Artificial intelligence is used to screen, assess or select applicants."
                        : "Artificial intelligence is not used to screen, assess or select applicants."
                ))
        }
        return out
    }
}
