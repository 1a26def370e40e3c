using System.Text.RegularExpressions;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Robustness;

/// <summary>Inputs the fuzz runner (<c>fuzz/TextInsight.Fuzz</c>) found breaking an invariant, kept as regression tests.</summary>
public class FuzzRegressionTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    /// <summary>
    /// 2026-12-04, seed e1eHhNfQN8K1: a first paragraph opening "$0? FRANKFURT (Eurodesk) -" made the dateline rule type
    /// "$0? FRANKFURT" a Location over the money mention "$0" (overlapping mentions).
    /// </summary>
    [Fact]
    public void A_dateline_after_a_money_amount_gives_no_overlapping_mentions()
    {
        string text = Unescape(
            "that +o|JW|IxsY[[\\u201d >'<may > levy Next article\\u000a]2g~5VZP{the less twice. \\u2013#??\\u0301#bX \\u2019@:(\\u000a\\ud83d]#$1.5MGallery \\u000a$0?\\u00a0FRANKFURT (Eurodesk) - The European Central Bank (ECB) kept its main deposit rate at 3.75% on 6 June 2024 but said it was increasingly confident that inflation was heading back to its 2% target, opening the door to a cut in the coming months.\\u000a \\u000d\\u000d)\\u2014(.</#\\u200b\\ufeff!\\u0301b,Y!.\\u000a#\\ud8009<]\\u0301>>][\\u201d\\u00a3\\ud800&\\u00a0\\u20141\\u000a\\ufeff\\u000a$$uj$BU@\\u05d0Y\\u20ac<\\u2019Greyline sales  B2CXoWbIab\\ude00\\ufeff\\u2026\\ufeff>$\\u000a");

        var analysis = Analyzer.Analyze(text, "fuzz");

        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
        Assert.Contains(analysis.Entities, m => m.Type == TextInsight.Entities.EntityType.Money && m.Text == "$0");
    }

    /// <summary>
    /// 2026-12-05, issue 25 (seed c1Y3DkrDsVe1): in "Rather  U.S.U.S.(ASF)Read" the linker made the bracketed acronym
    /// "ASF" a mention of its own although a tagged name already covered it (overlapping mentions). The saved case
    /// replays the whole input (FuzzCases/overlap-bracketed-acronym-issue25.case); this is its shortest form.
    /// </summary>
    [Theory]
    [InlineData("T\nBae(.UK)")]
    [InlineData("Officials said on Monday. Rather  U.S.U.S.(ASF)Read (((( the report.")]
    public void A_bracketed_acronym_inside_a_name_gives_no_overlapping_mentions(string text)
    {
        var analysis = Analyzer.Analyze(text, "fuzz");

        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
        for (int i = 1; i < analysis.Entities.Count; i++)
        {
            Assert.True(analysis.Entities[i].Span.Start >= analysis.Entities[i - 1].Span.End, $"{analysis.Entities[i - 1].Text} / {analysis.Entities[i].Text}");
        }
    }

    [Fact]
    public void A_bracketed_acronym_after_its_name_still_becomes_a_mention()
    {
        const string text = "The Apache Software Foundation (ASF) released it. The ASF said so.";

        var analysis = Analyzer.Analyze(text, "fuzz");

        Assert.Contains(analysis.Entities, m => m.Text == "ASF" && m.Span.Start == text.IndexOf("ASF", StringComparison.Ordinal));
    }

    /// <summary>2026-12-05: a run of 30 digits overflowed a decimal in the number reader (OverflowException).</summary>
    [Theory]
    [InlineData("Serial 222222222222222222222222222222 was sold for $5 million.")]
    [InlineData("Codes 1.222222222222222222222222222222.3 and 9 999 999 999 999 999 999 999 999 999 999.5 cost $5 million.")]
    public void Digit_runs_too_long_for_a_decimal_are_no_numbers(string text)
    {
        var analysis = Analyzer.Analyze(text, "fuzz");

        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
        Assert.Contains(analysis.Entities, m => m.Type == TextInsight.Entities.EntityType.Money && m.Value == 5_000_000m);
    }

    /// <summary>2026-12-05 (seed 3iY0RYx-9ms3): "212355969726466617719b" multiplied past a decimal's range in the number grammar.</summary>
    [Theory]
    [InlineData("s,212355969726466617719b")]
    [InlineData("Costs rose to $212355969726466617719-5 trillion, or 99999999999999999999 billion percent, by $5 million.")]
    public void Numbers_scaled_past_a_decimals_range_are_no_numbers(string text)
    {
        var analysis = Analyzer.Analyze(text, "fuzz");

        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
    }

    [Fact]
    public void The_number_parser_says_no_to_a_number_past_a_decimals_range()
    {
        Assert.False(TextInsight.Entities.NumberParser.TryParse("212355969726466617719 billion", out decimal value));
        Assert.Equal(0, value);
        Assert.True(TextInsight.Entities.NumberParser.TryParse("2.5 billion", out value));
        Assert.Equal(2_500_000_000m, value);
    }

    /// <summary>A number is parsed in a buffer on the stack: a run of digits a megabyte long must not size that buffer.</summary>
    [Fact]
    public void A_megabyte_of_digits_is_read_on_a_small_stack()
    {
        string text = "It cost $5 million. " + new string('7', 1_000_000) + " The end.";
        Exception? failure = null;
        ArticleAnalysis? analysis = null;
        var thread = new Thread(() =>
        {
            try
            {
                analysis = Analyzer.Analyze(text, "fuzz");
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }, maxStackSize: 1024 * 1024);

        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.Contains(analysis!.Entities, m => m.Type == TextInsight.Entities.EntityType.Money);
    }

    /// <summary>
    /// 2026-12-05: a lone surrogate half in a JSON-LD script threw from the metadata reader (ArgumentException: no UTF-8
    /// for it); escaped in a JSON string it threw on reading (InvalidOperationException). Malformed JSON-LD is ignored.
    /// </summary>
    [Fact]
    public void A_lone_surrogate_in_json_ld_is_malformed_metadata_not_a_crash()
    {
        string raw = "<script type=\"application/ld+json\">" + '\ud83d';
        const string escaped = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A \\ud800 headline\"}</script></head>"
            + "<body><article><p>The council approved the budget on Monday after a long debate.</p></article></body></html>";

        foreach (string html in new[] { raw, escaped })
        {
            var analysis = Analyzer.AnalyzeHtml(html, "fuzz.html");

            SpanInvariants.Check(AnalysisJson.ToRecord(analysis), analysis.Text);
        }
    }

    /// <summary>
    /// 2026-12-05: AngleSharp's tree builder throws a NullReferenceException on "&lt;p&gt;&lt;select&gt;&lt;xmp&gt;&lt;/xmp&gt;&lt;select&gt;&lt;p&gt;".
    /// The page is then read as text with its tags removed, and the analysis says so.
    /// </summary>
    [Fact]
    public void A_page_the_html_parser_fails_on_is_read_as_text_with_a_warning()
    {
        const string html = "<html><head><title>Budget passes</title><style>p { color: red }</style></head><body>"
            + "<p>The council approved the budget on Monday.</p><p ><select><xmp></xmp><select><p>Taxes rise by 2% next year &amp; fees fall.</p>"
            + "<script>var x = '<p>hidden</p>';</script></body></html>";

        var analysis = Analyzer.AnalyzeHtml(html, "fuzz.html");

        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), analysis.Text);
        Assert.Contains(TextInsight.Structure.Html.HtmlTextFallback.Warning, analysis.Warnings);
        Assert.Contains("The council approved the budget on Monday.", analysis.Text);
        Assert.Contains("Taxes rise by 2% next year & fees fall.", analysis.Text);
        Assert.DoesNotContain("hidden", analysis.Text);
        Assert.DoesNotContain("color", analysis.Text);
        Assert.DoesNotContain("<", analysis.Text);
    }

    private static string Unescape(string escaped) =>
        Regex.Replace(escaped, @"\\u([0-9a-f]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
