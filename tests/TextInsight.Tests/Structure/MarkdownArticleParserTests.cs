using System.Text;
using TextInsight.Entities;
using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>
/// Markdown input (<see cref="MarkdownArticleParser"/>, <see cref="TextAnalyzer.AnalyzeMarkdown(string, string?)"/>): the
/// Markdown is rendered to plain text that the structure parser reads, every span indexes that text, and no markup reaches
/// sentences, the summary or key phrases.
/// </summary>
public class MarkdownArticleParserTests
{
    /// <summary>A news page as scraping tools write it: a menu and a share row of links, an image, the headline, the story with a list and a quote, related links, a footer.</summary>
    internal const string ScrapedArticle = """
        [Skip to content](#main)

        - [Home](https://example.com/)
        - [World](https://example.com/world)
        - [Business](https://example.com/business)
        - [Technology](https://example.com/tech)

        [Share on X](https://x.com/share) | [Facebook](https://facebook.com/share) | [Email](mailto:desk@example.com)

        # Apple unveils a thinner iPhone as sales slow in China

        ![A man holds the new phone](https://example.com/img/phone.jpg)

        **Tim Cook** said on Tuesday that the new [iPhone](https://example.com/iphone) would go on sale in Cupertino and London next month, as [Apple](https://example.com/apple) tries to win back buyers in China, where sales fell 19% in the first quarter.

        The company, which reported revenue of $90.8 billion for the quarter, said the device is *its thinnest yet*. Analysts at [Morgan Stanley](https://ms.com) expect shipments to rise.

        ## What is new

        The phone brings three changes that buyers asked for:

        - a larger battery that lasts two days,
        - a brighter screen for use outdoors, and
        - a camera that works better at night.

        > "This is the best iPhone we have ever made," Cook told reporters in Cupertino.

        Prices start at $999 in the United States and £899 in Britain, the company said in a statement.

        ## Related stories

        - [Samsung cuts prices of its foldable phones](https://example.com/a)
        - [Why China's smartphone market is shrinking](https://example.com/b)
        - [Huawei returns to growth](https://example.com/c)

        [Share](https://example.com/s) [Tweet](https://example.com/t) [Email](mailto:x@example.com)

        © 2024 Example News. All rights reserved.
        """;

    private static readonly Lazy<TextAnalyzer> Analyzer = new(TextAnalyzer.CreateDefault);

    [Fact]
    public void A_scraped_article_has_the_headline_as_title_and_its_sections_by_the_Markdown_headings()
    {
        var s = MarkdownArticleParser.Default.Parse(ScrapedArticle);
        Assert.Equal("Apple unveils a thinner iPhone as sales slow in China", s.Title?.GetText(s.Text));
        Assert.Equal([null, "What is new"], s.Sections.Select(x => x.Heading?.GetText(s.Text)));
        Assert.Equal(6, s.Sections[1].Paragraphs.Count);
        HtmlSpanInvariants.AssertHold(s);
        StructureInvariants.AssertHold(s.Text, s);
    }

