using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

public class ArticleParserTests
{
    private static ArticleStructure Seed => ArticleParser.Default.Parse(SeedArticle.Text);

    private static string TextOf(ArticleStructure s, TextSpan span) => span.GetText(s.Text);

    [Fact]
    public void Seed_article_title_is_its_first_line()
    {
        var s = Seed;
        Assert.Equal(new TextSpan(0, 74), s.Title);
        Assert.Equal("Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure", TextOf(s, s.Title!.Value));
    }

    [Fact]
    public void Seed_article_has_a_lead_and_three_headed_sections()
    {
        var s = Seed;
        var shape = s.Sections.Select(x => (x.Heading is { } h ? TextOf(s, h) : null, x.Paragraphs.Count)).ToArray();
        Assert.Equal(
            [
                (null, 2),
                ("Why Open Source Infrastructure Matters More in the AI Era", 4),
                ("Sustaining the Backbone of Cloud-Native and Enterprise Systems", 4),
                ("A Broader Industry Signal", 4),
            ],
            shape);
    }

    [Fact]
    public void Seed_article_paragraphs_are_its_blank_line_separated_blocks()
    {
        var s = Seed;
        var first = s.Sections[0].Paragraphs[0];
        Assert.StartsWith("The Apache Software Foundation (ASF) has secured", TextOf(s, first));
        Assert.EndsWith("hundreds of widely used projects.", TextOf(s, first));
        var last = s.Sections[^1].Paragraphs[^1];
        Assert.StartsWith("Looking ahead, continued collaboration", TextOf(s, last));
        Assert.EndsWith("but to what’s sustaining it.", TextOf(s, last));
    }

    [Fact]
    public void Seed_article_boilerplate_is_counters_navigation_and_related_stories()
    {
        var s = Seed;
        Assert.Equal(
            [
                ("0", BoilerplateKind.Counter),
                ("0", BoilerplateKind.Counter),
                ("Why NVIDIA Donated Its DRA Driver to KubeVirt Community | Ryan Hallisey at KubeCon EU | TFiR", BoilerplateKind.Related),
                ("Previous article", BoilerplateKind.Navigation),
                ("Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure", BoilerplateKind.Related),
                ("Next article", BoilerplateKind.Navigation),
            ],
            s.Boilerplate.Select(b => (TextOf(s, b.Span), b.Kind)).ToArray());
    }

    [Fact]
    public void Seed_article_counter_after_the_title_is_at_its_offset()
    {
        var s = Seed;
        Assert.Equal(new TextSpan(76, 1), s.Boilerplate[0].Span);
    }

    [Fact]
    public void Seed_article_body_holds_no_boilerplate()
    {
        var s = Seed;
        string body = s.GetBody();
        Assert.DoesNotContain("Previous article", body);
        Assert.DoesNotContain("Next article", body);
        Assert.DoesNotContain("KubeVirt", body);
        Assert.DoesNotContain("Argentum", body);
        Assert.DoesNotContain("\n\n0\n\n", body);
        Assert.StartsWith("The Apache Software Foundation", body);
        Assert.EndsWith("but to what’s sustaining it.", body);
    }

    [Fact]
    public void Seed_article_has_no_byline_date_or_metadata()
    {
        var s = Seed;
        Assert.Null(s.Byline);
        Assert.Null(s.Published);
        Assert.Empty(s.Metadata);
    }

    [Fact]
    public void Seed_article_keeps_the_structure_invariants()
    {
        StructureInvariants.AssertHold(SeedArticle.Text, Seed);
    }

    [Fact]
    public void Seed_article_with_windows_line_endings_has_the_same_shape()
    {
        string crlf = SeedArticle.Text.Replace("\n", "\r\n");
        var s = ArticleParser.Default.Parse(crlf);
        StructureInvariants.AssertHold(crlf, s);
        Assert.Equal([2, 4, 4, 4], s.Sections.Select(x => x.Paragraphs.Count));
        Assert.Equal(6, s.Boilerplate.Count);
        Assert.Equal("Next article", TextOf(s, s.Boilerplate[^1].Span));
    }

    [Fact]
    public void Seed_article_with_old_mac_line_endings_has_the_same_shape()
    {
        // A lone CR ends a line too (classic Mac OS text, some exports): read as one block, the whole article was one
        // paragraph with no title.
        string cr = SeedArticle.Text.Replace("\n", "\r");
        var s = ArticleParser.Default.Parse(cr);
        StructureInvariants.AssertHold(cr, s);
        Assert.Equal(Seed.Title, s.Title);
        Assert.Equal([2, 4, 4, 4], s.Sections.Select(x => x.Paragraphs.Count));
        Assert.Equal(Seed.Sections.SelectMany(x => x.Paragraphs), s.Sections.SelectMany(x => x.Paragraphs));
        Assert.Equal(6, s.Boilerplate.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \t\n")]
    public void Empty_text_has_no_structure(string text)
    {
        var s = ArticleParser.Default.Parse(text);
        Assert.Null(s.Title);
        Assert.Empty(s.Sections);
        Assert.Empty(s.Boilerplate);
    }

    [Fact]
    public void Null_text_is_rejected_naming_the_argument()
    {
        var e = Assert.Throws<ArgumentNullException>(() => ArticleParser.Default.Parse(null!));
        Assert.Equal("text", e.ParamName);
    }
}
