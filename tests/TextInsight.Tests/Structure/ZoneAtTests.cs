using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// <see cref="ArticleStructure.ZoneAt"/> searches the sections and paragraphs when they are in order (entity
/// recognition asks it once per mention) and must answer as a scan of them does, in order or not.
/// </summary>
public class ZoneAtTests
{
    private static Zone? Scan(ArticleStructure s, int position)
    {
        if (s.Title is { } t && position >= t.Start && position < t.End)
        {
            return Zone.Title;
        }

        foreach (var section in s.Sections)
        {
            if (position < section.Span.Start || position >= section.Span.End)
            {
                continue;
            }

            if (section.Heading is { } h && position >= h.Start && position < h.End)
            {
                return Zone.Heading;
            }

            if (section.Paragraphs.Any(p => position >= p.Start && position < p.End))
            {
                return Zone.Body;
            }
        }

        return s.Boilerplate.Any(b => position >= b.Span.Start && position < b.Span.End) ? Zone.Boilerplate : null;
    }

    private static void AssertAsScan(ArticleStructure s)
    {
        for (int i = -1; i <= s.Text.Length + 1; i++)
        {
            Assert.True(Scan(s, i) == s.ZoneAt(i), $"position {i}: scan says {Scan(s, i)}, ZoneAt {s.ZoneAt(i)}");
        }
    }

    [Fact]
    public void The_seed_articles_zones_are_those_of_a_scan()
    {
        var s = ArticleParser.Default.Parse(SeedArticle.Text);
        Assert.True(s.Sections.Count > 1 && s.Boilerplate.Count > 0);
        AssertAsScan(s);
    }

    [Fact]
    public void An_html_pages_zones_are_those_of_a_scan()
    {
        var s = HtmlArticleParser.Default.Parse("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Council approves budget</h1><p>The city council approved the budget on Monday.</p><h2>Reaction</h2><p>The mayor welcomed the vote.</p><p>Critics said little.</p></article><footer>Contact us. Privacy policy.</footer></body></html>");
        AssertAsScan(s);
    }

    [Fact]
    public void Sections_and_paragraphs_out_of_order_are_scanned()
    {
        string text = new('x', 60);
        var s = new ArticleStructure(
            text,
            new TextSpan(0, 5),
            [new Section(new TextSpan(40, 5), [new TextSpan(46, 4), new TextSpan(52, 6)]), new Section(null, [new TextSpan(20, 5), new TextSpan(10, 15)]), new Section(null, [new TextSpan(12, 20)])],
            [new BoilerplateBlock(new TextSpan(6, 3), BoilerplateKind.Navigation), new BoilerplateBlock(new TextSpan(26, 2), BoilerplateKind.Counter)]);
        AssertAsScan(s);
    }
}
