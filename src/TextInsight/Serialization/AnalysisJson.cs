using System.Globalization;
using System.Text.Json;
using TextInsight.Entities;

namespace TextInsight.Serialization;

/// <summary>Converts analyses to and from the JSON contract (one <see cref="AnalysisRecord"/> per document).</summary>
public static class AnalysisJson
{
    /// <summary>The record of a batch result: its analysis or its error.</summary>
    public static AnalysisRecord ToRecord(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Analysis is { } analysis)
        {
            var record = ToRecord(analysis, result.Source);
            if (result.Warnings.Count > 0)
            {
                record.Warnings.InsertRange(0, result.Warnings);
            }

            return record;
        }

        var error = result.Error ?? new DocumentError(ErrorCodes.AnalysisFailed, $"{result.Source}: no analysis and no error.");
        return new AnalysisRecord
        {
            Source = result.Source,
            Warnings = [.. result.Warnings],
            Error = new ErrorRecord { Code = error.Code, Message = error.Message },
        };
    }

    /// <summary>The record of an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="source">The source to write; by default <see cref="ArticleAnalysis.Source"/>.</param>
    public static AnalysisRecord ToRecord(ArticleAnalysis analysis, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        string text = analysis.Text;
        var record = new AnalysisRecord
        {
            Source = source ?? analysis.Source ?? string.Empty,
            Title = analysis.Title,
            TitleSpan = analysis.Structure.Title is { } t ? Span(t) : null,
            Byline = analysis.Byline,
            Published = analysis.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Warnings = [.. analysis.Warnings],
            Language = analysis.Language,
            Text = analysis.Format is DocumentFormat.Html or DocumentFormat.Markdown || analysis.TitleGiven || analysis.TextRepaired ? text : null,
            Body = analysis.Body,
            Sections = new List<SectionRecord>(analysis.Sections.Count),
            Boilerplate = new List<BoilerplateRecord>(analysis.Boilerplate.Count),
            Sentences = new List<TextSpanRecord>(analysis.Sentences.Count),
            Entities = new List<EntityRecord>(analysis.Entities.Count),
            EntitySummary = new List<EntitySummaryRecord>(analysis.EntitySummary.Count),
            Topics = new List<TopicRecord>(analysis.Topics.Count),
            Summary = new SummaryRecord { Text = analysis.Summary.Text },
            Keyphrases = new List<KeyphraseRecord>(analysis.Keyphrases.Count),
        };

        foreach (var s in analysis.Sections)
        {
            var section = new SectionRecord { Heading = s.Heading?.GetText(text), Start = s.Span.Start, End = s.Span.End };
            foreach (var p in s.Paragraphs)
            {
                section.Paragraphs.Add(Span(p));
            }

            record.Sections.Add(section);
        }

        foreach (var b in analysis.Boilerplate)
        {
            record.Boilerplate.Add(new BoilerplateRecord
            {
                Start = b.Span.Start,
                End = b.Span.End,
                Text = b.Span.GetText(text),
                Kind = Lower(b.Kind.ToString()),
            });
        }

        foreach (var s in analysis.Sentences)
        {
            record.Sentences.Add(new TextSpanRecord { Start = s.Start, End = s.End, Text = s.GetText(text) });
        }

        foreach (var m in analysis.Entities)
        {
            record.Entities.Add(new EntityRecord
            {
                Text = m.Text,
                Type = m.Type.ToString(),
                Start = m.Span.Start,
                End = m.Span.End,
                Zone = Lower(m.Zone.ToString()),
                Value = m.Value,
                Currency = m.Currency,
                CurrencyAssumed = m.Type == EntityType.Money ? m.CurrencyAssumed : null,
                MinorUnit = m.MinorUnit,
                MinorUnitValue = m.MinorUnitValue is { } minor ? minor / 1.000000000000000000000000000000000m : null,
                Iso = m.Iso,
                Confidence = Math.Round(m.Confidence, 4),
                EntityId = m.EntityId,
            });
        }

        foreach (var e in analysis.EntitySummary)
        {
            var roles = new List<RoleRecord>(e.Roles.Count);
            foreach (var r in e.Roles)
            {
                roles.Add(new RoleRecord { Title = r.Title, Of = r.Of });
            }

            record.EntitySummary.Add(new EntitySummaryRecord
            {
                Id = e.Id,
                Name = e.Name,
                Type = e.Type.ToString(),
                Aliases = [.. e.Aliases],
                Mentions = e.Mentions,
                Salience = Math.Round(e.Salience, 4),
                Roles = roles.Count > 0 ? roles : null,
                Title = e.Title,
            });
        }

        foreach (var topic in analysis.Topics)
        {
            record.Topics.Add(new TopicRecord { Label = topic.Label, Score = Math.Round(topic.Score, 4) });
        }

        foreach (var s in analysis.Summary.Sentences)
        {
            record.Summary.Sentences.Add(Span(s));
        }

        foreach (var k in analysis.Keyphrases)
        {
            record.Keyphrases.Add(new KeyphraseRecord { Text = k.Text, Score = Math.Round(k.Score, 4) });
        }

        return record;
    }

    /// <summary>Serializes a record as one line of JSON (no indentation, no trailing newline).</summary>
    public static string Serialize(AnalysisRecord record) =>
        JsonSerializer.Serialize(record, AnalysisJsonContext.Default.AnalysisRecord);

    /// <summary>Writes a record to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, AnalysisRecord record) =>
        JsonSerializer.Serialize(writer, record, AnalysisJsonContext.Default.AnalysisRecord);

    /// <summary>Reads a record from one line of JSON.</summary>
    /// <exception cref="JsonException">The text is not a record.</exception>
    public static AnalysisRecord Deserialize(string json) =>
        JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.AnalysisRecord)
        ?? throw new JsonException("The JSON is null, not an analysis record.");

    private static SpanRecord Span(TextSpan s) => new() { Start = s.Start, End = s.End };

    private static string Lower(string name) => string.Create(name.Length, name, static (dst, src) =>
    {
        src.AsSpan().CopyTo(dst);
        dst[0] = char.ToLowerInvariant(dst[0]);
    });

    /// <summary>The contract's name of an entity type.</summary>
    internal static string TypeName(EntityType type) => type.ToString();
}
