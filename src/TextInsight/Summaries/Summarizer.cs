using TextInsight.Entities;
using TextInsight.Structure;

namespace TextInsight.Summaries;

/// <summary>
/// Extractive summarizer: picks body sentences and returns them in document order. Thread-safe.
/// </summary>
public sealed class Summarizer
{
    /// <summary>A shared instance.</summary>
    public static Summarizer Default { get; } = new();

    /// <summary>Summarizes an article from its body sentences.</summary>
    /// <param name="structure">The article's structure (title, headings, paragraphs).</param>
    /// <param name="sentences">The body sentences, in document order.</param>
    /// <param name="entities">The article's entities.</param>
    /// <param name="length">How long the summary is.</param>
    public Summary Summarize(ArticleStructure structure, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        string text = structure.Text;
        int n = length.SentenceCountFor(sentences.Count);
        if (n == 0)
        {
            return Summary.Empty;
        }

        var chosen = new TextSpan[n];
        for (int i = 0; i < n; i++)
        {
            chosen[i] = sentences[i];
        }

        return Create(text, chosen);
    }

    /// <summary>Builds a summary from chosen sentences (already in document order).</summary>
    internal static Summary Create(string text, IReadOnlyList<TextSpan> chosen)
    {
        var parts = new string[chosen.Count];
        for (int i = 0; i < chosen.Count; i++)
        {
            parts[i] = chosen[i].GetText(text);
        }

        return new Summary(string.Join(' ', parts), chosen);
    }
}
