using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>Headings, paragraphs, metadata and boilerplate rules, on documents built from the seed article's own lines.</summary>
public class ArticleParserRulesTests
{
    private const string Title = "Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure";

    private static readonly Lazy<string[]> SeedParagraphs = new(() => SeedArticle.Text
        .Split("\n\n")
        .Select(b => b.Trim())
        .Where(b => b.Length > 200)
        .ToArray());

    private static string P(int i) => SeedParagraphs.Value[i];

    private static ArticleStructure Parse(string text)
    {
        var s = ArticleParser.Default.Parse(text);
        StructureInvariants.AssertHold(text, s);
        return s;
    }

    private static string Doc(params string[] blocks) => string.Join("\n\n", blocks);

    private static (string? Heading, int Paragraphs)[] Shape(ArticleStructure s) =>
        s.Sections.Select(x => (x.Heading?.GetText(s.Text), x.Paragraphs.Count)).ToArray();

    private static (string Text, BoilerplateKind Kind)[] Boilerplate(ArticleStructure s) =>
        s.Boilerplate.Select(b => (b.Span.GetText(s.Text), b.Kind)).ToArray();

    [Fact]
    public void Markdown_headings_are_read_without_their_markers()
    {
        var s = Parse(Doc("# " + Title, P(0), "## Why It Matters", P(1), P(2)));
        Assert.Equal(Title, s.Title!.Value.GetText(s.Text));
        Assert.Equal([(null, 1), ("Why It Matters", 2)], Shape(s));
    }

    [Fact]
    public void Underlined_headings_are_headings()
    {
        var s = Parse(Doc(Title + "\n" + new string('=', Title.Length), P(0), "Why it matters\n--------------", P(1)));
        Assert.Equal(Title, s.Title!.Value.GetText(s.Text));
        Assert.Equal([(null, 1), ("Why it matters", 1)], Shape(s));
    }

    [Theory]
    [InlineData("Why Open Source Matters", "Why Open Source Matters")]
    [InlineData("Why open source matters", "Why open source matters")]
    [InlineData("What happens next?", "What happens next?")]
    [InlineData("The ASF said it would spend the money on build systems.", null)]
    [InlineData("and then the funding", null)]
    [InlineData("- a list item", null)]
    public void A_short_line_before_a_paragraph_is_a_heading_only_in_heading_form(string line, string? heading)
    {
        var s = Parse(Doc(Title, P(0), line, P(1)));
        Assert.Equal(heading, s.Sections[^1].Heading?.GetText(s.Text));
    }

    [Fact]
    public void A_heading_like_line_not_followed_by_a_paragraph_is_a_paragraph()
    {
        // The rules alone: with the model, two headline-like lines closing a text read as related links, a judgment call.
        var s = ArticleParser.RulesOnly.Parse(Doc(Title, P(0), P(1), "Winners Meet in the Final", "Zambia v Swaziland"));
        Assert.Equal([(null, 4)], Shape(s));
        Assert.Empty(s.Boilerplate);
    }

