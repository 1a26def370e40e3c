using TextInsight.Entities;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Pipeline;

/// <summary>
/// Text written in one case (a lower-case transcript, wire copy in capitals) is analyzed with its case restored: before
/// this, the lower-cased seed gave 17 sentences and no entity at all, the upper-cased one junk entities (<c>AI ERA</c>
/// Misc, <c>RUTH SUEHLE</c> an organization).
/// </summary>
public sealed class CaseRestorationTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();
    private static readonly TextAnalyzer AsWritten = new(new TextAnalyzerOptions { RestoreCase = false });
    private static readonly Lazy<ArticleAnalysis> Cased = new(() => Analyzer.Analyze(SeedArticle.Text));

    public static TheoryData<bool> Cases => new() { false, true };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Markdown_in_one_case_is_parsed_with_its_case_restored_as_plain_text_is(bool upper)
    {
        // The seed as Markdown with only its headline marked: the structure parser tells its three unmarked section
        // headings from body lines by their capitals, which a lower-case document shows only once its case is restored.
        string seed = SeedArticle.Text;
        string markdown = "# " + seed;
        var cased = Analyzer.AnalyzeMarkdown(markdown);
        string given = InOneCase(markdown, upper);
        var a = Analyzer.AnalyzeMarkdown(given);

        Assert.Equal(4, cased.Sections.Count);
        Assert.Equal(cased.Sections.Select(s => s.Heading), a.Sections.Select(s => s.Heading));
        Assert.Equal(cased.Sentences, a.Sentences);
        Assert.Equal(InOneCase(cased.Text, upper), a.Text);
        Assert.Equal(upper ? "text in capitals; case restored for analysis" : "text in lower case; case restored for analysis", Assert.Single(a.Warnings));
        SpanInvariants.Check(AnalysisJson.ToRecord(a), a.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_seed_in_one_case_gives_the_seeds_entities(bool upper)
    {
        var a = Analyzer.Analyze(InOneCase(SeedArticle.Text, upper));

        var asf = Assert.Single(a.EntitySummary, e => e.Name == "Apache Software Foundation");
        Assert.Equal(EntityType.Organization, asf.Type);
        Assert.Contains("ASF", asf.Aliases);
        Assert.Equal(EntityType.Organization, Assert.Single(a.EntitySummary, e => e.Name == "Anthropic").Type);
        Assert.Equal(EntityType.Person, Assert.Single(a.EntitySummary, e => e.Name == "Ruth Suehle").Type);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_seed_in_one_case_has_about_the_cased_seeds_sentences(bool upper)
    {
        var a = Analyzer.Analyze(InOneCase(SeedArticle.Text, upper));

        // Measured: 29 in both cases, as the cased seed (29); lower-cased without restoration: 17.
        Assert.Equal(29, Cased.Value.Sentences.Count);
        Assert.InRange(a.Sentences.Count, 29, 31);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_record_shows_and_indexes_the_users_text_and_says_what_was_done(bool upper)
    {
        string text = InOneCase(SeedArticle.Text, upper);
        var a = Analyzer.Analyze(text);

        Assert.Same(text, a.Text);
        Assert.Equal(upper ? "text in capitals; case restored for analysis" : "text in lower case; case restored for analysis", Assert.Single(a.Warnings));
        Assert.NotEmpty(a.Entities);
        foreach (var m in a.Entities)
        {
            Assert.Equal(text.Substring(m.Span.Start, m.Span.Length), m.Text);
        }

        Assert.Equal(InOneCase(Cased.Value.Title!, upper), a.Title);
        Assert.Equal(InOneCase(Cased.Value.Body, upper), a.Body);
        foreach (var span in a.Summary.Sentences)
        {
            Assert.Contains(span.GetText(text), a.Summary.Text, StringComparison.Ordinal);
        }

        // The entity summary's names are read from the restored text: a user wants "Ruth Suehle", not "ruth suehle".
        var mention = Assert.Single(a.Entities, m => m.Type == EntityType.Person && m.Text.Equals("Ruth Suehle", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(InOneCase("Ruth Suehle", upper), mention.Text);
    }

    [Fact]
    public void A_cased_document_gives_the_same_record_as_without_restoration()
    {
        string with = AnalysisJson.Serialize(AnalysisJson.ToRecord(Cased.Value));
        string without = AnalysisJson.Serialize(AnalysisJson.ToRecord(AsWritten.Analyze(SeedArticle.Text)));
        Assert.Equal(without, with);
        Assert.Empty(Cased.Value.Warnings);
    }

    [Fact]
    public void The_option_off_analyzes_the_text_as_written()
    {
        var a = AsWritten.Analyze(SeedArticle.Text.ToLowerInvariant());

        Assert.Empty(a.Warnings);
        Assert.DoesNotContain(a.EntitySummary, e => e.Name.Equals("Ruth Suehle", StringComparison.OrdinalIgnoreCase));
        Assert.True(a.Sentences.Count < 20, $"{a.Sentences.Count} sentences");
    }

    [Fact]
    public void A_headline_in_capitals_over_a_cased_article_is_read_as_before()
    {
        string text = "ANTHROPIC BACKS APACHE WITH $1.5M TO STRENGTHEN OPEN SOURCE INFRASTRUCTURE" + SeedArticle.Text[SeedArticle.Text.IndexOf('\n', StringComparison.Ordinal)..];
        string with = AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(text)));
        string without = AnalysisJson.Serialize(AnalysisJson.ToRecord(AsWritten.Analyze(text)));
        Assert.Equal(without, with);
    }

    [Fact]
    public void A_shouted_paragraph_in_a_cased_article_is_read_with_its_case_restored()
    {
        int at = SeedArticle.Text.IndexOf("Ruth Suehle, President of the ASF", StringComparison.Ordinal);
        Assert.True(at > 0, "the seed holds the paragraph");
        string paragraph = SeedArticle.Text[at..SeedArticle.Text.IndexOf('\n', at)].TrimEnd('\r');
        string text = string.Concat(SeedArticle.Text.AsSpan(0, at), paragraph.ToUpperInvariant(), SeedArticle.Text.AsSpan(at + paragraph.Length));

        var a = Analyzer.Analyze(text);

        Assert.Equal("a paragraph in capitals; its case restored for analysis", Assert.Single(a.Warnings));
        var person = Assert.Single(a.Entities, m => m.Span.Start == at);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("RUTH SUEHLE", person.Text);
        Assert.Contains(a.EntitySummary, e => e.Name == "Ruth Suehle" && e.Type == EntityType.Person);

        // Outside the paragraph, the names are the cased article's.
        var before = Cased.Value.Entities.Where(m => m.Span.End <= at).Select(m => (m.Span, m.Type, m.Text));
        Assert.Equal(before, a.Entities.Where(m => m.Span.End <= at).Select(m => (m.Span, m.Type, m.Text)));

        var off = AsWritten.Analyze(text);
        Assert.DoesNotContain(off.Entities, m => m.Span.Start == at && m.Type == EntityType.Person && m.Text == "RUTH SUEHLE");
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("hello world")]
    [InlineData("HELLO WORLD")]
    [InlineData("   \n\n  ")]
    public void Tiny_inputs_are_analyzed_as_written(string text)
    {
        var a = Analyzer.Analyze(text);
        Assert.Same(text, a.Text);
        Assert.Empty(a.Warnings);
        Assert.Equal(AnalysisJson.Serialize(AnalysisJson.ToRecord(AsWritten.Analyze(text))), AnalysisJson.Serialize(AnalysisJson.ToRecord(a)));
    }

    [Fact]
    public void A_short_lower_case_sentence_is_restored()
    {
        const string text = "the president of france visited berlin on monday.";
        var a = Analyzer.Analyze(text);

        Assert.Equal("text in lower case; case restored for analysis", Assert.Single(a.Warnings));
        Assert.Contains(a.Entities, m => m.Type == EntityType.Location && m.Text == "france");
        Assert.Contains(a.Entities, m => m.Type == EntityType.Location && m.Text == "berlin");
    }

    [Fact]
    public void An_html_page_in_capitals_is_restored_over_its_extracted_text()
    {
        string html = "<html><head><title>TALKS</title></head><body><article><h1>TALKS END IN PARIS</h1><p>"
            + "THE TALKS IN PARIS ENDED ON MONDAY WITHOUT A DEAL, OFFICIALS SAID. THE EUROPEAN UNION AND THE UNITED STATES WILL MEET AGAIN IN BRUSSELS NEXT WEEK."
            + "</p></article></body></html>";
        var a = Analyzer.AnalyzeHtml(html);

        Assert.Contains("text in capitals; case restored for analysis", a.Warnings);
        Assert.Contains(a.Entities, m => m.Type == EntityType.Location && m.Text == "BRUSSELS");
        foreach (var m in a.Entities)
        {
            Assert.Equal(a.Text.Substring(m.Span.Start, m.Span.Length), m.Text);
        }
    }

    private static string InOneCase(string text, bool upper) => upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
}
