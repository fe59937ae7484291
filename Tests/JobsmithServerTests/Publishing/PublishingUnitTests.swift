import Foundation
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

@Suite("Publishing building blocks")
struct PublishingUnitTests {
    @Test("the department is guessed from the title with the template library")
    func departmentGuess() {
        let guesser = DepartmentGuesser.builtIn
        #expect(guesser.titles.count > 50)
        #expect(guesser.department(forTitle: "Backend Developer") == "Engineering")
        #expect(guesser.department(forTitle: "Senior Backend Developer (Payments)") == "Engineering")
        #expect(guesser.department(forTitle: "Customer Success Manager, EMEA") == "Customer Success")
        #expect(guesser.department(forTitle: "Chief Vibes Officer") == "General")
    }

    @Test("CDATA sections split a ]]> and drop characters XML forbids; escaping covers the five specials")
    func xmlText() {
        #expect(XMLText.cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>")
        #expect(XMLText.cdata("x\u{1}y\u{FFFE}") == "<![CDATA[xy]]>")
        #expect(XMLText.escaped("<a href=\"x\">'&'</a>\u{0}") == "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
    }

    @Test("HTTP dates round-trip at second precision")
    func httpDates() {
        let date = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.format(date) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == date)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("garbage") == nil)
    }

    @Test("If-None-Match compares weakly and accepts lists and *")
    func entityTagMatching() {
        #expect(RenderedPage.matches("\"abc\"", "\"abc\""))
        #expect(RenderedPage.matches("W/\"abc\"", "\"abc\""))
        #expect(RenderedPage.matches("\"x\", \"abc\"", "\"abc\""))
        #expect(RenderedPage.matches("*", "\"abc\""))
        #expect(!RenderedPage.matches("\"abcd\"", "\"abc\""))
    }

    @Test("counts are kept per UTC day")
    func days() {
        #expect(PostingCounters.dayText(0) == "1970-01-01")
        #expect(PostingCounters.day(of: Date(timeIntervalSince1970: 86_399)) == 0)
        #expect(PostingCounters.dayText(PostingCounters.day(of: Date(timeIntervalSince1970: 1_700_000_000))) == "2023-11-14")
    }
}
