using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>The span contract of an extracted article: every span inside the text, in order, none overlapping.</summary>
internal static class HtmlSpanInvariants
{
    public static void AssertHold(ArticleStructure s)
    {
        var spans = new List<TextSpan>();
        if (s.Title is { } title)
        {
            spans.Add(title);
        }

        if (s.Byline is { } byline)
        {
            spans.Add(byline);
        }

        foreach (var section in s.Sections)
        {
            Assert.True(section.Heading is not null || section.Paragraphs.Count > 0, "a section holds a heading or paragraphs");
            if (section.Heading is { } h)
            {
                spans.Add(h);
            }

            foreach (var p in section.Paragraphs)
            {
                Assert.True(section.Span.Contains(p), $"paragraph {p} outside its section {section.Span}");
                spans.Add(p);
            }
        }

        int end = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= end, $"span {span} starts before the previous one ends ({end})");
            Assert.True(span.Length > 0, $"span {span} is empty");
            Assert.True(span.End <= s.Text.Length, $"span {span} ends past the text ({s.Text.Length})");
            Assert.False(char.IsWhiteSpace(s.Text[span.Start]) || char.IsWhiteSpace(s.Text[span.End - 1]), $"span {span} is not trimmed");
            end = span.End;
        }
    }
}
