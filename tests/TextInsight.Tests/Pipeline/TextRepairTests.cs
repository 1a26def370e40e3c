using System.Text;
using TextInsight.Serialization;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Pipeline;

/// <summary>
/// Plain text decoded with the wrong encoding upstream (UTF-8 read as Windows-1252 or Latin-1, once or twice) and text
/// with HTML character references left in is repaired before analysis: before this, the mis-decoded seed turned
/// Anthropic into a location and showed <c>â€™</c> in its key phrases and summary.
/// </summary>
public sealed class TextRepairTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();
    private static readonly TextAnalyzer AsWritten = new(new TextAnalyzerOptions { RepairText = false });
    private static readonly Lazy<ArticleAnalysis> Clean = new(() => Analyzer.Analyze(SeedArticle.Text));

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    internal static string AsWindows1252(string text) => Windows1252.Value.GetString(Encoding.UTF8.GetBytes(text));

    private static string AsLatin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_mis_decoded_seed_gives_the_clean_seeds_title_entities_and_summary()
    {
        string spoiled = AsWindows1252(SeedArticle.Text);
        Assert.Contains("â€™", spoiled, StringComparison.Ordinal);

        var a = Analyzer.Analyze(spoiled);

        Assert.True(a.TextRepaired);
        Assert.Equal(SeedArticle.Text, a.Text);
        Assert.Equal(Clean.Value.Title, a.Title);
        Assert.Equal(Names(Clean.Value), Names(a));
        Assert.Equal(Clean.Value.Summary.Text, a.Summary.Text);
        Assert.Equal(Clean.Value.Keyphrases.Select(k => k.Text), a.Keyphrases.Select(k => k.Text));
        Assert.Equal("repaired 10 mis-decoded character sequences (UTF-8 read as Windows-1252)", Assert.Single(a.Warnings));
    }

    [Fact]
    public void Text_mis_decoded_twice_over_is_repaired()
    {
        var a = Analyzer.Analyze(AsWindows1252(AsWindows1252(SeedArticle.Text)));

        Assert.Equal(SeedArticle.Text, a.Text);
        Assert.Equal("repaired 40 mis-decoded character sequences (UTF-8 read as Windows-1252, twice over)", Assert.Single(a.Warnings));
    }

    [Fact]
    public void Text_read_as_Latin1_with_its_C1_controls_is_repaired()
    {
        string spoiled = AsLatin1(SeedArticle.Text);
        Assert.Contains("\u0080\u0099", spoiled, StringComparison.Ordinal);

        var a = Analyzer.Analyze(spoiled);

        Assert.Equal(SeedArticle.Text, a.Text);
        Assert.Equal("repaired 10 mis-decoded character sequences (UTF-8 read as Latin-1)", Assert.Single(a.Warnings));
    }

    [Theory]
    [InlineData("Pelé and Zoë went to the café in São Paulo.")]
    [InlineData("It costs £5m — or €6m — says Müller.")]
    [InlineData("“Quoted,” she said: it’s 25°C and 1½ hours.")]
    [InlineData("Irish broadcaster RTÉ reports; Volker Türk said; X Æ A-Xii.")]
    [InlineData("Москва и Ελλάδα; Łódź, Kraków and Timișoara.")]
    [InlineData("A rocket 🚀 and a naïve façade.")]
    public void Mis_decoded_words_are_restored(string clean)
    {
        Assert.Equal(clean, TextRepair.Repair(AsWindows1252(clean))?.Text);
        Assert.Equal(clean, TextRepair.Repair(AsLatin1(clean))?.Text);
    }

    [Theory]
    [InlineData("SÃO PAULO and CHÂTEAU")]
    [InlineData("Âge d'or, Ãgua and João")]
    [InlineData("the word “CAFÉ” and “ESPAÑA”")]
    [InlineData("Nestlé® and Coca-Cola©, £5m, €6bn, ©2020 BBC, 25°C")]
    [InlineData("groß» and Straße”")]
    [InlineData("AT&T and R&D; Marks & Spencer; Q&A")]
    [InlineData("plain ASCII text with nothing to repair")]
    public void Legitimate_text_is_left_as_written(string text)
    {
        Assert.Null(TextRepair.Repair(text));
        var a = Analyzer.Analyze(text);
        Assert.False(a.TextRepaired);
        Assert.Same(text, a.Text);
        Assert.Empty(a.Warnings);
    }

    [Fact]
    public void Html_character_references_are_decoded_and_a_bare_ampersand_kept()
    {
        const string text = "AT&amp;T&#8217;s R&D chief &mdash; and AT&T&#x2019;s rival &ndash; met&nbsp;today.";

        var repair = TextRepair.Repair(text);

        Assert.NotNull(repair);
        Assert.Equal("AT&T’s R&D chief — and AT&T’s rival – met\u00A0today.", repair.Text);
        Assert.Equal(["decoded 6 HTML character references"], repair.Warnings());
    }

    [Theory]
    [InlineData("&#146;", "’")]
    [InlineData("&#0;", "&#0;")]
    [InlineData("&#xD800;", "&#xD800;")]
    [InlineData("&notareference;", "&notareference;")]
    [InlineData("&amp;amp;", "&amp;")]
    public void Numeric_references_read_as_HTML_reads_them_and_unknown_ones_stay(string text, string expected)
    {
        Assert.Equal(expected, TextRepair.Repair(text)?.Text ?? text);
    }

    [Fact]
    public void A_repaired_records_spans_index_its_text()
    {
        var a = Analyzer.Analyze(AsWindows1252(SeedArticle.Text));
        var record = AnalysisJson.ToRecord(a);

        Assert.Equal(SeedArticle.Text, record.Text);
        Assert.NotEmpty(record.Sentences!);
        Assert.All(record.Sentences!, s => Assert.Equal(s.Text, record.Text![s.Start..s.End]));
        Assert.All(record.Entities!, e => Assert.Equal(e.Text, record.Text![e.Start..e.End]));
        Assert.Equal(record.Title, record.Text![record.TitleSpan!.Start..record.TitleSpan.End]);
    }

    [Fact]
    public void An_untouched_records_json_is_unchanged_and_has_no_text()
    {
        var record = AnalysisJson.ToRecord(Clean.Value);

        Assert.False(Clean.Value.TextRepaired);
        Assert.Null(record.Text);
        Assert.Equal(AnalysisJson.Serialize(AnalysisJson.ToRecord(AsWritten.Analyze(SeedArticle.Text))), AnalysisJson.Serialize(record));
    }

    [Fact]
    public void With_the_option_off_the_text_is_analyzed_as_written()
    {
        string spoiled = AsWindows1252(SeedArticle.Text);

        var a = AsWritten.Analyze(spoiled);

        Assert.False(a.TextRepaired);
        Assert.Same(spoiled, a.Text);
        Assert.Empty(a.Warnings);
        Assert.Null(AnalysisJson.ToRecord(a).Text);
    }

    [Fact]
    public void Repair_and_case_restoration_both_apply_and_both_say_so()
    {
        var a = Analyzer.Analyze(AsWindows1252(SeedArticle.Text.ToLowerInvariant()));

        Assert.Equal(SeedArticle.Text.ToLowerInvariant(), a.Text);
        Assert.Equal(
            ["repaired 10 mis-decoded character sequences (UTF-8 read as Windows-1252)", "text in lower case; case restored for analysis"],
            a.Warnings);
    }

    private static List<(string Name, TextInsight.Entities.EntityType Type)> Names(ArticleAnalysis a) =>
        [.. a.EntitySummary.Select(e => (e.Name, e.Type))];
}
