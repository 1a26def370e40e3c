using TextInsight.Pipeline;
using TextInsight.Text;

namespace TextInsight.Entities.Ner;

/// <summary>
/// Turns hand-annotated article samples (<see cref="EntitySample"/>) into training documents for the tagger: each
/// article is read as <see cref="TextAnalyzer"/> reads it (structure, sentences, the tagger's own tokens of each
/// segment), and each segment becomes a sentence labelled with the gold names it holds.
/// </summary>
/// <remarks>
/// The tokens are those the tagger is given at run time (<see cref="NamedEntityTagger.AddTokens(string, ReadOnlySpan{Token}, List{Token})"/>
/// over <see cref="ArticleDocument.GetSegmentTokens"/>), so the model learns from the segmentation and tokenization it
/// will meet. A segment is left out when a gold name does not start and end on its token boundaries, crosses its end,
/// or it overlaps an <c>IGN</c> span (a judgment on tokenization): its labels would teach a wrong boundary.
/// </remarks>
internal static class EntitySampleCorpus
{
    private const string Layer = "training.segment-tokens";

    /// <summary>The sample's articles as training documents, each repeated <paramref name="repeat"/> times in training.</summary>
    /// <param name="sample">The annotated articles.</param>
    /// <param name="articleRoot">The folder of the articles (<c>path.txt</c> under it).</param>
    /// <param name="repeat">How many times each sentence is seen per training epoch (a weight against the main corpus).</param>
    /// <param name="log">Receives one line per article whose segments were left out, or null.</param>
    /// <exception cref="FileNotFoundException">An article's file is not under <paramref name="articleRoot"/>.</exception>
    /// <exception cref="InvalidDataException">An article is not the file annotated (its hash or a gold name's text differs).</exception>
    public static List<IobDocument> ToDocuments(IReadOnlyList<EntitySampleArticle> sample, string articleRoot, int repeat, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        var analyzer = new TextAnalyzer(
            new TextAnalyzerOptions { Stages = Stages.Sentences, RestoreCase = false },
            [new SentencesComponent(SentenceSplitter.Default), new SegmentTokens()]);
        var documents = new List<IobDocument>(sample.Count);
        foreach (var article in sample)
        {
            string text = EntitySample.ReadText(article, articleRoot);
            var analysis = analyzer.Analyze(text, article.Path);
            if (!string.Equals(analysis.Text, text, StringComparison.Ordinal))
            {
                // Repaired or re-rendered text: the gold offsets no longer index it.
                log?.Invoke($"{article.Path}: left out (the analyzer changed the text, so the gold offsets do not index it)");
                continue;
            }

            var segments = (List<(TextSpan Span, Token[] Tokens)>)analysis.Layers[Layer];
            var sentences = new List<IobSentence>(segments.Count);
            int left = 0;
            foreach (var (span, tokens) in segments)
            {
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (ToSentence(article, text, span, tokens) is { } sentence)
                {
                    sentences.Add(sentence);
                }
                else
                {
                    left++;
                }
            }

            // A gold name outside every segment (in text the structure dropped) is not taught either; say so.
            int covered = article.Gold.Count(g => segments.Exists(s => s.Span.Start <= g.Start && g.End <= s.Span.End));
            if (left > 0 || covered < article.Gold.Count)
            {
                log?.Invoke($"{article.Path}: {left} of {segments.Count} segments left out (a name off the token boundaries or an IGN span), {article.Gold.Count - covered} names outside the segments");
            }

            documents.Add(new IobDocument(sentences) { Repeat = repeat });
        }

        return documents;
    }

    private static IobSentence? ToSentence(EntitySampleArticle article, string text, TextSpan span, Token[] tokens)
    {
        if (article.Ignored.Exists(s => s.Start < span.End && span.Start < s.End))
        {
            return null;
        }

        var entities = new List<EntitySpanLabel>();
        foreach (var g in article.Gold)
        {
            bool inside = span.Start <= g.Start && g.End <= span.End;
            bool crosses = g.Start < span.End && span.Start < g.End && !inside;
            if (crosses)
            {
                return null;
            }

            if (!inside)
            {
                continue;
            }

            int first = Array.FindIndex(tokens, t => t.Start == g.Start);
            int last = Array.FindIndex(tokens, t => t.Start + t.Length == g.End);
            if (first < 0 || last < first)
            {
                return null;
            }

            entities.Add(new EntitySpanLabel(first, last + 1, g.Type));
        }

        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int i = 1; i < entities.Count; i++)
        {
            if (entities[i].Start < entities[i - 1].End)
            {
                return null;
            }
        }

        return new IobSentence([.. tokens.Select(t => text.Substring(t.Start, t.Length))], entities, span.Start);
    }

    // Records each segment and the tokens the tagger would be given for it.
    private sealed class SegmentTokens : IArticleComponent
    {
        public string Name => "training.segment-tokens";

        public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Structure, ArticleLayers.Sentences, ArticleLayers.Tokens];

        public IReadOnlyList<string> Assigns { get; } = [Layer];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
            var result = new List<(TextSpan, Token[])>(document.Segments.Count);
            var tokens = new List<Token>();
            for (int i = 0; i < document.Segments.Count; i++)
            {
                tokens.Clear();
                NamedEntityTagger.AddTokens(document.Text, document.GetSegmentTokens(i), tokens);
                result.Add((document.Segments[i], [.. tokens]));
            }

            document.SetLayer(Layer, result);
        }
    }
}
