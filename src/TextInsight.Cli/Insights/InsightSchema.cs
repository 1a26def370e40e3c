namespace TextInsight.Cli.Insights;

/// <summary>
/// The tables of <c>analyze --output results.duckdb</c> and <c>--output results.parquet</c> (documented in
/// docs/INSIGHTS.md). Every table is keyed by <c>source</c>, the record's source; child rows carry their ordinal within
/// the document, so that a document's rows can be replaced as a whole when it is analyzed again.
/// </summary>
internal static class InsightSchema
{
    /// <summary>
    /// The version of this schema, stored in <c>textinsight_schema</c>. A database of version
    /// <see cref="OldestUpgradable"/> or later is upgraded to it when opened for writing; any other is refused.
    /// </summary>
    public const int Version = 3;

    /// <summary>The oldest version a database is upgraded from (version 1 had no <c>corpus_id</c> and no <c>corpus_entities</c>).</summary>
    public const int OldestUpgradable = 2;

    /// <summary>The table that records the schema version.</summary>
    public const string VersionTable = "textinsight_schema";

    private static readonly InsightColumn Source = new("source", ColumnKind.Text, "The record's source: path relative to the input folder, or row id.", Required: true);

    public static readonly InsightTable Documents = new(
        "documents",
        "One row per input document, including documents that failed (their error columns are set).",
        [
            Source,
            new("title", ColumnKind.Text, "The title."),
            new("published", ColumnKind.Date, "The publication date: the one given with the document (--date-column), else the one the article states."),
            new("byline", ColumnKind.Text, "The author's name."),
            new("topic", ColumnKind.Text, "The top topic label."),
            new("topic_score", ColumnKind.Double, "Its probability."),
            new("summary", ColumnKind.Text, "The extractive summary."),
            new("word_count", ColumnKind.Integer, "Words and numbers in the body."),
            new("sentence_count", ColumnKind.Integer, "Body sentences."),
            new("entity_count", ColumnKind.Integer, "Entity mentions in every zone."),
            new("warnings", ColumnKind.Text, "Warnings, joined by '; '."),
            new("error_code", ColumnKind.Text, "The error code when the document failed, else NULL."),
            new("error_message", ColumnKind.Text, "The error message when the document failed, else NULL."),
            new("analyzed_at", ColumnKind.Timestamp, "When the run that wrote this row started (UTC).", Required: true),
            new("language", ColumnKind.Text, "'en' when the body reads as English or is too short to tell, else the tag of a language that is not English in its script ('und-Latn', 'und-Cyrl', ...); NULL for a failed document and for rows written before version 3 (not recorded).", AddedIn: 3),
        ],
        [["source"], ["topic"], ["published"]]);

    public static readonly InsightTable Sections = new(
        "sections",
        "The sections of each document's body.",
        [
            Source,
            new("section", ColumnKind.Integer, "Ordinal in the document, from 0.", Required: true),
            new("heading", ColumnKind.Text, "The heading, or NULL for the opening section."),
            new("start_offset", ColumnKind.Integer, "Start, in UTF-16 code units of the document text."),
            new("end_offset", ColumnKind.Integer, "Exclusive end."),
            new("paragraph_count", ColumnKind.Integer, "Paragraphs in the section."),
        ],
        [["source"]]);

    public static readonly InsightTable Sentences = new(
        "sentences",
        "The body sentences of each document.",
        [
            Source,
            new("sentence", ColumnKind.Integer, "Ordinal in the document, from 0.", Required: true),
            new("start_offset", ColumnKind.Integer, "Start, in UTF-16 code units of the document text."),
            new("end_offset", ColumnKind.Integer, "Exclusive end."),
            new("text", ColumnKind.Text, "The sentence."),
        ],
        [["source"]]);

    public static readonly InsightTable Entities = new(
        "entities",
        "Every entity mention, in every zone (title, heading, body, boilerplate).",
        [
            Source,
            new("mention", ColumnKind.Integer, "Ordinal in the document, from 0.", Required: true),
            new("type", ColumnKind.Text, "Person, Organization, Location, Misc, Money, Percent or Date."),
            new("text", ColumnKind.Text, "The mention as written."),
            new("value", ColumnKind.Double, "Money amount or percentage; NULL for other types."),
            new("currency", ColumnKind.Text, "ISO 4217 code of a Money mention."),
            new("iso", ColumnKind.Text, "ISO form of a Date mention: a day, month, week or year, or a period that starts with its year (2022-Q1, 2004-H2, 2022/2023, 1990s)."),
            new("zone", ColumnKind.Text, "title, heading, body or boilerplate."),
            new("start_offset", ColumnKind.Integer, "Start, in UTF-16 code units of the document text."),
            new("end_offset", ColumnKind.Integer, "Exclusive end."),
            new("confidence", ColumnKind.Double, "The recognizer's confidence."),
            new("entity_id", ColumnKind.Integer, "The linked entity (entity_summary.entity_id in the same source), or NULL."),
            new("currency_assumed", ColumnKind.Boolean, "For a Money mention, true when its form could mean several currencies ($, ¥, kr, pesos) and currency is the one the document's context chose; NULL for other types and for rows written before version 3.", AddedIn: 3),
        ],
        [["source"], ["type"]]);