    [Fact]
    public void A_scraped_articles_list_items_are_body_and_its_menus_share_rows_and_related_links_boilerplate()
    {
        var s = MarkdownArticleParser.Default.Parse(ScrapedArticle);
        string body = s.GetBody();
        Assert.Contains("a larger battery that lasts two days,\n\na brighter screen for use outdoors, and\n\na camera that works better at night.", body, StringComparison.Ordinal);
        Assert.Contains("\"This is the best iPhone we have ever made,\" Cook told reporters in Cupertino.", body, StringComparison.Ordinal);
        var boilerplate = s.Boilerplate.Select(b => b.Span.GetText(s.Text)).ToList();
        foreach (string line in new[] { "Home", "World", "Technology", "Share on X | Facebook | Email", "Huawei returns to growth", "Share Tweet Email" })
        {
            Assert.Contains(line, boilerplate);
            Assert.DoesNotContain(line, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_markup_reaches_the_text_sentences_summary_or_key_phrases_and_entities_are_read_from_the_plain_text()
    {
        var a = Analyzer.Value.AnalyzeMarkdown(ScrapedArticle, "scraped.md");
        Assert.Equal(DocumentFormat.Markdown, a.Format);
        foreach (string markup in new[] { "](", "**", "![", "http", "# ", "- [" })
        {
            Assert.DoesNotContain(markup, a.Text, StringComparison.Ordinal);
        }

        Assert.StartsWith("Tim Cook said on Tuesday that the new iPhone would go on sale in Cupertino", a.Sentences[0].GetText(a.Text), StringComparison.Ordinal);
        Assert.All(a.Sentences, x => Assert.DoesNotContain("[", x.GetText(a.Text), StringComparison.Ordinal));
        Assert.DoesNotContain("](", a.Summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", a.Summary.Text, StringComparison.Ordinal);
        Assert.All(a.Keyphrases, k => Assert.DoesNotMatch(@"[\[\]()*#]|http", k.Text));

        Assert.Contains(a.Entities, e => e.Text == "Tim Cook" && e.Type == EntityType.Person && e.Zone == Zone.Body);
        Assert.Contains(a.Entities, e => e.Text == "Morgan Stanley" && e.Type == EntityType.Organization && e.Zone == Zone.Body);
        Assert.Contains(a.Entities, e => e.Text == "$90.8 billion" && e.Type == EntityType.Money);
        Assert.All(a.Entities, e => Assert.Equal(e.Text, e.Span.GetText(a.Text)));
    }

    [Fact]
    public void The_record_carries_the_rendered_text_that_every_offset_indexes()
    {
        var a = Analyzer.Value.AnalyzeMarkdown(ScrapedArticle, "scraped.md");
        var record = TextInsight.Serialization.AnalysisJson.ToRecord(a);
        Assert.Equal(a.Text, record.Text);
        Assert.Equal(record.Title, record.Text![record.TitleSpan!.Start..record.TitleSpan.End]);
        Assert.All(record.Sentences!, x => Assert.Equal(x.Text, record.Text[x.Start..x.End]));
        Assert.All(record.Entities!, x => Assert.Equal(x.Text, record.Text[x.Start..x.End]));
        Assert.All(record.Boilerplate!, x => Assert.Equal(x.Text, record.Text[x.Start..x.End]));
    }

    [Fact]
    public void Front_matter_gives_the_title_the_date_and_the_byline_and_is_not_text()
    {
        const string markdown = """
            ---
            title: "Council approves the harbour budget"
            date: 2024-05-03T09:30:00Z
            author: Jane Doe
            tags: [council, harbour]
            ---

            # Council approves the harbour budget

            The city council approved the harbour budget on Monday after a long debate. It takes effect in May and pays for new docks.

            The mayor, Ana Ruiz, welcomed the vote and said work would start in June.
            """;
        var s = MarkdownArticleParser.Default.Parse(markdown);
        Assert.Equal("Council approves the harbour budget", s.Title?.GetText(s.Text));
        Assert.Equal(new DateOnly(2024, 5, 3), s.Published);
        Assert.Equal("Jane Doe", s.Byline?.GetText(s.Text));
        Assert.DoesNotContain("tags", s.Text, StringComparison.Ordinal);
        Assert.Single(s.Text.Split("Council approves the harbour budget"), x => x.Length == 0);
        Assert.Equal(2, s.Sections.Sum(x => x.Paragraphs.Count));
    }

    [Fact]
    public void Setext_headings_are_the_title_and_section_headings()
    {
        const string markdown = "Harbour budget approved\n=======================\n\nThe city council approved the harbour budget on Monday after a long debate that ran late.\n\n"
            + "What happens next\n-----------------\n\nWork on the new docks starts in June and should end next spring, the mayor said.\n";
        var s = MarkdownArticleParser.Default.Parse(markdown);
        Assert.Equal("Harbour budget approved", s.Title?.GetText(s.Text));
        Assert.Equal("What happens next", s.Sections[^1].Heading?.GetText(s.Text));
        Assert.DoesNotContain("===", s.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("---", s.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The [city council][council] met on Monday.\n\n[council]: https://example.com/council \"The council\"\n", "The city council met on Monday.")]
    [InlineData("The [city council] met on Monday.\n\n[city council]: <https://example.com/c>\n", "The city council met on Monday.")]
    [InlineData("***All of it*** and **bold *with italic* inside** and _under_ ~~gone~~ here.", "All of it and bold with italic inside and under gone here.")]
    [InlineData("Run `dotnet build` and see ![the log](log.png) then <https://example.com>.", "Run dotnet build and see then https://example.com.")]
    [InlineData("A literal \\*star\\* and \\[bracket\\] and &amp; and &copy;.", "A literal *star* and [bracket] and & and ©.")]
    [InlineData("<div class=\"note\">\nThe <b>council</b> met.\n</div>\n\n<!-- tracking pixel -->\n\nA <span>quiet</span> day.", "The council met.\n\nA quiet day.")]
    [InlineData("| Team | Points |\n| --- | --- |\n| Ajax | 12 |\n| [Celtic](https://c.example) | 10 |\n", "Team | Points\n\nAjax | 12\n\nCeltic | 10")]
    [InlineData("```csharp\nvar x = 1;\n  var y = 2;\n```\n\n    indented code", "var x = 1;\n  var y = 2;\n\nindented code")]
    [InlineData("Line one  \nline two\\\nline three", "Line one line two line three")]
    public void Inline_and_block_markup_is_rendered_to_its_text(string markdown, string text)
    {
        Assert.Equal(text, MarkdownArticleParser.Default.Parse(markdown).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("---\n\n***\n\n![](x.png)\n\n[](https://example.com)\n\n<!-- nothing -->\n\n[ref]: https://example.com\n")]
    [InlineData("---\ntitle:\n---\n")]
    public void Empty_and_markup_only_documents_have_no_text_and_no_structure(string markdown)
    {
        var s = MarkdownArticleParser.Default.Parse(markdown);
        Assert.Equal(string.Empty, s.Text);
        Assert.Null(s.Title);
        Assert.Empty(s.Sections);
        var a = Analyzer.Value.AnalyzeMarkdown(markdown);
        Assert.Empty(a.Sentences);
        Assert.Empty(a.Entities);
    }

    [Theory]
    [InlineData("> ", 100_000)]
    [InlineData("- ", 20_000)]
    [InlineData("* > 1. ", 10_000)]
    public void Very_deeply_nested_quotes_and_lists_do_not_blow_the_stack(string marker, int depth)
    {
        var markdown = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            markdown.Append(marker);
        }

        markdown.Append("The council met on Monday and approved the budget.\n");
        var a = Analyzer.Value.AnalyzeMarkdown(markdown.ToString());
        HtmlSpanInvariants.AssertHold(a.Structure);
        Assert.Contains("The council met on Monday", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Warnings, w => w.Contains("deeper than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[", 50_000)]
    [InlineData("**a ", 20_000)]
    [InlineData("<span>", 20_000)]
    public void Very_deeply_nested_inline_markup_does_not_blow_the_stack(string opener, int depth)
    {
        var markdown = new StringBuilder("The council met on Monday. ");
        for (int i = 0; i < depth; i++)
        {
            markdown.Append(opener);
        }

        var a = Analyzer.Value.AnalyzeMarkdown(markdown.ToString());
        HtmlSpanInvariants.AssertHold(a.Structure);
        Assert.StartsWith("The council met on Monday.", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_one_heading_after_the_story_is_not_the_title()
    {
        const string markdown = """
            Harbour budget approved

            The city council approved the harbour budget on Monday after a long debate that ran late into the night, officials said.

            The mayor, Ana Ruiz, welcomed the vote and said work on the new docks would start in June.

            # Share this article

            [Facebook](https://f.example) [X](https://x.example)
            """;
        var s = MarkdownArticleParser.Default.Parse(markdown);
        Assert.Equal("Harbour budget approved", s.Title?.GetText(s.Text));
        Assert.Contains("The mayor, Ana Ruiz", s.GetBody(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_heading_is_still_a_heading_and_can_be_the_title()
    {
        const string markdown = """
            - [Home](/)
            - [Archive](/archive)

            ## [Harbour budget approved](https://blog.example/harbour-budget)

            The city council approved the harbour budget on Monday after a long debate that ran late into the night, officials said.

            The mayor, Ana Ruiz, welcomed the vote and said work on the new docks would start in June.
            """;
        var s = MarkdownArticleParser.Default.Parse(markdown);
        Assert.Equal("Harbour budget approved", s.Title?.GetText(s.Text));
        Assert.DoesNotContain(s.Boilerplate, b => b.Span.GetText(s.Text) == "Harbour budget approved");
    }

    [Fact]
    public void Plain_text_analysis_of_the_same_Markdown_is_unchanged_by_the_Markdown_path()
    {
        // Markdown is read as Markdown only when asked (AnalyzeMarkdown, DocumentFormat.Markdown, a .md file): Analyze
        // keeps the text as given, offsets into the input string.
        var a = Analyzer.Value.Analyze(ScrapedArticle);
        Assert.Same(ScrapedArticle, a.Text);
        Assert.Equal(DocumentFormat.PlainText, a.Format);
    }
}
