using TextInsight.Entities;
using TextInsight.Serialization;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Text;

/// <summary>
/// Plain text extracted from PDF or a print layout (form feeds between pages, running headers and footers, page numbers,
/// hard line breaks, words hyphenated at line ends) is repaired before parsing: before this, the seed laid out so gave
/// 55 sentences for 29, headers inside sentences and <c>Kuber</c> as a person.
/// </summary>
public sealed class PdfLayoutRepairTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();
    private static readonly TextAnalyzer AsWritten = new(new TextAnalyzerOptions { RepairText = false });
    private static readonly Lazy<ArticleAnalysis> Clean = new(() => Analyzer.Analyze(SeedArticle.Text));
    private static readonly Lazy<string> LaidOut = new(() =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "Text", "Fixtures", "seed-article.pdftotext.txt")));

    [Fact]
    public void The_seed_extracted_from_pdf_gives_the_clean_seeds_title_sentences_and_entities()
    {
        Assert.Contains('\f', LaidOut.Value);
        Assert.Contains("TechWire Daily", LaidOut.Value, StringComparison.Ordinal);

        var a = Analyzer.Analyze(LaidOut.Value);

        Assert.True(a.TextRepaired);
        Assert.Contains(a.Warnings, w => w.StartsWith("text laid out on pages (as extracted from PDF) repaired: 2 pages", StringComparison.Ordinal));
        Assert.Equal(Clean.Value.Title, a.Title);
        Assert.InRange(a.Sentences.Count, Clean.Value.Sentences.Count - 1, Clean.Value.Sentences.Count + 2);
        var clean = Clean.Value.Sentences.Select(s => Clean.Value.Text.Substring(s.Start, s.Length)).ToHashSet(StringComparer.Ordinal);
        int same = a.Sentences.Count(s => clean.Contains(a.Text.Substring(s.Start, s.Length)));
        Assert.True(same >= clean.Count - 1, $"{same} of {clean.Count} sentences as in the clean seed");

        Assert.DoesNotContain("TechWire Daily", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1", a.Text, StringComparison.Ordinal);
        Assert.Contains("infrastructure", a.Body, StringComparison.Ordinal);
        Assert.Contains("cloud-native", a.Body, StringComparison.Ordinal);
        Assert.Contains("large-scale", a.Body, StringComparison.Ordinal);

        Assert.Contains(a.EntitySummary, e => e is { Name: "Ruth Suehle", Type: EntityType.Person });
        var asf = Assert.Single(a.EntitySummary, e => e.Name == "Apache Software Foundation");
        Assert.Contains("ASF", asf.Aliases);
        Assert.Contains(a.Entities, m => m is { Type: EntityType.Money, Value: 1500000m, Currency: "USD" });
        Assert.DoesNotContain(a.Entities, m => m.Text.StartsWith("Kuber", StringComparison.Ordinal) && m.Text != "Kubernetes");
    }

    [Fact]
    public void As_written_the_laid_out_seed_keeps_its_headers_and_broken_words()
    {
        // What the repair is for: without it words stay cut and lines are read as sentences.
        var a = AsWritten.Analyze(LaidOut.Value);

        Assert.False(a.TextRepaired);
        Assert.Equal(LaidOut.Value, a.Text);
        Assert.Contains("dona-", a.Body, StringComparison.Ordinal);
        Assert.True(a.Sentences.Count > Clean.Value.Sentences.Count + 5);
    }

    [Fact]
    public void Spans_of_a_repaired_document_index_the_records_text()
    {
        var a = Analyzer.Analyze(LaidOut.Value);
        var record = AnalysisJson.ToRecord(a);

        Assert.Equal(a.Text, record.Text);
        foreach (var s in a.Sentences)
        {
            Assert.InRange(s.Start + s.Length, 0, a.Text.Length);
        }

        foreach (var m in a.Entities)
        {
            Assert.Equal(m.Text, a.Text.Substring(m.Span.Start, m.Span.Length));
        }
    }

    [Theory]
    [InlineData("infra", "structure", true)]
    [InlineData("Kuber", "netes", true)]
    [InlineData("govern", "ment", true)]
    [InlineData("cloud", "native", false)]
    [InlineData("Kubernetes", "driven", false)]
    [InlineData("well", "known", false)]
    public void A_line_end_hyphen_is_joined_or_kept_by_the_news_counts(string left, string right, bool join)
    {
        Assert.Equal(join, PdfLayoutRepair.Decide(left, right, TrueCaser.Default, null, PdfLayoutSettings.Default, out _));
    }

    [Fact]
    public void The_documents_own_occurrences_decide_before_the_news_counts()
    {
        // "co-operation" written so elsewhere in the document keeps the hyphen; written "cooperation", joins.
        var hyphenated = PdfLayoutRepair.CountWords("The co-operation pact. More co-operation followed.");
        var joined = PdfLayoutRepair.CountWords("The cooperation pact. More cooperation followed.");

        Assert.False(PdfLayoutRepair.Decide("co", "operation", TrueCaser.Default, hyphenated, PdfLayoutSettings.Default, out _));
        Assert.True(PdfLayoutRepair.Decide("co", "operation", TrueCaser.Default, joined, PdfLayoutSettings.Default, out _));
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_go_and_a_sentence_cut_by_a_page_break_is_rejoined()
    {
        string page1 = "Daily Record    12 March 2005\n\nCouncil backs new bridge\n\nThe council voted on Tuesday to build a new bridge across the\n"
            + "river, ending a long dispute over the crossing. Work will start in the\nspring and is expected to take two years to com-\n\nPage 1 of 3\n";
        string page2 = "Daily Record    12 March 2005\n\nplete, the council said. Residents welcomed the decision, though some\n"
            + "feared the noise of the building works would last longer than planned.\n\nPage 2 of 3\n";
        string page3 = "Daily Record    12 March 2005\n\nThe cloud-\nnative traffic system will open with the bridge.\n\nPage 3 of 3\n";
        var r = PdfLayoutRepair.Repair(page1 + "\f" + page2 + "\f" + page3);

        Assert.NotNull(r);
        Assert.Equal(3, r.Pages);
        Assert.Equal(6, r.BoilerplateLines);
        Assert.DoesNotContain("Daily Record", r.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page", r.Text, StringComparison.Ordinal);
        Assert.Contains("expected to take two years to complete, the council said.", r.Text, StringComparison.Ordinal);
        Assert.Contains("The cloud-native traffic system", r.Text, StringComparison.Ordinal);
        Assert.StartsWith("Council backs new bridge\n\nThe council voted", r.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_hard_wrapped_text_is_left_alone()
    {
        // Wrapped as mail clients and Python's textwrap wrap: lines break after a compound's own hyphen.
        string wrapped = string.Join("\n\n", SeedArticle.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => WrapAtHyphens(p, 60)));
        Assert.Contains("-\n", wrapped, StringComparison.Ordinal);

        Assert.Null(PdfLayoutRepair.Repair(wrapped));
        var a = Analyzer.Analyze(wrapped);
        Assert.False(a.TextRepaired);
        Assert.Equal(wrapped, a.Text);
        Assert.Null(AnalysisJson.ToRecord(a).Text);
    }

    [Fact]
    public void Text_with_no_form_feed_and_no_line_end_hyphen_takes_the_fast_path()
    {
        Assert.False(PdfLayoutRepair.MayBeLaidOut(SeedArticle.Text));
        Assert.Null(PdfLayoutRepair.Repair(SeedArticle.Text));
        Assert.True(PdfLayoutRepair.MayBeLaidOut("a page\fanother"));
        Assert.True(PdfLayoutRepair.MayBeLaidOut("infra-\nstructure"));
        Assert.False(PdfLayoutRepair.MayBeLaidOut("a dash -\nthen"));
    }

    [Theory]
    [InlineData("Page 3", 3, true)]
    [InlineData("- 3 -", 3, true)]
    [InlineData("3", 3, true)]
    [InlineData("Page 3 of 12", 3, true)]
    [InlineData("file:///tmp/article.html 3/12", 3, true)]
    [InlineData("The Morning Herald                      Page 3", 3, true)]
    [InlineData("Page 4 of 12", 3, false)]
    [InlineData("He scored 3.", 3, false)]
    [InlineData("Three men were arrested", 3, false)]
    public void A_page_number_line_carries_the_pages_own_number(string line, int page, bool expected)
    {
        Assert.Equal(expected, PdfLayoutRepair.IsPageNumber(line, page));
    }

    private static string WrapAtHyphens(string paragraph, int width)
    {
        var lines = new List<string>();
        string current = "";
        foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = word;
            if (current.Length > 0 && current.Length + 1 + w.Length > width)
            {
                int h = w.IndexOf('-', StringComparison.Ordinal);
                if (h > 0 && h < w.Length - 1 && current.Length + 1 + h + 1 <= width)
                {
                    current += " " + w[..(h + 1)];
                    w = w[(h + 1)..];
                }

                lines.Add(current);
                current = w;
            }
            else
            {
                current = current.Length == 0 ? w : current + " " + w;
            }
        }

        lines.Add(current);
        return string.Join("\n", lines);
    }
}