    [Fact]
    public void Single_line_breaks_separate_paragraphs_where_the_text_uses_them_throughout()
    {
        var s = Parse(string.Join("\n", Title, P(0), P(1), "A Broader Industry Signal", P(2), P(3)));
        Assert.Equal([(null, 2), ("A Broader Industry Signal", 2)], Shape(s));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_one_paragraph_each()
    {
        var s = Parse(Doc(Title, TextWrapper.Wrap(P(0), 72), TextWrapper.Wrap(P(1), 72), "A Broader Industry Signal", TextWrapper.Wrap(P(2), 72)));
        Assert.Equal([(null, 2), ("A Broader Industry Signal", 1)], Shape(s));
        Assert.Equal(P(0), s.Sections[0].Paragraphs[0].GetText(s.Text).Replace('\n', ' '));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_without_blank_lines_are_split_where_a_line_ends_early()
    {
        var s = Parse(string.Join("\n", Title, TextWrapper.Wrap(P(0), 72), TextWrapper.Wrap(P(1), 72), TextWrapper.Wrap(P(2), 72)));
        Assert.Equal([(null, 3)], Shape(s));
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe", null)]
    [InlineData("By Jane Doe and John Smith, Reuters", "Jane Doe and John Smith", null)]
    [InlineData("BY JANE DOE | Published 3 May 2024", "JANE DOE", "2024-05-03")]
    [InlineData("Written by Ruth Suehle", "Ruth Suehle", null)]
    [InlineData("By Jane Doe, May 3, 2024", "Jane Doe", "2024-05-03")]
    [InlineData("Published 3 May 2024", null, "2024-05-03")]
    [InlineData("May 3, 2024", null, "2024-05-03")]
    [InlineData("Updated: Friday, May 3, 2024 10:32 BST", null, "2024-05-03")]
    [InlineData("2024-05-03", null, "2024-05-03")]
    [InlineData("WASHINGTON (Reuters) -", null, null)]
    public void A_byline_or_date_line_under_the_title_is_metadata(string line, string? byline, string? published)
    {
        string text = Doc(Title, line, P(0), P(1));
        var s = Parse(text);
        Assert.Equal(byline, s.Byline?.GetText(text));
        Assert.Equal(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), s.Published);
        Assert.Equal([line], s.Metadata.Select(m => m.GetText(text)));
        Assert.Equal([(null, 2)], Shape(s));
        Assert.Empty(s.Boilerplate);
    }

    [Theory]
    [InlineData("Tuesday, 1 March")]
    [InlineData("By early 2005 the net could have two new domain names")]
    [InlineData("Ewood Park")]
    public void A_short_line_under_the_title_that_is_not_metadata_stays_text(string line)
    {
        var s = Parse(Doc(Title, line, P(0)));
        Assert.Empty(s.Metadata);
        Assert.Null(s.Published);
        Assert.Null(s.Byline);
    }

    [Fact]
    public void A_dateline_that_opens_a_paragraph_leaves_it_a_paragraph()
    {
        string first = "LONDON (Reuters) - " + P(0);
        var s = Parse(Doc(Title, first, P(1)));
        Assert.Equal(first, s.Sections[0].Paragraphs[0].GetText(s.Text));
        Assert.Empty(s.Metadata);
        Assert.Null(s.Published);
    }

    [Fact]
    public void A_dateline_with_a_date_that_opens_a_paragraph_gives_the_date()
    {
        var s = Parse(Doc(Title, "NEW YORK, May 3, 2024 (Reuters) - " + P(0), P(1)));
        Assert.Equal(new DateOnly(2024, 5, 3), s.Published);
        Assert.Equal([(null, 2)], Shape(s));
    }

    [Theory]
    [InlineData("12 comments", BoilerplateKind.Counter)]
    [InlineData("Share 34", BoilerplateKind.Counter)]
    [InlineData("1.2K views", BoilerplateKind.Counter)]
    [InlineData("Read more", BoilerplateKind.Navigation)]
    [InlineData("Share this:", BoilerplateKind.Navigation)]
    [InlineData("Subscribe to our newsletter", BoilerplateKind.Navigation)]
    [InlineData("Home > Business > Technology", BoilerplateKind.Navigation)]
    [InlineData("Kubernetes | Open Source | AI Infrastructure", BoilerplateKind.Related)]
    [InlineData("© 2024 TFiR. All rights reserved.", BoilerplateKind.Footer)]
    [InlineData("Copyright 2024 TFiR Media", BoilerplateKind.Footer)]
    [InlineData("Contact us: newsroom@tfir.io", BoilerplateKind.Footer)]
    [InlineData("We use cookies to give you the best experience on our website. By continuing, you agree to our cookie policy.", BoilerplateKind.Notice)]
    [InlineData("Accept all cookies", BoilerplateKind.Notice)]
    public void A_line_after_the_article_is_boilerplate_of_its_kind(string line, BoilerplateKind kind)
    {
        var s = Parse(Doc(Title, P(0), P(1), line));
        Assert.Equal([(line, kind)], Boilerplate(s));
        Assert.Equal([(null, 2)], Shape(s));
    }

    [Fact]
    public void Headline_lines_after_the_article_near_navigation_are_related_links_not_headings()
    {
        var s = Parse(Doc(Title, P(0), P(1), "More from Cloud Native", "Why NVIDIA Donated Its DRA Driver to KubeVirt", "Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure", "Next article"));
        Assert.Equal(
            [
                ("More from Cloud Native", BoilerplateKind.Navigation),
                ("Why NVIDIA Donated Its DRA Driver to KubeVirt", BoilerplateKind.Related),
                ("Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure", BoilerplateKind.Related),
                ("Next article", BoilerplateKind.Navigation),
            ],
            Boilerplate(s));
        Assert.Equal([(null, 2)], Shape(s));
    }

    [Fact]
    public void A_breadcrumb_before_the_title_is_navigation_and_the_title_follows_it()
    {
        var s = Parse(Doc("Home > Technology > Open Source", Title, P(0)));
        Assert.Equal(Title, s.Title!.Value.GetText(s.Text));
        Assert.Equal([("Home > Technology > Open Source", BoilerplateKind.Navigation)], Boilerplate(s));
    }

    [Fact]
    public void A_cookie_notice_before_the_title_is_a_notice()
    {
        const string notice = "This website uses cookies to improve your experience. Accept or manage your preferences.";
        var s = Parse(Doc(notice, "Accept", Title, P(0)));
        Assert.Equal(Title, s.Title!.Value.GetText(s.Text));
        Assert.Equal([(notice, BoilerplateKind.Notice), ("Accept", BoilerplateKind.Notice)], Boilerplate(s));
    }

    [Fact]
    public void Navigation_between_paragraphs_is_navigation()
    {
        var s = Parse(Doc(Title, P(0), "Read more: Why NVIDIA Donated Its DRA Driver to KubeVirt", P(1)));
        Assert.Equal([("Read more: Why NVIDIA Donated Its DRA Driver to KubeVirt", BoilerplateKind.Navigation)], Boilerplate(s));
        Assert.Equal([(null, 2)], Shape(s));
    }

    [Fact]
    public void A_figure_between_paragraphs_is_text_not_a_counter()
    {
        var s = Parse(Doc(Title, P(0), "29,603", P(1)));
        Assert.Empty(s.Boilerplate);
        Assert.Equal([(null, 3)], Shape(s));
    }

    [Fact]
    public void Related_links_after_the_article_end_are_not_headings_even_in_title_case()
    {
        var s = Parse(Doc(Title, P(0), P(1), "0", "Why NVIDIA Donated Its DRA Driver to KubeVirt Community", "Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure"));
        Assert.Equal(
            [
                ("0", BoilerplateKind.Counter),
                ("Why NVIDIA Donated Its DRA Driver to KubeVirt Community", BoilerplateKind.Related),
                ("Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure", BoilerplateKind.Related),
            ],
            Boilerplate(s));
    }
}
