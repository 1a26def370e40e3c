using System.Text;
using TextInsight.Entities;

namespace TextInsight.Structure.Evaluation;

/// <summary>What the title of the one-line form is.</summary>
internal enum OneLineTitle
{
    /// <summary>No title.</summary>
    None,

    /// <summary>A title no longer than a headline (<see cref="ArticleParser.IsTitleSized"/>).</summary>
    Headline,

    /// <summary>A title longer than any headline.</summary>
    TooLong,
}

/// <summary>One article analyzed as written and flattened to one line.</summary>
/// <param name="Source">Where the article came from.</param>
/// <param name="Label">Its gold topic, or null when its corpus has none.</param>
/// <param name="Sentences">Body sentences of the article as written.</param>
/// <param name="FlatSentences">Body sentences of its one-line form.</param>
/// <param name="Title">The title of the article as written, or null.</param>
/// <param name="FlatTitle">The title of the one-line form, or null.</param>
/// <param name="FlatBody">Whether the one-line form has a body.</param>
/// <param name="Topic">The top topic of the article as written.</param>
/// <param name="FlatTopic">The top topic of the one-line form.</param>
/// <param name="SummaryOverlap">Word F1 of the two forms' summaries (1 when both are empty).</param>
/// <param name="EntitiesShared">Entities (type and name) both forms found.</param>
/// <param name="EntitiesWritten">Entities the article as written has.</param>
/// <param name="EntitiesFlat">Entities the one-line form has.</param>
internal sealed record OneLineArticle(
    string Source, string? Label, int Sentences, int FlatSentences, string? Title, string? FlatTitle, bool FlatBody,
    string? Topic, string? FlatTopic, double SummaryOverlap, int EntitiesShared, int EntitiesWritten, int EntitiesFlat)
{
    /// <summary>The one-line form's sentence count over the written form's (1 when both have none).</summary>
    public double SentenceRatio => Sentences == 0 ? (FlatSentences == 0 ? 1 : double.PositiveInfinity) : (double)FlatSentences / Sentences;

    /// <summary>Whether the one-line form's sentence count is within 10% of the written form's.</summary>
    public bool SentencesWithinTenPercent => Math.Abs(FlatSentences - Sentences) * 10 <= Sentences;

    /// <summary>What the one-line form's title is.</summary>
    public OneLineTitle FlatTitleShape => FlatTitle is null ? OneLineTitle.None : OneLineEvaluator.IsHeadlineSized(FlatTitle) ? OneLineTitle.Headline : OneLineTitle.TooLong;

    /// <summary>Entity agreement: 2 × shared / (written + flat), 1 when neither form has an entity.</summary>
    public double EntityF1 => EntitiesWritten + EntitiesFlat == 0 ? 1 : 2.0 * EntitiesShared / (EntitiesWritten + EntitiesFlat);
}

/// <summary>The figures of <see cref="OneLineEvaluator.Run"/> over a set of articles.</summary>
/// <param name="Articles">Each article, in input order.</param>
internal sealed record OneLineReport(IReadOnlyList<OneLineArticle> Articles)
{
    /// <summary>Articles whose one-line sentence count is within 10% of the written one's.</summary>
    public int WithinTenPercent => Articles.Count(a => a.SentencesWithinTenPercent);

    /// <summary>All one-line sentences over all written ones.</summary>
    public double TotalSentenceRatio
    {
        get
        {
            long written = Articles.Sum(a => (long)a.Sentences);
            return written == 0 ? 0 : Articles.Sum(a => (long)a.FlatSentences) / (double)written;
        }
    }

    /// <summary>Articles with a gold label.</summary>
    public int Labeled => Articles.Count(a => a.Label is not null);

    /// <summary>Topic accuracy of the written form against the gold labels (0 when none is labeled).</summary>
    public double Accuracy => Labeled == 0 ? 0 : Articles.Count(a => a.Label is not null && a.Label == a.Topic) / (double)Labeled;

    /// <summary>Topic accuracy of the one-line form against the gold labels.</summary>
    public double FlatAccuracy => Labeled == 0 ? 0 : Articles.Count(a => a.Label is not null && a.Label == a.FlatTopic) / (double)Labeled;

    /// <summary>Articles whose two forms have the same top topic.</summary>
    public int SameTopic => Articles.Count(a => a.Topic == a.FlatTopic);

    /// <summary>Articles whose one-line title is of the given shape.</summary>
    public int Titles(OneLineTitle shape) => Articles.Count(a => a.FlatTitleShape == shape);

    /// <summary>Articles whose one-line title is the written form's title.</summary>
    public int SameTitle => Articles.Count(a => a.FlatTitle is not null && a.FlatTitle == a.Title);

    /// <summary>Articles whose written form has a title.</summary>
    public int WrittenTitles => Articles.Count(a => a.Title is not null);

    /// <summary>Articles whose written form has no title but whose one-line form has one (cut from its first sentence).</summary>
    public int TitleWithoutWrittenTitle => Articles.Count(a => a.Title is null && a.FlatTitle is not null);

    /// <summary>Articles whose written form has a title and whose one-line form has another.</summary>
    public int OtherTitle => Articles.Count(a => a.Title is not null && a.FlatTitle is not null && a.FlatTitle != a.Title);

    /// <summary>Articles whose one-line form has a body.</summary>
    public int WithBody => Articles.Count(a => a.FlatBody);

