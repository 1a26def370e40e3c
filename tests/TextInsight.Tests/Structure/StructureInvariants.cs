using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The contract of <see cref="ArticleStructure"/> from plain text: spans in range, trimmed and non-empty; sections and
/// paragraphs in order; nothing overlaps; every non-blank line that holds more than Markdown markup is inside exactly one
/// of the title, a metadata line, a heading, a paragraph or a boilerplate block, and what a line has outside it is markup.
/// </summary>
internal static class StructureInvariants
{
    public static void AssertHold(string text, ArticleStructure s)
    {
        Assert.Same(text, s.Text);
        var spans = new List<(TextSpan Span, string What)>();
        if (s.Title is { } title)
        {
            spans.Add((title, "title"));
        }

        foreach (var m in s.Metadata)
        {
            spans.Add((m, "metadata"));
        }

        int previousSectionEnd = -1;
        foreach (var section in s.Sections)
        {
            Assert.True(section.Span.Start >= previousSectionEnd, "sections are in order");
            previousSectionEnd = section.Span.End;
            Assert.True(section.Heading is not null || section.Paragraphs.Count > 0, "a section holds something");
            if (section.Heading is { } h)
            {
                spans.Add((h, "heading"));
            }

            int previousEnd = section.Heading?.End ?? -1;
            foreach (var p in section.Paragraphs)
            {
                Assert.True(p.Start >= previousEnd, "paragraphs are in order and do not overlap");
                previousEnd = p.End;
                spans.Add((p, "paragraph"));
            }
        }

        int previousBoilerplateEnd = -1;
        foreach (var b in s.Boilerplate)
        {
            Assert.True(b.Span.Start >= previousBoilerplateEnd, "boilerplate is in document order");
            previousBoilerplateEnd = b.Span.End;
            spans.Add((b.Span, "boilerplate " + b.Kind));
        }

        if (s.Byline is { } byline)
        {
            Assert.Contains(s.Metadata, m => m.Contains(byline));
        }

        foreach (var (span, what) in spans)
        {
            Assert.True(span.Start >= 0 && span.End <= text.Length, $"{what} {span} is inside the text");
            Assert.True(span.Length > 0, $"{what} {span} is not empty");
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"{what} {span} is trimmed");
        }

        spans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (int i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].Span.End <= spans[i].Span.Start, $"{spans[i - 1].What} {spans[i - 1].Span} overlaps {spans[i].What} {spans[i].Span}");
        }

        AssertEveryLineCovered(text, spans);
    }

    private static void AssertEveryLineCovered(string text, List<(TextSpan Span, string What)> spans)
    {
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (!line.IsWhiteSpace())
            {
                int touching = 0;
                var covered = new bool[line.Length];
                foreach (var (span, _) in spans)
                {
                    if (span.Start < lineEnd && span.End > lineStart)
                    {
                        touching++;
                        for (int i = Math.Max(span.Start, lineStart); i < Math.Min(span.End, lineEnd); i++)
                        {
                            covered[i - lineStart] = true;
                        }
                    }
                }

                bool onlyMarkup = IsMarkupOnly(line);
                Assert.True(touching == 1 || (touching == 0 && onlyMarkup), $"line at {lineStart} '{line}' is in {touching} zones");
                for (int i = 0; i < line.Length; i++)
                {
                    Assert.True(covered[i] || char.IsWhiteSpace(line[i]) || line[i] == '#' || onlyMarkup, $"'{line[i]}' at {lineStart + i} of line '{line}' is lost");
                }
            }

            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }
    }

    /// <summary>A rule or underline: one of <c>-=*_~#</c> repeated, spaces allowed.</summary>
    private static bool IsMarkupOnly(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length == 0)
        {
            return true;
        }

        char first = t[0];
        if ("-=*_~#".IndexOf(first) < 0)
        {
            return false;
        }

        foreach (char c in t)
        {
            if (c != first && c != ' ' && c != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