    public static readonly InsightTable EntitySummary = new(
        "entity_summary",
        "The linked entities of each document (names, not values), with mention counts and salience.",
        [
            Source,
            new("entity_id", ColumnKind.Integer, "Id within the document, from 1 by first mention.", Required: true),
            new("corpus_id", ColumnKind.Integer, "The corpus entity it was resolved to (corpus_entities.id), or NULL when the run did not resolve entities (--no-corpus-entities)."),
            new("name", ColumnKind.Text, "The canonical name."),
            new("type", ColumnKind.Text, "Person, Organization, Location or Misc."),
            new("aliases", ColumnKind.Text, "Other names, joined by '; '."),
            new("mentions", ColumnKind.Integer, "Mentions in title, headings and body."),
            new("salience", ColumnKind.Double, "Share of the document's salience (sums to 1 per document)."),
            new("roles", ColumnKind.Text, "Roles stated next to a person ('President of Apache Software Foundation'), joined by '; '."),
            new("title", ColumnKind.Text, "A person's courtesy title (Mr, Mrs, Ms, Dr), which name leaves out; NULL when none, and for rows written before version 3.", AddedIn: 3),
        ],
        [["source"], ["type", "name"]]);

    public static readonly InsightTable Topics = new(
        "topics",
        "The topic scores of each document, best first.",
        [
            Source,
            new("rank", ColumnKind.Integer, "1 for the top topic.", Required: true),
            new("label", ColumnKind.Text, "The topic label."),
            new("score", ColumnKind.Double, "Its probability (they sum to 1 per document)."),
        ],
        [["source"], ["label"]]);

    public static readonly InsightTable Keyphrases = new(
        "keyphrases",
        "The key phrases of each document, best first.",
        [
            Source,
            new("rank", ColumnKind.Integer, "1 for the best phrase.", Required: true),
            new("text", ColumnKind.Text, "The phrase."),
            new("score", ColumnKind.Double, "Its score, scaled to [0, 1] per document."),
        ],
        [["source"]]);

    /// <summary>
    /// The entities of the whole corpus: every entity_summary row of every run written to this output points to one by
    /// corpus_id. Not keyed by source: it is rewritten whole at the end of each run.
    /// </summary>
    public static readonly InsightTable CorpusEntities = new(
        "corpus_entities",
        "The entities of the whole corpus, resolved across documents (Tony Blair, Mr Blair and Blair as one); entity_summary.corpus_id points here.",
        [
            new("id", ColumnKind.Integer, "The corpus id, from 1, stable across runs that append to this database.", Required: true),
            new("name", ColumnKind.Text, "The canonical name: a person's most used full name, otherwise the most used form."),
            new("type", ColumnKind.Text, "The type most documents gave it (each document's own type stays in entity_summary.type)."),
            new("aliases", ColumnKind.Text, "Other names it goes by in the corpus, most used first, joined by '; '."),
            new("documents", ColumnKind.Integer, "Documents that mention it."),
            new("mentions", ColumnKind.Integer, "Its mentions in their titles, headings and bodies."),
        ],
        [["type"]]);

    /// <summary>The tables keyed by source, documents first: a document's rows in each are replaced when it is analyzed again.</summary>
    public static readonly IReadOnlyList<InsightTable> Tables = [Documents, Sections, Sentences, Entities, EntitySummary, Topics, Keyphrases];

    /// <summary>Every table: those keyed by source, then <see cref="CorpusEntities"/>.</summary>
    public static readonly IReadOnlyList<InsightTable> AllTables = [.. Tables, CorpusEntities];

    /// <summary>The rows of <see cref="CorpusEntities"/>.</summary>
    public static List<object?[]> CorpusEntityRows(IReadOnlyList<TextInsight.Entities.Corpus.CorpusEntity> entities)
    {
        var rows = new List<object?[]>(entities.Count);
        foreach (var e in entities)
        {
            rows.Add([e.Id, e.Name, e.Type.ToString(), e.Aliases.Count == 0 ? null : string.Join("; ", e.Aliases), e.Documents, e.Mentions]);
        }

        return rows;
    }
}