    /// <summary>The mean word F1 of the two forms' summaries.</summary>
    public double SummaryOverlap => Articles.Count == 0 ? 0 : Articles.Average(a => a.SummaryOverlap);

    /// <summary>Articles whose two summaries have the same words.</summary>
    public int SameSummary => Articles.Count(a => a.SummaryOverlap >= 1);

    /// <summary>Entity agreement over all articles: 2 × shared / (written + flat).</summary>
    public double EntityF1
    {
        get
        {
            long both = Articles.Sum(a => (long)a.EntitiesWritten + a.EntitiesFlat);
            return both == 0 ? 1 : 2.0 * Articles.Sum(a => (long)a.EntitiesShared) / both;
        }
    }

    /// <summary>The articles whose one-line form differs most: sentence count first, then topic, title and entities.</summary>
    public IEnumerable<OneLineArticle> Worst(int count) => Articles
        .OrderByDescending(a => Math.Abs(Math.Min(a.SentenceRatio, 10) - 1))
        .ThenByDescending(a => a.Topic != a.FlatTopic)
        .ThenByDescending(a => a.FlatTitleShape == OneLineTitle.TooLong)
        .ThenBy(a => a.EntityF1)
        .ThenBy(a => a.Source, StringComparer.Ordinal)
        .Take(count);
}

/// <summary>
/// Measures how a document that lost its line breaks (a whole article in one CSV or JSON Lines field) is analyzed
/// against the same document as written: sentence counts, topics, title, body, summary and entities.
/// </summary>
internal static class OneLineEvaluator
{
    /// <summary>Whether <paramref name="title"/> is no longer than a headline (the parser's limits for a title).</summary>
    public static bool IsHeadlineSized(string title) =>
        title.Length <= ArticleParser.MaxTitleChars && TextUnitReader.CountWords(title) <= ArticleParser.MaxTitleWords;

    /// <summary>
    /// The text on one line: every run of white space that holds a line break becomes one space (as a scraper writes a
    /// document into one field), and the ends are trimmed; other white space is kept.
    /// </summary>
    public static string Flatten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Flatten(text, null, null);
    }

    /// <summary>
    /// <paramref name="text"/> on one line, as <see cref="Flatten(string)"/> writes it; in <paramref name="breaks"/> (when
    /// given) the position in the one-line text of each word that began a line, if its position in
    /// <paramref name="text"/> is in <paramref name="lineStarts"/> (when given).
    /// </summary>
    internal static string Flatten(string text, IReadOnlySet<int>? lineStarts, List<int>? breaks)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }

            int start = i;
            bool lineBreak = false;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                lineBreak |= text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            if (!lineBreak)
            {
                sb.Append(text, start, i - start);
                continue;
            }

            sb.Append(' ');
            if (breaks is not null && (lineStarts is null || lineStarts.Contains(i)))
            {
                breaks.Add(sb.Length);
            }
        }

        return sb.ToString();
    }

    /// <summary>Analyzes each document as written and on one line, on up to <paramref name="parallel"/> threads.</summary>
    /// <param name="analyzer">The analyzer (all stages that are compared must be on).</param>
    /// <param name="documents">The documents: text, gold label or null, source.</param>
    /// <param name="parallel">Threads to use, 1 or more.</param>
    public static OneLineReport Run(TextAnalyzer analyzer, IReadOnlyList<(string Text, string? Label, string Source)> documents, int parallel = 1)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var results = new OneLineArticle[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i =>
        {
            var (text, label, source) = documents[i];
            results[i] = Compare(analyzer, text, label, source);
        });
        return new OneLineReport(results);
    }

    /// <summary>Analyzes one document as written and on one line and compares the two.</summary>
    public static OneLineArticle Compare(TextAnalyzer analyzer, string text, string? label, string source)
    {
        var written = analyzer.Analyze(text, source);
        var flat = analyzer.Analyze(Flatten(text), source);
        var writtenEntities = EntityKeys(written.EntitySummary);
        var flatEntities = EntityKeys(flat.EntitySummary);
        int shared = writtenEntities.Count(flatEntities.Contains);
        return new OneLineArticle(
            source, label, written.Sentences.Count, flat.Sentences.Count, written.Title, flat.Title, flat.Body.Length > 0,
            written.Topics.Count > 0 ? written.Topics[0].Label : null, flat.Topics.Count > 0 ? flat.Topics[0].Label : null,
            WordF1(written.Summary.Text, flat.Summary.Text), shared, writtenEntities.Count, flatEntities.Count);
    }

    private static HashSet<string> EntityKeys(IReadOnlyList<LinkedEntity> entities)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            keys.Add(e.Type + "\t" + e.Name);
        }

        return keys;
    }

    /// <summary>F1 of the two texts' words (case-insensitive, as multisets); 1 when both are empty.</summary>
    internal static double WordF1(string a, string b)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int na = 0;
        foreach (var w in Words(a))
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
            na++;
        }

        int nb = 0;
        int common = 0;
        foreach (var w in Words(b))
        {
            nb++;
            if (counts.GetValueOrDefault(w) is > 0 and var c)
            {
                counts[w] = c - 1;
                common++;
            }
        }

        return na + nb == 0 ? 1 : 2.0 * common / (na + nb);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '“', '”', '‘', '’'))
            .Where(w => w.Length > 0);
}
