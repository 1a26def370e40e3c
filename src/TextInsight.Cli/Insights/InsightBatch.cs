using System.Globalization;
using TextInsight.Serialization;
using TextInsight.Text;

namespace TextInsight.Cli.Insights;

/// <summary>
/// The rows of a batch of records, per table, in the column order of <see cref="InsightSchema"/>. A source seen twice in
/// one batch keeps only its last record, as a later run would replace it.
/// </summary>
internal sealed class InsightBatch
{
    private readonly Dictionary<string, AnalysisRecord> _records = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Count => _records.Count;

    /// <summary>The sources of the batch, in the order they were first added.</summary>
    public IReadOnlyList<string> Sources => _order;

    public void Add(AnalysisRecord record)
    {
        if (!_records.ContainsKey(record.Source))
        {
            _order.Add(record.Source);
        }

        _records[record.Source] = record;
    }

    public void Clear()
    {
        _records.Clear();
        _order.Clear();
    }

    /// <summary>The rows of every table, in <see cref="InsightSchema.Tables"/> order.</summary>
    public IReadOnlyList<List<object?[]>> ToRows(DateTime analyzedAt)
    {
        var tables = InsightSchema.Tables;
        var rows = new List<object?[]>[tables.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = [];
        }

        foreach (string source in _order)
        {
            AddRows(_records[source], analyzedAt, rows);
        }

        return rows;
    }

    private static void AddRows(AnalysisRecord r, DateTime analyzedAt, List<object?[]>[] rows)
    {
        string s = r.Source;
        var top = r.Topics is { Count: > 0 } t ? t[0] : null;
        rows[0].Add(
        [
            s,
            r.Title,
            ParseDate(r.Published),
            r.Byline,
            top?.Label,
            top?.Score,
            r.Error is null ? r.Summary?.Text : null,
            r.Body is null ? null : WordCount(r.Body),
            r.Sentences?.Count,
            r.Entities?.Count,
            r.Warnings.Count == 0 ? null : string.Join("; ", r.Warnings),
            r.Error?.Code,
            r.Error?.Message,
            analyzedAt,
            Language(r),
        ]);

        int i = 0;
        foreach (var section in r.Sections ?? [])
        {
            rows[1].Add([s, i++, section.Heading, section.Start, section.End, section.Paragraphs.Count]);
        }

        i = 0;
        foreach (var sentence in r.Sentences ?? [])
        {
            rows[2].Add([s, i++, sentence.Start, sentence.End, sentence.Text]);
        }

        i = 0;
        foreach (var e in r.Entities ?? [])
        {
            rows[3].Add([s, i++, e.Type, e.Text, e.Value is { } v ? (double)v : null, e.Currency, e.Iso, e.Zone, e.Start, e.End, e.Confidence, e.EntityId, e.CurrencyAssumed]);
        }

        var names = new Dictionary<int, string>();
        foreach (var e in r.EntitySummary ?? [])
        {
            names[e.Id] = e.Name;
        }

        foreach (var e in r.EntitySummary ?? [])
        {
            string? roles = e.Roles is { Count: > 0 }
                ? string.Join("; ", e.Roles.Select(role => role.Of is { } of && names.TryGetValue(of, out var org) ? role.Title + " of " + org : role.Title))
                : null;
            rows[4].Add([s, e.Id, e.CorpusId, e.Name, e.Type, e.Aliases.Count == 0 ? null : string.Join("; ", e.Aliases), e.Mentions, e.Salience, roles, e.Title]);
        }

        i = 1;
        foreach (var topic in r.Topics ?? [])
        {
            rows[5].Add([s, i++, topic.Label, topic.Score]);
        }

        i = 1;
        foreach (var k in r.Keyphrases ?? [])
        {
            rows[6].Add([s, i++, k.Text, k.Score]);
        }
    }

    /// <summary>
    /// The documents table's language: the record's (a body that is not English), else <c>en</c>, which is what a
    /// record without one says (English, or too short to tell); NULL for a failed document, which was not read. Never
    /// NULL for a document analyzed, so that NULL means "not recorded" in rows written before schema version 3.
    /// </summary>
    public static string? Language(AnalysisRecord r) => r.Error is not null ? null : r.Language ?? EnglishTag;

    /// <summary>The language of a document whose record has none: English, or too short to tell.</summary>
    public const string EnglishTag = "en";

    private static DateOnly? ParseDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int WordCount(string body)
    {
        int count = 0;
        foreach (var token in Tokenizer.Tokenize(body))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                count++;
            }
        }

        return count;
    }
}
