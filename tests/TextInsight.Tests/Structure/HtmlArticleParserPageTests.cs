using System.Text.Json;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The hand-written pages of tests/TextInsight.Tests/HtmlPages (invented articles in news, blog, press release, live
/// blog, listicle, legacy-table and other layouts, with navigation, sidebars, comments, banners and ads): each must
/// yield exactly the title, byline, date and sections written in its .expected.json.
/// </summary>
public class HtmlArticleParserPageTests
{
    private static string PagesFolder => Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "HtmlPages");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(PagesFolder, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_twenty_pages()
    {
        Assert.True(Pages().Count >= 20, $"only {Pages().Count} pages in {PagesFolder}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_yields_its_expected_title(string page)
    {
        var (s, expected) = Load(page);
        Assert.Equal(expected.GetProperty("title").GetString(), s.Title?.GetText(s.Text));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_yields_its_expected_byline_and_date(string page)
    {
        var (s, expected) = Load(page);
        Assert.Equal(expected.GetProperty("byline").GetString(), s.Byline?.GetText(s.Text));
        Assert.Equal(expected.GetProperty("published").GetString(), s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_yields_its_expected_sections(string page)
    {
        var (s, expected) = Load(page);
        var want = new List<string>();
        foreach (var section in expected.GetProperty("sections").EnumerateArray())
        {
            want.Add("## " + (section.GetProperty("heading").GetString() ?? "(none)"));
            foreach (var p in section.GetProperty("paragraphs").EnumerateArray())
            {
                want.Add(p.GetString()!);
            }
        }

        var got = new List<string>();
        foreach (var section in s.Sections)
        {
            got.Add("## " + (section.Heading?.GetText(s.Text) ?? "(none)"));
            foreach (var p in section.Paragraphs)
            {
                got.Add(p.GetText(s.Text));
            }
        }

        Assert.Equal(want, got);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_spans_lie_inside_the_text_in_order_without_overlap(string page)
    {
        var (s, _) = Load(page);
        HtmlSpanInvariants.AssertHold(s);
    }

    private static (ArticleStructure Structure, JsonElement Expected) Load(string page)
    {
        string html = File.ReadAllText(Path.Combine(PagesFolder, page + ".html"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(PagesFolder, page + ".expected.json")));
        return (HtmlArticleParser.Default.Parse(html), json.RootElement.Clone());
    }
}
