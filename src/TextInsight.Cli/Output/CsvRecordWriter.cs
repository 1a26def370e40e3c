using System.Globalization;
using CsvHelper;
using TextInsight.Serialization;

namespace TextInsight.Cli.Output;

/// <summary>
/// A flat CSV table, one row per document: the fields a spreadsheet user wants (title, metadata, top topic,
/// entity names by type, money, summary, key phrases, error, language). The full detail is in the JSON formats. New
/// columns go last, so that a reader of the earlier columns by position keeps working.
/// </summary>
internal sealed class CsvRecordWriter : RecordWriter
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "source", "title", "byline", "published", "topic", "topic_score", "sections", "paragraphs", "sentences",
        "organizations", "people", "locations", "money", "summary", "keyphrases", "warnings", "error_code", "error_message",
        "language",
    ];

    private readonly CsvWriter _csv;

    public CsvRecordWriter(Stream stream, bool ownsStream)
        : base(stream, ownsStream)
    {
        _csv = CsvWriter.Create(stream, new CsvWriterOptions(), leaveOpen: true);
        _csv.WriteHeader(Columns);
    }

    protected override void WriteRecord(AnalysisRecord r)
    {
        var top = r.Topics is { Count: > 0 } t ? t[0] : null;
        string Names(string type) => r.EntitySummary is null ? string.Empty : string.Join("; ", r.EntitySummary.Where(e => e.Type == type).Select(e => e.Name));
        string money = r.Entities is null ? string.Empty : string.Join("; ", r.Entities
            .Where(e => e.Type == "Money" && e.Zone != "boilerplate")
            .Select(e => FormattableString.Invariant($"{e.Value} {e.Currency}")));
        _csv.WriteRecord(
        [
            r.Source,
            r.Title ?? string.Empty,
            r.Byline ?? string.Empty,
            r.Published ?? string.Empty,
            top?.Label ?? string.Empty,
            top is null ? string.Empty : top.Score.ToString("0.####", CultureInfo.InvariantCulture),
            r.Sections?.Count.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            r.Sections?.Sum(s => s.Paragraphs.Count).ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            r.Sentences?.Count.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Names("Organization"),
            Names("Person"),
            Names("Location"),
            money,
            r.Summary?.Text ?? string.Empty,
            r.Keyphrases is null ? string.Empty : string.Join("; ", r.Keyphrases.Select(k => k.Text)),
            string.Join("; ", r.Warnings),
            r.Error?.Code ?? string.Empty,
            r.Error?.Message ?? string.Empty,
            Insights.InsightBatch.Language(r) ?? string.Empty,
        ]);
    }

    protected override void Flush()
    {
        _csv.Flush();
        base.Flush();
    }

    protected override ValueTask DisposeFormatterAsync() => _csv.DisposeAsync();
}
