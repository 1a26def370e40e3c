using System.IO.Compression;
using System.Net;
using System.Text;
using TextInsight.Cli.Input;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>
/// News feeds as input (RSS 2.0, RSS 1.0 / RDF, Atom): one document per item with the feed's title, date and fullest
/// body; one error record for what cannot be read, never a crash or a silently lost item.
/// </summary>
public class FeedInputTests
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "Cli", "Fixtures", "Feeds");

    private static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static IEnumerable<string?> Dates(AnalysisRecord r) => r.Entities!.Where(e => e.Type == "Date").Select(e => e.Iso);

    private static async Task<CliResult> AnalyzeAsync(params string[] inputs) =>
        await CliRunner.RunAsync([.. new[] { "analyze" }, .. inputs, "--no-progress", "--parallel", "2"]);

    [Theory]
    [InlineData("wordpress.rss", true)]
    [InlineData("wordpress.rss", false)]
    [InlineData("blogger.atom", false)]
    [InlineData("rdf.xml", false)]
    public void A_feed_file_is_a_feed_input_by_its_extension(string name, bool gz)
    {
        var (kind, compressed, inner) = InputFile.Classify(gz ? name + ".gz" : name);
        Assert.Equal(InputKind.Feed, kind);
        Assert.Equal(gz, compressed);
        Assert.Equal(name, inner);
    }

    [Fact]
    public async Task Rss_items_take_title_date_and_the_fullest_body_and_an_item_without_either_is_one_error()
    {
        var run = await AnalyzeAsync(Fixture("wordpress.rss"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["wordpress.rss#1", "wordpress.rss#2", "wordpress.rss#3", "wordpress.rss#4"], run.Records.Select(r => r.Source.Replace(Fixtures.Replace('\\', '/') + "/", string.Empty, StringComparison.Ordinal)));

        // content:encoded over description; the &amp;#8217; of the title decoded; media: elements are not the body.
        var yard = run.Records[0];
        Assert.Null(yard.Error);
        Assert.Equal("Harbour Works opens a yard in Dunmore’s old dock", yard.Title);
        Assert.Equal("2020-03-05", yard.Published);
        Assert.Contains("signed the lease with the Dunmore Port Authority yesterday", yard.Body, StringComparison.Ordinal);
        Assert.Contains("Plans for the dock were first published in February.", yard.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("[…]", yard.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("photograph", yard.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", yard.Text, StringComparison.Ordinal);
        Assert.Contains(yard.EntitySummary!, e => e.Name == "Ines Varga" && e.Type == "Person");
        Assert.Contains(yard.Entities!, e => e.Type == "Money" && e.Value == 1_200_000m && e.Currency == "GBP");

        // Relative dates resolve against the item's date (5 March 2020 was a Thursday).
        Assert.Contains("2020-03-03", Dates(yard));
        Assert.Contains("2020-03-04", Dates(yard));
        Assert.DoesNotContain(yard.Warnings, w => w.Contains("only the", StringComparison.Ordinal));

        // A named zone, no seconds and a day name that disagrees with the date (4 March 2020 was a Wednesday).
        var ferry = run.Records[1];
        Assert.Equal("2020-03-04", ferry.Published);
        Assert.Equal("only the item's <description> was available (no <content:encoded>); it was analyzed as the body", Assert.Single(ferry.Warnings));

        // An escaped HTML description takes the HTML path; an item without a date has none and no warning about it.
        var letters = run.Records[2];
        Assert.Null(letters.Published);
        Assert.Equal(2, letters.Sections!.Sum(s => s.Paragraphs.Count));
        Assert.DoesNotContain("<p>", letters.Text, StringComparison.Ordinal);
        Assert.Contains(letters.EntitySummary!, e => e.Name == "Margaret Hale");

        var empty = run.Records[3];
        Assert.Equal(ErrorCodes.EmptyDocument, empty.Error!.Code);
        Assert.Contains("item 4 of", empty.Error.Message, StringComparison.Ordinal);
        Assert.Contains("wordpress.rss has neither a title nor a body", empty.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_entries_read_xhtml_html_and_text_content_and_fall_back_to_the_summary()
    {
        var run = await AnalyzeAsync(Fixture("blogger.atom"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, run.Records.Count);
        Assert.All(run.Records, r => Assert.Null(r.Error));

        // xhtml: a namespaced div of elements, the title's markup (type="html") left out, the date as written there.
        var signals = run.Records[0];
        Assert.Equal("Signalling upgrade delayed again", signals.Title);
        Assert.Equal("2021-06-13", signals.Published);
        Assert.Equal(3, signals.Sections!.Sum(s => s.Paragraphs.Count));
        Assert.Contains("Last month’s post set out the plan.", signals.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", signals.Text, StringComparison.Ordinal);
        Assert.Contains(signals.EntitySummary!, e => e.Name == "Network Rail");

        // html content; no published, so updated.
        Assert.Equal("2021-06-10", run.Records[1].Published);
        Assert.Equal("New trains for the Hull line", run.Records[1].Title);
        Assert.Contains("The trains were built in Derby.", run.Records[1].Body, StringComparison.Ordinal);

        // text content is plain text: its blank line is a paragraph break.
        Assert.Equal(2, run.Records[2].Sections!.Sum(s => s.Paragraphs.Count));
        Assert.Equal("2021-06-08", run.Records[2].Published);

        // content by reference (src=) is not readable here: the summary, said so.
        var consultation = run.Records[3];
        Assert.Contains("consultation on its December timetable", consultation.Body, StringComparison.Ordinal);
        Assert.Equal("only the entry's <summary> was available (no <content>); it was analyzed as the body", Assert.Single(consultation.Warnings));
    }

    [Fact]
    public async Task Rss_1_0_items_take_dc_date_and_content_encoded()
    {
        var run = await AnalyzeAsync(Fixture("rdf.xml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Records.Count);
        Assert.Equal("2019-09-14", run.Records[0].Published);
        Assert.Equal("Mill reopens as a museum", run.Records[0].Title);
        Assert.Equal("2019-09-12", run.Records[1].Published);
        Assert.Contains("Drivers will be sent through Ashby.", run.Records[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_article_as_an_rss_item_comes_out_with_its_title_entities_and_date()
    {
        using var dir = new TempFolder();
        string[] lines = SeedArticle.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var html = new StringBuilder();
        foreach (string line in lines.Skip(1).Where(l => l.Trim().Length > 0))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line.Trim())).Append("</p>\n");
        }

        string feed = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>TFiR</title><link>https://tfir.example/</link><description>News</description>
            <item>
              <title>{WebUtility.HtmlEncode(lines[0].Trim())}</title>
              <link>https://tfir.example/anthropic-backs-apache/</link>
              <dc:creator><![CDATA[TFiR Staff]]></dc:creator>
              <pubDate>Wed, 07 Jan 2026 14:05:00 +0000</pubDate>
              <content:encoded><![CDATA[{html}]]></content:encoded>
            </item>
            </channel></rss>
            """;
        var run = await AnalyzeAsync(dir.File("seed.rss", feed));

        var seed = Assert.Single(run.Records);
        Assert.Null(seed.Error);
        Assert.Equal("Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure", seed.Title);
        Assert.Equal("2026-01-07", seed.Published);
        var suehle = Assert.Single(seed.EntitySummary!, e => e.Name == "Ruth Suehle");
        Assert.Equal("Person", suehle.Type);
        var asf = Assert.Single(seed.EntitySummary!, e => e.Name == "Apache Software Foundation");
        Assert.Equal("Organization", asf.Type);
        Assert.Contains("ASF", asf.Aliases);
        var money = seed.Entities!.Where(e => e.Type == "Money").ToList();
        Assert.Contains(money, m => m.Text == "$1.5M" && m.Zone == "title" && m.Value == 1_500_000m && m.Currency == "USD");
        Assert.Contains(money, m => m.Text == "$1.5 million" && m.Zone == "body" && m.Value == 1_500_000m && m.Currency == "USD");
    }

    [Fact]
    public async Task Offsets_index_the_records_text()
    {
        var run = await AnalyzeAsync(Fixture("wordpress.rss"), Fixture("blogger.atom"), Fixture("rdf.xml"));

        var analyzed = run.Records.Where(r => r.Error is null).ToList();
        Assert.Equal(9, analyzed.Count);
        Assert.All(analyzed, r =>
        {
            Assert.NotNull(r.Text);
            Assert.Equal(r.Title, r.Text![r.TitleSpan!.Start..r.TitleSpan.End]);
            Assert.All(r.Sentences!, s => Assert.Equal(s.Text, r.Text[s.Start..s.End]));
            Assert.All(r.Entities!, e => Assert.Equal(e.Text, r.Text[e.Start..e.End]));
        });
    }

    [Fact]
    public async Task Malformed_xml_part_way_keeps_the_items_before_and_counts_what_was_not_read()
    {
        using var dir = new TempFolder();
        string feed = dir.File("broken.rss", """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>T</title>
            <item><title>First story about Leeds</title><description>The council in Leeds met on Monday to discuss the budget.</description></item>
            <item><title>Second story about York</title><description>York Minster will reopen in May, its dean said.</description></item>
            <item><title>Fish & chips</title><description>A shop in Whitby won a prize.</description></item>
            <item><title>Fourth</title><description>Text four.</description></item>
            <item><title>Fifth</title><description>Text five.</description></item>
            </channel></rss>
            """);
        var run = await AnalyzeAsync(feed);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Records.Count);
        Assert.Null(run.Records[0].Error);
        Assert.Null(run.Records[1].Error);
        var fault = run.Records[2];
        Assert.EndsWith("broken.rss#3", fault.Source, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.XmlMalformed, fault.Error!.Code);
        Assert.Contains("line 5, position 20", fault.Error.Message, StringComparison.Ordinal);
        Assert.Contains("the 2 items before it were read, item 3, which it is in, and 2 more <item> tags after it were not", fault.Error.Message, StringComparison.Ordinal);
        Assert.Contains("unescaped &", fault.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_cannot_be_read_is_a_warning_and_the_next_date_element_or_the_text_gives_the_date()
    {
        using var dir = new TempFolder();
        string feed = dir.File("dates.rss", """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <item><title>Bad</title><pubDate>someday soon</pubDate><description>The council in Leeds met on Monday.</description></item>
            <item><title>Fallback</title><pubDate>n/a</pubDate><dc:date>2020-03-05T09:00:00Z</dc:date><description>The council in Leeds met on Monday.</description></item>
            </channel></rss>
            """);

        var run = await AnalyzeAsync(feed);

        Assert.Equal(0, run.ExitCode);
        Assert.Null(run.Records[0].Published);
        Assert.Contains(
            "feed date <pubDate> 'someday soon' could not be read as a date (RSS writes RFC 822, as Thu, 05 Mar 2020 10:31:00 GMT; dc:date and Atom ISO 8601); the date was read from the text",
            run.Records[0].Warnings);
        Assert.NotEmpty(run.Records[0].Sentences!);
        Assert.Equal("2020-03-05", run.Records[1].Published);
        Assert.DoesNotContain(run.Records[1].Warnings, w => w.StartsWith("feed date", StringComparison.Ordinal));
        Assert.Contains("2020-03-02", Dates(run.Records[1]));
    }

    /// <summary>
    /// Hugo writes <c>Mon, 01 Jan 0001 00:00:00 +0000</c> as the date of a page without one, and Go's zero time reaches
    /// Atom's <c>published</c>: a placeholder, which gives way to the next date element (or the text) as a date that
    /// cannot be read does, so that a weekday to come resolves against the item's real date and no record is dated year 1.
    /// </summary>
    [Fact]
    public async Task A_placeholder_date_gives_way_to_the_next_date_element_or_the_text()
    {
        using var dir = new TempFolder();
        string rss = dir.File("hugo.xml", """
            <?xml version="1.0" encoding="utf-8" standalone="yes"?>
            <rss version="2.0"><channel><title>Blog</title>
            <item><title>About</title><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate><description>Port workers will meet union leaders in Leeds on Tuesday.</description></item>
            </channel></rss>
            """);
        string atom = dir.File("go.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
            <entry><title>Talks</title><published>0001-01-01T00:00:00Z</published><updated>2020-03-05T09:00:00Z</updated><content type="text">Port workers will meet union leaders in Leeds on Tuesday.</content></entry>
            </feed>
            """);

        var run = await AnalyzeAsync(rss, atom);

        Assert.Equal(0, run.ExitCode);
        var hugo = run.Records[0];
        Assert.Null(hugo.Published);
        Assert.Contains(hugo.Warnings, w => w.StartsWith("feed date <pubDate> 'Mon, 01 Jan 0001 00:00:00 +0000' could not be read as a date (a date before 1800 is a placeholder", StringComparison.Ordinal));
        Assert.Empty(Dates(hugo));

        // 5 March 2020 was a Thursday: the Tuesday to come is 10 March.
        var go = run.Records[1];
        Assert.Equal("2020-03-05", go.Published);
        Assert.Contains("2020-03-10", Dates(go));
        Assert.DoesNotContain(go.Warnings, w => w.StartsWith("feed date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_control_character_pasted_into_an_item_does_not_end_the_feed()
    {
        using var dir = new TempFolder();
        string feed = dir.File("pasted.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
            + "<item><title>Pasted</title><description>The council in Leeds\u000c met on Monday.\u0007</description></item>\n"
            + "<item><title>After</title><description>York Minster will reopen in May, its dean said.</description></item>\n"
            + "</channel></rss>\n");

        var run = await AnalyzeAsync(feed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Records.Count);
        Assert.Contains("The council in Leeds  met on Monday.", run.Records[0].Body, StringComparison.Ordinal);
        Assert.Equal("After", run.Records[1].Title);
    }

    [Fact]
    public async Task Entity_expansion_and_external_entities_are_never_processed()
    {
        using var dir = new TempFolder();
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol0 \"lollollollollollollollollollol\">\n");
        for (int i = 1; i <= 9; i++)
        {
            laughs.Append(" <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))).Append("\">\n");
        }

        laughs.Append("]>\n<rss version=\"2.0\"><channel><item><title>Laughs</title><description>&lol9;</description></item></channel></rss>\n");
        string bomb = dir.File("laughs.xml", laughs.ToString());
        string secret = dir.File("secret.txt", "TOP-SECRET-CONTENT");
        string xxe = dir.File("xxe.rss", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret.Replace('\\', '/')}"> ]>
            <rss version="2.0"><channel>
            <item><title>Safe item</title><description>The council in Leeds met on Monday.</description></item>
            <item><title>XXE</title><description>&xxe;</description></item>
            </channel></rss>
            """);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await AnalyzeAsync(bomb, xxe);

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60));
        Assert.Equal(3, run.Records.Count);
        Assert.Equal(ErrorCodes.XmlMalformed, run.Records[0].Error!.Code);
        Assert.Contains("undeclared entity 'lol9'", run.Records[0].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("never expanded", run.Records[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("Safe item", run.Records[1].Title);
        Assert.Equal(ErrorCodes.XmlMalformed, run.Records[2].Error!.Code);
        Assert.DoesNotContain("TOP-SECRET", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xml_that_is_not_a_feed_is_one_error_when_named_and_skipped_and_counted_inside_a_folder()
    {
        using var dir = new TempFolder();
        const string sitemap = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/</loc></url></urlset>";
        string named = dir.File("sitemap.xml", sitemap);
        dir.File("folder/sitemap.xml", sitemap);
        dir.File("folder/odd.rss", sitemap);
        dir.File("folder/story.txt", "Ferry fares rise\n\nThe Dunmore ferry will cost more from May, Bayline said.");

        var one = await AnalyzeAsync(named);
        var error = Assert.Single(one.Records).Error!;
        Assert.Equal(ErrorCodes.UnsupportedFormat, error.Code);
        Assert.Contains("the root element is <urlset>", error.Message, StringComparison.Ordinal);

        var folder = await AnalyzeAsync(dir.Combine("folder"));
        Assert.Equal(["odd.rss", "story.txt"], folder.Records.Select(r => r.Source));
        Assert.Equal(ErrorCodes.UnsupportedFormat, folder.Records[0].Error!.Code);
        Assert.Null(folder.Records[1].Error);
        Assert.Contains("skipped 1 files of unsupported kinds inside input folders (1 of them .xml files that are not news feeds)", folder.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A folder of sitemaps (every file an <c>.xml</c> that is not a feed) gave no record and exit code 0, as if it had
    /// been analyzed, where a folder without a supported file is a <c>no_documents</c> record; a folder of feeds and
    /// sitemaps, or of sitemaps in a subfolder beside articles, reads as before.
    /// </summary>
    [Fact]
    public async Task A_folder_of_xml_files_that_are_not_feeds_is_one_no_documents_record()
    {
        using var dir = new TempFolder();
        const string sitemap = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/</loc></url></urlset>";
        dir.File("maps/a/sitemap.xml", sitemap);
        dir.File("maps/news.xml", sitemap);
        dir.File("mixed/maps/sitemap.xml", sitemap);
        dir.File("mixed/story.txt", "Ferry fares rise\n\nThe Dunmore ferry will cost more from May, Bayline said.");
        dir.File("feeds/rdf.xml", File.ReadAllBytes(Fixture("rdf.xml")));
        dir.File("feeds/sitemap.xml", sitemap);

        var maps = await AnalyzeAsync(dir.Combine("maps"));

        Assert.Equal(1, maps.ExitCode);
        var error = Assert.Single(maps.Records);
        Assert.Equal(ErrorCodes.NoDocuments, error.Error!.Code);
        Assert.EndsWith("maps", error.Source, StringComparison.Ordinal);
        Assert.Contains("its 2 files are .xml files that are not a news feed", error.Error.Message, StringComparison.Ordinal);
        Assert.Contains("(2 of them .xml files that are not news feeds)", maps.Error, StringComparison.Ordinal);

        var mixed = await AnalyzeAsync(dir.Combine("mixed"));
        Assert.Equal(0, mixed.ExitCode);
        Assert.Equal(["story.txt"], mixed.Records.Select(r => r.Source));

        var feeds = await AnalyzeAsync(dir.Combine("feeds"));
        Assert.Equal(0, feeds.ExitCode);
        Assert.Equal(["rdf.xml#1", "rdf.xml#2"], feeds.Records.Select(r => r.Source));

        var both = await AnalyzeAsync(dir.Combine("feeds"), dir.Combine("maps"));
        Assert.Equal(["rdf.xml#1", "rdf.xml#2", ErrorCodes.NoDocuments], both.Records.Select(r => r.Error?.Code ?? r.Source));
    }

    [Fact]
    public async Task A_feed_without_items_is_one_no_documents_record()
    {
        using var dir = new TempFolder();
        string empty = dir.File("empty.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Nothing yet</title></feed>");

        var run = await AnalyzeAsync(empty);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Records).Error!;
        Assert.Equal(ErrorCodes.NoDocuments, error.Code);
        Assert.Contains("the feed holds no items (no <entry> element)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzipped_feed_reads_as_the_feed_does()
    {
        using var dir = new TempFolder();
        byte[] plain = File.ReadAllBytes(Fixture("wordpress.rss"));
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(plain);
        }

        dir.File("feeds/wordpress.rss", plain);
        dir.File("zipped/wordpress.rss.gz", buffer.ToArray());

        var expected = await AnalyzeAsync(dir.Combine("feeds"));
        var zipped = await AnalyzeAsync(dir.Combine("zipped"));

        Assert.Equal(4, zipped.Records.Count);
        Assert.Equal("wordpress.rss#1", zipped.Records[0].Source);
        Assert.Equal(expected.Output, zipped.Output);
    }

    [Fact]
    public async Task An_item_over_the_size_limit_is_its_own_too_large_record()
    {
        using var dir = new TempFolder();
        string big = string.Concat(Enumerable.Repeat("<p>The Dunmore ferry will run every 40 minutes from 21 March, the operator said.</p>", 40));
        string feed = dir.File("big.rss", $"""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <item><title>Big</title><content:encoded><![CDATA[{big}]]></content:encoded></item>
            <item><title>Small</title><description>The council in Leeds met on Monday.</description></item>
            </channel></rss>
            """);

        var run = await CliRunner.RunAsync("analyze", feed, "--no-progress", "--max-document-mb", "0.002");

        Assert.Equal(2, run.Records.Count);
        Assert.Equal(ErrorCodes.TooLarge, run.Records[0].Error!.Code);
        Assert.Contains("--max-document-mb", run.Records[0].Error!.Message, StringComparison.Ordinal);
        Assert.Null(run.Records[1].Error);
    }

    [Fact]
    public async Task A_column_option_with_only_feeds_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("analyze", Fixture("rdf.xml"), "--text-column", "description", "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--text-column applies to CSV, TSV and JSON Lines inputs", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Records);
    }

    [Fact]
    public async Task Feed_items_are_rows_of_the_csv_output_like_any_document()
    {
        using var dir = new TempFolder();
        dir.File("feeds/rdf.xml", File.ReadAllBytes(Fixture("rdf.xml")));

        var run = await CliRunner.RunAsync("analyze", dir.Combine("feeds"), "--no-progress", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("rdf.xml#1,", lines[1], StringComparison.Ordinal);
        Assert.Contains("2019-09-14", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("rdf.xml#2,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_continues_after_the_items_already_written()
    {
        using var dir = new TempFolder();
        string output = dir.Combine("out.jsonl");
        var full = await CliRunner.RunAsync("analyze", Fixture("blogger.atom"), "--no-progress", "--output", output);
        Assert.Equal(0, full.ExitCode);
        string[] lines = File.ReadAllLines(output);
        File.WriteAllLines(output, lines.Take(2));

        var resumed = await CliRunner.RunAsync("analyze", Fixture("blogger.atom"), "--no-progress", "--output", output, "--resume");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resuming after the 2 records", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(lines.Length, File.ReadAllLines(output).Length);
    }
}
