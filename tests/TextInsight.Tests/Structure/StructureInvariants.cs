using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The contract of <see cref="ArticleStructure"/> from plain text: spans in range, trimmed and non-empty; sections and
/// paragraphs in order; nothing overlaps; every non-blank line that holds more than Markdown markup is inside exactly one
/// of the title, a metadata line, a heading, a paragraph or a boilerplate block (but a title cut from its line, which
/// shares it with navigation blocks), and what a line has outside them is markup.
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
            if (span.Start < 0 || span.End > text.Length || span.Length == 0)
            {
                Assert.Fail($"{what} {span} is not a non-empty span inside the text");
            }

            if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]))
            {
                Assert.Fail($"{what} {span} is not trimmed");
            }
        }

        spans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (int i = 1; i < spans.Count; i++)
        {
            if (spans[i - 1].Span.End > spans[i].Span.Start)
            {
                Assert.Fail($"{spans[i - 1].What} {spans[i - 1].Span} overlaps {spans[i].What} {spans[i].Span}");
            }
        }

        AssertEveryLineCovered(text, spans, s.Title);
    }

    private static void AssertEveryLineCovered(string text, List<(TextSpan Span, string What)> spans, TextSpan? title)
    {
        // spans are sorted and disjoint here, so one cursor walks them alongside the lines.
        int first = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            while (first < spans.Count && spans[first].Span.End <= lineStart)
            {
                first++;
            }

            if (!line.IsWhiteSpace())
            {
                int touching = 0;
                int covered = 0;
                for (int k = first; k < spans.Count && spans[k].Span.Start < lineEnd; k++)
                {
                    touching++;
                    covered += Math.Min(spans[k].Span.End, lineEnd) - Math.Max(spans[k].Span.Start, lineStart);
                }

                bool onlyMarkup = IsMarkupOnly(line);
                // A line long enough to be text whose line breaks were lost is cut into paragraphs of sentences.
                // So is a document's only line when it is longer than a headline (a whole article in one CSV field).
                bool runOn = (line.Trim().Length >= TextInsight.Structure.TextUnitReader.MinRunOnChars || text.AsSpan().Trim().Length == line.Trim().Length) && touching > 1;
                // A title that is a piece of its line (Headline | Site) shares it with navigation blocks and nothing else.
                bool titlePiece = title is { } t && t.Start >= lineStart && t.End <= lineEnd && touching > 1;
                for (int k = first; titlePiece && k < spans.Count && spans[k].Span.Start < lineEnd; k++)
                {
                    titlePiece = spans[k].What is "title" or "boilerplate Navigation";
                }

                if (!(touching == 1 || runOn || titlePiece || (touching == 0 && onlyMarkup)))
                {
                    Assert.Fail($"line at {lineStart} '{line}' is in {touching} zones");
                }

                // What a zone leaves of its line is white space or heading markers.
                int uncoveredText = 0;
                foreach (char c in line)
                {
                    if (!char.IsWhiteSpace(c) && c != '#')
                    {
                        uncoveredText++;
                    }
                }

                int coveredText = 0;
                for (int k = first; k < spans.Count && spans[k].Span.Start < lineEnd; k++)
                {
                    int a = Math.Max(spans[k].Span.Start, lineStart);
                    int b = Math.Min(spans[k].Span.End, lineEnd);
                    foreach (char c in text.AsSpan(a, b - a))
                    {
                        if (!char.IsWhiteSpace(c) && c != '#')
                        {
                            coveredText++;
                        }
                    }
                }

                if (!onlyMarkup && coveredText != uncoveredText)
                {
                    Assert.Fail($"line at {lineStart} '{line}' has {uncoveredText - coveredText} characters outside every zone (covered {covered})");
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
