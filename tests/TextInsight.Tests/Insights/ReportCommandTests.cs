using System.Text.Json.Nodes;
using TextInsight.Cli.Insights;
using TextInsight.Tests.Support;
using Xunit.Abstractions;

namespace TextInsight.Tests.Insights;

[Collection(InsightsCorpusGroup.Name)]
public class ReportCommandTests(InsightsCorpusFixture corpus, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task The_report_has_every_chart_and_one_table_row_per_document()
    {
        string html = await ReportAsync(corpus.Database, "report.html");
        foreach (string chart in HtmlReport.ChartNames)
        {
            Assert.Contains($"data-chart=\"{chart}\"", html);
        }

        Assert.Equal(corpus.Records.Count, CountOf(html, "<tr data-topic="));
        Assert.DoesNotContain("data-chart-empty", html);
    }

    [Fact]
    public async Task The_report_fetches_nothing()
    {
        string html = await ReportAsync(corpus.Database, "report.html");
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=\"http", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public async Task Text_from_the_data_is_html_encoded()
    {
        using var dir = new TempFolder();
        dir.File("in/<b>odd</b>.txt", "Shares <script>alert(1)</script> & bonds rise\n\nInvestors in London bought shares & bonds on Monday, said Acme Bank.\n");
        string db = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", db)).ExitCode);
        string html = await ReportAsync(db, dir.Combine("r.html"));
        Assert.Contains("Shares &lt;script&gt;alert(1)&lt;/script&gt; &amp; bonds rise", html);
        Assert.Contains("&lt;b&gt;odd&lt;/b&gt;.txt", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task The_years_mentioned_chart_counts_a_period_under_its_year_and_leaves_decades_out()
    {
        // No document states its date, so the timeline counts the years the documents mention. "The 1990s" names no
        // one year: counted under 1990 it would show two documents about 1990 and stretch the axis over 30 years.
        using var dir = new TempFolder();
        dir.File("in/a.txt", "Shares in Acme Bank rise\n\nShares in Acme Bank rose in the first quarter of 2019, the best run since the 1990s, analysts in London said.\n");
        dir.File("in/b.txt", "Acme Bank hires staff\n\nAcme Bank, which grew fast in the 1990s, hired 200 staff in London in 2019, its chief executive said.\n");
        dir.File("in/c.txt", "Acme Bank opens branch\n\nAcme Bank opened a branch in Leeds in the 2019/20 financial year, its chief executive said.\n");
        string db = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", db)).ExitCode);
        string html = await ReportAsync(db, dir.Combine("r.html"));
        Assert.Contains("<title>2019: 3</title>", html);
        Assert.DoesNotContain("<title>1990:", html);
        Assert.Contains("decades (the 1990s) are not counted", html);
    }

    [Fact]
    public async Task The_report_of_the_parquet_folder_equals_the_report_of_the_database_but_for_its_header()
    {
        string fromDb = await ReportAsync(corpus.Database, "db.html");
        string fromParquet = await ReportAsync(corpus.Parquet, "parquet.html");
        Assert.Equal(AfterHeader(fromDb), AfterHeader(fromParquet));
    }

    [BrowserFact]
    public async Task The_report_renders_in_headless_Chromium_with_its_charts_and_no_console_error()
    {
        string path = Path.Combine(corpus.Folder, "browser-report.html");
        await ReportAsync(corpus.Database, path);
        var browser = await chromium.GetAsync();
        await browser.NavigateAsync(new Uri(path));

        var charts = (await browser.EvaluateAsync("""
            Array.from(document.querySelectorAll('svg.chart')).map(s => ({
              name: s.dataset.chart,
              bars: s.querySelectorAll('rect.bar').length,
              width: s.getBoundingClientRect().width }))
            """))!.AsArray();
        byte[] png = await browser.ScreenshotAsync();
        string screenshot = Path.Combine(Environment.GetEnvironmentVariable("TEXTINSIGHT_SCREENSHOT_DIR") is { Length: > 0 } d ? d : AppContext.BaseDirectory, "report-screenshot.png");
        await File.WriteAllBytesAsync(screenshot, png);
        output.WriteLine("screenshot: " + screenshot);

        Assert.Equal(HtmlReport.ChartNames, charts.Select(c => (string)c!["name"]!));
        Assert.All(charts, c => Assert.True((int)c!["bars"]! > 0 && (double)c["width"]! > 100, c.ToJsonString()));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task The_topic_filter_shows_only_that_topics_documents_in_headless_Chromium()
    {
        string path = Path.Combine(corpus.Folder, "filter-report.html");
        await ReportAsync(corpus.Database, path);
        var browser = await chromium.GetAsync();
        await browser.NavigateAsync(new Uri(path));
        var shown = await browser.EvaluateAsync("""
            (() => {
              const select = document.getElementById('topic-filter');
              select.value = 'sport';
              select.dispatchEvent(new Event('change'));
              return [document.querySelectorAll('#documents-table tbody tr:not([hidden])').length, document.getElementById('shown').textContent];
            })()
            """);
        int sport = corpus.Records.Count(r => r.Topics![0].Label == "sport");
        Assert.True(sport > 0);
        Assert.Equal(sport, (int)shown![0]!);
        Assert.Equal($"{sport} of {corpus.Records.Count} documents", (string)shown[1]!);
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task The_browser_session_reports_console_errors_and_uncaught_exceptions()
    {
        string path = Path.Combine(corpus.Folder, "broken.html");
        await File.WriteAllTextAsync(path, "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body><script>console.error('chart failed'); missingFunction();</script></body></html>");
        var browser = await chromium.GetAsync();
        await browser.NavigateAsync(new Uri(path));
        Assert.Contains(browser.Errors, e => e.StartsWith("console.error: chart failed", StringComparison.Ordinal));
        Assert.Contains(browser.Errors, e => e.StartsWith("exception:", StringComparison.Ordinal) && e.Contains("missingFunction"));
    }

    private async Task<string> ReportAsync(string database, string file)
    {
        string path = Path.IsPathRooted(file) ? file : Path.Combine(corpus.Folder, Guid.NewGuid().ToString("N") + "-" + file);
        var run = await CliRunner.RunAsync("report", database, "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        return await File.ReadAllTextAsync(path);
    }

    private static string AfterHeader(string html) => html[html.IndexOf("</header>", StringComparison.Ordinal)..];

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
