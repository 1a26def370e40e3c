using System.Net;
using TextInsight.Serialization;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Pipeline;

/// <summary><see cref="TextAnalyzer.Analyze(DocumentInput, CancellationToken)"/>: a known title, and HTML fragments told by their content.</summary>
public class DocumentInputAnalysisTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    /// <summary>The seed article's first line and the rest after the blank line, as a CSV row holds them.</summary>
    private static (string Title, string Body) SeedParts()
    {
        string seed = SeedArticle.Text;
        int cut = seed.IndexOf("\n\n", StringComparison.Ordinal);
        return (seed[..cut], seed[(cut + 2)..]);
    }

    /// <summary>The seed's body as a CMS exports it: each block a <c>&lt;p&gt;</c>, no page around it.</summary>
    private static string SeedFragment() => string.Join(
        "\n",
        SeedParts().Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));

    private static string Json(ArticleAnalysis a) => AnalysisJson.Serialize(AnalysisJson.ToRecord(a));

    [Fact]
    public void A_known_title_is_the_title_and_the_body_reads_as_the_whole_text_does()
    {
        var (title, body) = SeedParts();
        var whole = Analyzer.Analyze(SeedArticle.Text, "seed");
        var split = Analyzer.Analyze(new DocumentInput { Source = "seed", Content = body, Title = title });

        Assert.Equal(title, split.Title);
        Assert.True(split.TitleGiven);
        Assert.Equal(SeedArticle.Text, split.Text);
        Assert.Equal(whole.Body, split.Body);
        Assert.Equal(whole.Sentences, split.Sentences);
        Assert.Equal(whole.Entities.Select(e => (e.Span, e.Type, e.Zone)), split.Entities.Select(e => (e.Span, e.Type, e.Zone)));
        Assert.Contains(split.Entities, e => e.Zone == Zone.Title && e.Text == "Anthropic");
    }

    [Fact]
    public void A_known_title_and_its_text_mis_decoded_upstream_are_both_repaired()
    {
        var (title, body) = SeedParts();
        string curlyTitle = title.Replace("Backs", "\u201CBacks\u201D", StringComparison.Ordinal);
        string curlyBody = body.Replace("Suehle", "Su\u00E9hle", StringComparison.Ordinal);
        static string Mojibake(string s) => System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes(s));
        var clean = Analyzer.Analyze(new DocumentInput { Source = "seed", Content = curlyBody, Title = curlyTitle });
        var broken = Analyzer.Analyze(new DocumentInput { Source = "seed", Content = Mojibake(curlyBody), Title = Mojibake(curlyTitle) });

        Assert.False(clean.TextRepaired);
        Assert.True(broken.TextRepaired);
        Assert.True(broken.TitleGiven);
        Assert.Equal(curlyTitle, broken.Title);
        Assert.Equal(clean.Text, broken.Text);
        Assert.Equal(clean.Sentences, broken.Sentences);
        Assert.Equal(clean.Entities.Select(e => (e.Span, e.Type, e.Zone)), broken.Entities.Select(e => (e.Span, e.Type, e.Zone)));
        Assert.Contains(broken.Warnings, w => w.Contains("mis-decoded", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_title_over_an_html_fragment_has_its_references_decoded_as_over_plain_text()
    {
        // A CMS export escapes its title column as it escapes its body: the HTML parser decodes the body, not the title.
        var (title, _) = SeedParts();
        string escaped = WebUtility.HtmlEncode(title).Replace("Backs", "&#8220;Backs&#8221;", StringComparison.Ordinal);
        string expected = title.Replace("Backs", "\u201CBacks\u201D", StringComparison.Ordinal);
        var asText = Analyzer.Analyze(new DocumentInput { Source = "seed", Content = SeedParts().Body, Title = escaped });
        var asHtml = Analyzer.Analyze(new DocumentInput { Source = "seed", Content = SeedFragment(), Title = escaped, Format = DocumentFormat.Auto });
        var off = new TextAnalyzer(new TextAnalyzerOptions { RepairText = false })
            .Analyze(new DocumentInput { Source = "seed", Content = SeedFragment(), Title = escaped, Format = DocumentFormat.Auto });

        Assert.Equal(DocumentFormat.Html, asHtml.Format);
        Assert.Equal(expected, asText.Title);
        Assert.Equal(expected, asHtml.Title);
        Assert.Contains("decoded 2 HTML character references in the title", asHtml.Warnings);
        Assert.True(asHtml.TextRepaired);
        Assert.Equal(escaped, off.Title);
        Assert.False(off.TextRepaired);
        Assert.Contains(asHtml.Entities, e => e.Zone == Zone.Title && e.Text == "Anthropic");
        SpanInvariants.Check(AnalysisJson.ToRecord(asHtml), asHtml.Text);
    }

    [Fact]
    public void A_known_title_and_its_text_both_repaired_say_which_warning_is_the_titles()
    {
        var (title, body) = SeedParts();
        static string Mojibake(string s) => System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes(s));
        var a = Analyzer.Analyze(new DocumentInput
        {
            Source = "seed",
            Title = Mojibake(title.Replace("Backs", "\u201CBacks\u201D", StringComparison.Ordinal)),
            Content = Mojibake(body.Replace("Suehle", "Su\u00E9hle", StringComparison.Ordinal).Replace("Apache", "Apach\u00E9", StringComparison.Ordinal)),
        });

        var repairs = a.Warnings.Where(w => w.StartsWith("repaired ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, repairs.Count);
        Assert.EndsWith(" in the title", repairs[0], StringComparison.Ordinal);
        Assert.StartsWith("repaired 2 ", repairs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("title", repairs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_title_over_text_in_lower_case_is_read_with_its_case_restored_and_shown_as_given()
    {
        var (title, body) = SeedParts();
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { RestoreCase = true });
        var a = analyzer.Analyze(new DocumentInput { Source = "seed", Content = body.ToLowerInvariant(), Title = title.ToLowerInvariant() });
        var whole = analyzer.Analyze(SeedArticle.Text.ToLowerInvariant(), "seed");

        Assert.Equal(title.ToLowerInvariant(), a.Title);
        Assert.Equal(SeedArticle.Text.ToLowerInvariant(), a.Text);
        Assert.Equal(whole.Sentences, a.Sentences);
        Assert.Contains(a.Warnings, w => w.Contains("case restored", StringComparison.Ordinal));
        Assert.Contains(a.Entities, e => e.Zone == Zone.Title && e.Text == "anthropic");
    }

    [Fact]
    public void A_known_title_is_taken_even_where_the_parser_would_not_take_that_line()
    {
        // A line longer than a headline (more than 30 words) is text to the parser; given as the title, it is the
        // title, and the body keeps its sentence.
        string title = string.Join(' ', Enumerable.Repeat("Council approves budget for roads and schools", 5));
        const string body = "The council approved the budget on Monday, and the mayor welcomed the vote.";
        var guessed = Analyzer.Analyze(title + "\n\n" + body);
        var known = Analyzer.Analyze(new DocumentInput { Source = "r1", Content = body, Title = title });

        Assert.NotEqual(title, guessed.Title);
        Assert.Equal(title, known.Title);
        Assert.Equal(new TextSpan(0, title.Length), known.Structure.Title);
        Assert.Equal(body, known.Body);
        Assert.Equal(body, Assert.Single(known.Sentences).GetText(known.Text));
    }

    [Fact]
    public void A_title_with_line_breaks_is_one_line_and_an_empty_title_changes_nothing()
    {
        const string body = "The council approved the budget on Monday. The mayor welcomed the vote.\n";
        var known = Analyzer.Analyze(new DocumentInput { Source = "r", Content = body, Title = "  Council\r\napproves\nthe  budget \n" });
        Assert.Equal("Council approves the  budget", known.Title);
        Assert.StartsWith("Council approves the  budget\n\nThe council", known.Text, StringComparison.Ordinal);

        var plain = Analyzer.Analyze(body, "r");
        foreach (string? empty in new[] { null, string.Empty, " \n " })
        {
            var same = Analyzer.Analyze(new DocumentInput { Source = "r", Content = body, Title = empty });
            Assert.False(same.TitleGiven);
            Assert.Equal(Json(plain), Json(same));
        }
    }

    [Fact]
    public void An_html_fragment_with_auto_format_is_read_as_html_keeping_every_paragraph()
    {
        string fragment = SeedFragment();
        var a = Analyzer.Analyze(new DocumentInput { Source = "a1", Content = fragment, Format = DocumentFormat.Auto, Title = SeedParts().Title });
        var plain = Analyzer.Analyze(SeedArticle.Text);

        Assert.Equal(DocumentFormat.Html, a.Format);
        Assert.Equal(SeedParts().Title, a.Title);
        Assert.DoesNotContain('<', a.Text);
        // Every sentence of the plain text is there (the plain text's headings and boilerplate lines are <p>s here, so
        // paragraphs too).
        var sentences = a.Sentences.Select(s => s.GetText(a.Text)).ToHashSet();
        Assert.All(plain.Sentences, s => Assert.Contains(s.GetText(plain.Text), sentences));
        Assert.All(a.Keyphrases, k => Assert.DoesNotContain('<', k.Text));
        Assert.DoesNotContain('<', a.Summary.Text);
        SpanInvariants.Check(AnalysisJson.ToRecord(a), a.Text);
    }

    [Fact]
    public void A_known_title_replaces_the_pages_title_and_a_block_repeating_it_leaves_the_body()
    {
        const string html = "<h1>Old headline</h1>\n<p>The council approved the budget on Monday.</p>\n<p>The mayor welcomed the vote.</p>";
        var a = Analyzer.Analyze(new DocumentInput { Source = "h", Content = html, Format = DocumentFormat.Html, Title = "Council approves budget" });
        Assert.Equal("Council approves budget", a.Title);
        Assert.Equal(0, a.Structure.Title!.Value.Start);

        var titled = HtmlArticleParser.Default.Parse("<h1>Council approves budget</h1>\n<p>The council approved the budget on Monday.</p>", "Council approves budget");
        Assert.Equal("The council approved the budget on Monday.", titled.GetBody());
    }

    [Fact]
    public void Analyze_of_a_string_does_not_sniff_and_auto_reads_plain_text_as_plain_text()
    {
        string fragment = SeedFragment();
        Assert.Equal(DocumentFormat.PlainText, Analyzer.Analyze(fragment).Format);

        var auto = Analyzer.Analyze(new DocumentInput { Source = "seed", Content = SeedArticle.Text, Format = DocumentFormat.Auto });
        Assert.Equal(DocumentFormat.PlainText, auto.Format);
        Assert.Equal(Json(Analyzer.Analyze(SeedArticle.Text, "seed")), Json(auto));
    }

    [Fact]
    public async Task A_batch_reads_titles_and_auto_formats_as_analyze_does()
    {
        var (title, body) = SeedParts();
        var inputs = new[]
        {
            new DocumentInput { Source = "t", Content = body, Title = title },
            new DocumentInput { Source = "f", Content = SeedFragment(), Format = DocumentFormat.Auto },
        };
        var results = new List<DocumentResult>();
        await foreach (var r in Analyzer.AnalyzeManyAsync(inputs))
        {
            results.Add(r);
        }

        Assert.Equal(title, results[0].Analysis!.Title);
        Assert.Equal(DocumentFormat.Html, results[1].Analysis!.Format);
        Assert.Equal(Json(Analyzer.Analyze(inputs[0])), Json(results[0].Analysis!));
    }

    [Fact]
    public void A_document_that_is_an_error_cannot_be_analyzed()
    {
        var ex = Assert.Throws<ArgumentException>(() => Analyzer.Analyze(DocumentInput.Failed("x", ErrorCodes.Unreadable, "x: cannot be read")));
        Assert.Contains("x: cannot be read", ex.Message);
    }
}
