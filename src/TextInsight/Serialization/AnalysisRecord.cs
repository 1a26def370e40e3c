using System.Text.Json.Serialization;

namespace TextInsight.Serialization;

// The JSON contract, schemaVersion 1 (docs/ARCHITECTURE.md). Property order is the order on the wire.
#pragma warning disable CS1591 // The members mirror the documented JSON fields one to one.
#pragma warning disable CA2227, CA1002 // Plain data-transfer objects for System.Text.Json.

/// <summary>One record of the JSON output: the analysis of one document, or its error.</summary>
public sealed class AnalysisRecord
{
    /// <summary>The version of this contract.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;
    public string Source { get; set; } = string.Empty;
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Title { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public SpanRecord? TitleSpan { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Byline { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Published { get; set; }
    public List<string> Warnings { get; set; } = [];
    /// <summary>Absent when the body reads as English or is too short to tell; otherwise a BCP 47 tag of an undetermined language in its script (<c>und-Latn</c>, <c>und-Cyrl</c>, <c>und-Hani</c>, …): see <see cref="ArticleAnalysis.Language"/>.</summary>
    public string? Language { get; set; }
    /// <summary>The plain text that offsets index; present for HTML input (the extracted text), Markdown input (the rendered text), plain text that was repaired (the repaired text) or whose title was given apart (the title, a blank line, the body); otherwise offsets index the document as decoded.</summary>
    public string? Text { get; set; }
    public string? Body { get; set; }
    public List<SectionRecord>? Sections { get; set; }
    public List<BoilerplateRecord>? Boilerplate { get; set; }
    public List<TextSpanRecord>? Sentences { get; set; }
    public List<EntityRecord>? Entities { get; set; }
    public List<EntitySummaryRecord>? EntitySummary { get; set; }
    public List<TopicRecord>? Topics { get; set; }
    public SummaryRecord? Summary { get; set; }
    public List<KeyphraseRecord>? Keyphrases { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public ErrorRecord? Error { get; set; }
}

/// <summary>A span: start and exclusive end, in UTF-16 code units of <c>text</c>.</summary>
public sealed class SpanRecord
{
    public int Start { get; set; }
    public int End { get; set; }
}

/// <summary>A span with its text.</summary>
public sealed class TextSpanRecord
{
    public int Start { get; set; }
    public int End { get; set; }
    public string Text { get; set; } = string.Empty;
}

/// <summary>A section: optional heading, its span and its paragraphs.</summary>
public sealed class SectionRecord
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Heading { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public List<SpanRecord> Paragraphs { get; set; } = [];
}

/// <summary>A boilerplate block.</summary>
public sealed class BoilerplateRecord
{
    public int Start { get; set; }
    public int End { get; set; }
    public string Text { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
}

/// <summary>An entity mention.</summary>
public sealed class EntityRecord
{
    public string Text { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public int Start { get; set; }
    public int End { get; set; }
    public string Zone { get; set; } = string.Empty;
    public decimal? Value { get; set; }
    public string? Currency { get; set; }
    public bool? CurrencyAssumed { get; set; }
    public string? MinorUnit { get; set; }
    public decimal? MinorUnitValue { get; set; }
    public string? Iso { get; set; }
    public double Confidence { get; set; }
    public int? EntityId { get; set; }
}

/// <summary>A linked entity.</summary>
public sealed class EntitySummaryRecord
{
    public int Id { get; set; }
    /// <summary>The corpus entity it was resolved to (<see cref="Entities.Corpus.CorpusEntityResolver"/>), in batch output; absent for a document analyzed alone.</summary>
    public int? CorpusId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public List<string> Aliases { get; set; } = [];
    public int Mentions { get; set; }
    public double Salience { get; set; }
    public List<RoleRecord>? Roles { get; set; }
    /// <summary>A person's courtesy title, which the name leaves out (<see cref="Entities.LinkedEntity.Title"/>); absent when none.</summary>
    public string? Title { get; set; }
}

/// <summary>A role of a person.</summary>
public sealed class RoleRecord
{
    public string Title { get; set; } = string.Empty;
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public int? Of { get; set; }
}

/// <summary>A topic score.</summary>
public sealed class TopicRecord
{
    public string Label { get; set; } = string.Empty;
    public double Score { get; set; }
}

/// <summary>The summary.</summary>
public sealed class SummaryRecord
{
    public string Text { get; set; } = string.Empty;
    public List<SpanRecord> Sentences { get; set; } = [];
}

/// <summary>A key phrase.</summary>
public sealed class KeyphraseRecord
{
    public string Text { get; set; } = string.Empty;
    public double Score { get; set; }
}

/// <summary>Why a document failed.</summary>
public sealed class ErrorRecord
{
    public string Code { get; set; } = string.Empty;
    public string Message { get; set; } = string.Empty;
}
