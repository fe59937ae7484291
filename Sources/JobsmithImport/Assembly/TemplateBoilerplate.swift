/// Recognizes what template websites write around a job description: the marketing blurb ("This Backend Developer
/// job description template is optimized for posting on online job boards") and instructions to the reader ("Use this
/// template…", "Feel free to customize…"). Such lines are kept, under "About this template", but never as the summary.
enum TemplateBoilerplate {
    /// The heading boilerplate is kept under.
    static let heading = "About this template"

    private static let openings = [
        "use this", "feel free to", "simply copy", "copy and paste", "copy this", "download this", "download our",
        "customize this", "customise this", "modify this", "adapt this", "edit this", "looking for more", "check out our",
    ]
    private static let phrases = [
        "template", "job boards", "careers page", "career page", "post this job", "posting on online", "hiring needs",
        "ready to hire", "attract qualified candidates", "attract the best candidates", "sample job description",
    ]

    /// Whether `text` is a template site's blurb or instruction rather than part of the job description.
    static func contains(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if openings.contains(where: { lowered.hasPrefix($0) }) { return true }
        let hits = phrases.filter { lowered.contains($0) }.count
        // One phrase alone ("post this job on our careers page") may be an instruction to apply; two are a blurb, and
        // "template" says it outright.
        return hits >= 2 || lowered.contains("template")
    }
}
