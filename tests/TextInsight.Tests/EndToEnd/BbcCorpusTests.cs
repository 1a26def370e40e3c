using System.Text;
using System.Text.Json;
using TextInsight.Cli.Input;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

/// <summary>The Foundation acceptance checks over the 1,780 BBC development articles in ../shared/data/bbc.</summary>
public class BbcCorpusTests
{
    private static string Articles => Path.Combine(RepoPaths.SharedData, "bbc", "articles");

    [SharedDataFact]
    public async Task The_bbc_folder_gives_1780_records_with_relative_sources_and_valid_offsets()
    {
        var run = await CliRunner.RunAsync("analyze", Articles, "--format", "jsonl", "--parallel", "2");
        var records = run.Records;
        Assert.Equal(1780, records.Count);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("business/001.txt", records[0].Source);
        Assert.Equal(records.Count, records.Select(r => r.Source).Distinct().Count());
        foreach (var record in records)
        {
            // A repaired article (19 carry HTML references such as communiqu&#233;) carries the text its spans index.
            string text = ReadDecoded(Path.Combine(Articles, record.Source));
            Assert.True(record.Text is null || record.Warnings.Any(w => w.StartsWith("decoded ", StringComparison.Ordinal)), record.Source);
            SpanInvariants.Check(record, record.Text ?? text);
        }

        Assert.Equal(19, records.Count(r => r.Text is not null));

        var latin1 = records.Single(r => r.Source == "sport/199.txt");
        Assert.Equal(["decoded as windows-1252"], latin1.Warnings);
        Assert.Contains("£", latin1.Body);
    }

    [SharedDataFact]
    public async Task Csv_and_json_lines_of_the_same_articles_give_the_same_analyses_keyed_by_id()
    {
        using var dir = new TempFolder();
        var files = Directory.EnumerateFiles(Articles, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Articles, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var csv = new StringBuilder("doc_id,category,article\n");
        var jsonl = new StringBuilder();
        foreach (string file in files)
        {
            string text = ReadDecoded(Path.Combine(Articles, file));
            csv.Append(file).Append(',').Append(file.Split('/')[0]).Append(",\"").Append(text.Replace("\"", "\"\"")).Append("\"\n");
            jsonl.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["key"] = file, ["content"] = text })).Append('\n');
        }

        string csvPath = dir.File("articles.csv", csv.ToString());
        string jsonlPath = dir.File("articles.jsonl", jsonl.ToString());

        var fromFolder = (await CliRunner.RunAsync("analyze", Articles)).Records;
        var fromCsv = (await CliRunner.RunAsync("analyze", csvPath, "--text-column", "article", "--id-column", "doc_id")).Records;
        var fromJsonl = (await CliRunner.RunAsync("analyze", jsonlPath, "--text-column", "content", "--id-column", "key")).Records;

        Assert.Equal(fromFolder.Count, fromCsv.Count);
        Assert.Equal(fromFolder.Count, fromJsonl.Count);
        for (int i = 0; i < fromFolder.Count; i++)
        {
            string expected = Comparable(fromFolder[i]);
            Assert.Equal(fromFolder[i].Source, fromCsv[i].Source);
            Assert.Equal(fromFolder[i].Source, fromJsonl[i].Source);
            Assert.Equal(expected, Comparable(fromCsv[i]));
            Assert.Equal(expected, Comparable(fromJsonl[i]));
        }
    }

    /// <summary>The record without what legitimately differs between input kinds (the decoding warning of a file).</summary>
    private static string Comparable(AnalysisRecord record)
    {
        record.Warnings = [];
        return AnalysisJson.Serialize(record);
    }

    private static string ReadDecoded(string path) =>
        TextDecoder.Decode(path, File.ReadAllBytes(path)).Content ?? throw new InvalidOperationException(path);
}
