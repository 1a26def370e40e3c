using TextInsight.Serialization;

namespace TextInsight.Tests.Support;

/// <summary>Checks that every span of a record indexes its text and that spans are ordered where they must be.</summary>
internal static class SpanInvariants
{
    /// <summary>Asserts the invariants of a successful record over the analyzed <paramref name="text"/>.</summary>
    public static void Check(AnalysisRecord r, string text)
    {
        Assert.Null(r.Error);
        void InRange(int start, int end)
        {
            Assert.InRange(start, 0, text.Length);
            Assert.InRange(end, start, text.Length);
        }

        if (r.TitleSpan is { } t)
        {
            InRange(t.Start, t.End);
            Assert.Equal(r.Title, text[t.Start..t.End]);
        }

        int last = -1;
        foreach (var s in r.Sections!)
        {
            InRange(s.Start, s.End);
            Assert.True(s.Start >= last, $"{r.Source}: sections overlap or are out of order at {s.Start}");
            foreach (var p in s.Paragraphs)
            {
                InRange(p.Start, p.End);
                Assert.True(p.Start >= s.Start && p.End <= s.End, $"{r.Source}: paragraph {p.Start}-{p.End} outside its section");
            }

            last = s.End;
        }

        foreach (var b in r.Boilerplate!)
        {
            InRange(b.Start, b.End);
            Assert.Equal(b.Text, text[b.Start..b.End]);
        }

        last = -1;
        foreach (var s in r.Sentences!)
        {
            InRange(s.Start, s.End);
            Assert.Equal(s.Text, text[s.Start..s.End]);
            Assert.True(s.Start >= last, $"{r.Source}: sentences overlap at {s.Start}");
            last = s.End;
        }

        last = -1;
        foreach (var e in r.Entities!)
        {
            InRange(e.Start, e.End);
            Assert.Equal(e.Text, text[e.Start..e.End]);
            Assert.True(e.Start >= last, $"{r.Source}: entity mentions overlap at {e.Start}");
            last = e.End;
        }

        foreach (var s in r.Summary!.Sentences)
        {
            InRange(s.Start, s.End);
            Assert.Contains(r.Sentences!, x => x.Start == s.Start && x.End == s.End);
        }
    }
}
