using System.CommandLine;
using System.Data.Common;
using System.Text;
using TextInsight.Cli.Insights;
using TextInsight.Cli.Output;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight report results.duckdb --out report.html</c>: one self-contained HTML page of charts and documents.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var database = new Argument<string>("database") { Description = "A DuckDB file written by 'analyze --output x.duckdb', or a folder written by '--output x.parquet'." };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write.", Required = true };
        var command = new Command("report", "Write a self-contained HTML report (topics, top entities, money by organization, documents over time, a filterable table of documents) from the insight tables.");
        command.Arguments.Add(database);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(database)!;
            string outPath = parse.GetValue(output)!;
            string html;
            try
            {
                using var connection = InsightStore.OpenForReading(path);
                html = HtmlReport.Generate(connection, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), DateTime.UtcNow);
            }
            catch (OutputException ex)
            {
                await console.Error.WriteLineAsync("textinsight report: " + ex.Message).ConfigureAwait(false);
                return Program.UsageError;
            }
            catch (DbException ex)
            {
                await console.Error.WriteLineAsync($"textinsight report: {path} does not hold readable insight tables: {ex.Message}").ConfigureAwait(false);
                return Program.UsageError;
            }

            try
            {
                await File.WriteAllTextAsync(outPath, html, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"textinsight report: cannot write {outPath}: {ex.Message}").ConfigureAwait(false);
                return Program.UsageError;
            }

            await console.Error.WriteLineAsync($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)").ConfigureAwait(false);
            return Program.Success;
        });
        return command;
    }
}
