/// Rules about text that would not be published as the author meant it.
enum FormattingRules {
    /// HTML or Markdown typed into the title.
    static let markupInTitle = LintRuleInfo(
        id: "formatting-markup-in-title",
        severity: .warning,
        category: .formatting,
        title: "Markup in the title",
        reason: "Job boards, feeds and search results show a title as plain text, so HTML tags and entities (`<b>`, "
            + "`&amp;`) or Markdown (`**bold**`, `# `, `[text](link)`) typed into it are published as typed.",
        suggestion: "Remove the markup; the title is styled where it is shown.",
        matches: ["<tag>", "</tag>", "&entity;", "**text**", "__text__", "*text*", "_text_", "~~text~~", "`text`", "# …", "- …", "[text](url)"]
    )

    /// Every formatting rule.
    static let all = [markupInTitle]
}
