using System.Globalization;
using System.Text;
using TextInsight.Entities.Rules;
using TextInsight.Pipeline;
using TextInsight.Text;

namespace TextInsight.Entities.Ner;

/// <summary>Why a name differs between the tagger on the gold tokens and the whole pipeline on the raw text.</summary>
internal enum GapCause
{
    /// <summary>The line holding the name is the title, a heading or boilerplate, or lies outside every zone.</summary>
    Structure,

    /// <summary>The sentence splitter cut the line, or joined it to the next, so the name's segment is not its sentence.</summary>
    SentenceSplit,

    /// <summary>Our tokens near the name do not fall on the CoNLL token edges (hyphens, periods, apostrophes, numbers).</summary>
    Tokenization,

    /// <summary>Same segment and tokens, but the tagger labels the name otherwise (the rest of the document reads differently).</summary>
    TaggerContext,

    /// <summary>The tagger had the name as on the gold tokens; the name rules changed it.</summary>
    NameRules,

    /// <summary>A money, percent or date mention overlapping the name won over it.</summary>
    Numeric,

    /// <summary>The recognizer dropped the name (possessive, generic word, hyphenated compound).</summary>
    Dropped,

    /// <summary>The name was found; linking gave it its entity's other type, or added it (an acronym in brackets).</summary>
    Linking,
}

/// <summary>One name right on one side and wrong on the other, with its cause.</summary>
/// <param name="Gained">True when the pipeline got right what the tagger on the gold tokens got wrong.</param>
/// <param name="Cause">Why the two differ.</param>
/// <param name="Line">The CoNLL sentence's line in its document (0 the first).</param>
/// <param name="Text">The line, the name bracketed.</param>
/// <param name="Description">What the gold, the tagger and the pipeline say.</param>
internal sealed record GapExample(bool Gained, GapCause Cause, int Line, string Text, string Description);

/// <summary>
/// The pipeline-to-tagger gap on CoNLL documents: each document written as raw text (tokens joined by spaces, one sentence
/// per line) goes through <see cref="TextAnalyzer"/> (structure, sentence splitter, tokenizer, tagger, name rules,
/// numbers, linking), and its names are scored against the gold beside the tagger's on the gold tokens; each name one
/// gets right and the other wrong is put down to the first step at which the two differ.
/// </summary>
internal static class PipelineGap
{
    private const string ProbeLayer = "evaluation.names-before-linking";

    /// <summary>Scores the pipeline and explains each difference from <paramref name="onGoldTokens"/>.</summary>
    /// <param name="tagger">The tagger both sides use.</param>
    /// <param name="docs">The CoNLL documents.</param>
    /// <param name="onGoldTokens">The tagger's labels of each document's gold tokens (<see cref="NerCorpus.ToDocument(IobDocument, NerModel)"/>).</param>
    /// <param name="blankLines">Separate the sentences by blank lines (each a paragraph) instead of line breaks.</param>
    /// <param name="restoreCase">The pipeline's <see cref="TextAnalyzerOptions.RestoreCase"/>.</param>
    public static (NerScores Pipeline, List<GapExample> Differences) Measure(NamedEntityTagger tagger, IReadOnlyList<IobDocument> docs, IReadOnlyList<int[]> onGoldTokens, bool blankLines = false,
        bool restoreCase = true)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(onGoldTokens);
        var recognizer = new EntityRecognizer(tagger, NameRules.Default);
        var options = new TextAnalyzerOptions { Stages = Stages.Sentences | Stages.Entities, EntityRecognizer = recognizer, RestoreCase = restoreCase };
        var analyzer = new TextAnalyzer(options,
        [
            new SentencesComponent(SentenceSplitter.Default),
            new ProbeComponent(tagger, new NameRules(tagger, NameRules.Default)),
            new EntitiesComponent(recognizer),
        ]);

        var scores = new NerScores();
        var differences = new List<GapExample>();
        foreach (var doc in docs.Select((d, i) => (d, i)))
        {
            var (_, text, _, starts) = Detokenize(doc.d, blankLines);
            var analysis = analyzer.Analyze(text);
            var probe = (Probe)analysis.Layers[ProbeLayer];
            int k = 0;
            for (int s = 0; s < doc.d.Sentences.Count; s++)
            {
                var sentence = doc.d.Sentences[s];
                int n = sentence.Tokens.Length;
                var tagged = NerLabels.Decode(onGoldTokens[doc.i].AsSpan(k, n));
                k += n;
                var line = new TextSpan(starts[s][0], starts[s][^1] - starts[s][0]);
                var found = Names(analysis.Entities.Where(m => m.Type <= EntityType.Misc).Select(m => (m.Span, (int)m.Type)), line, starts[s]);
                scores.Add(sentence.Entities, found, n);

                var gold = sentence.Entities.ToHashSet();
                foreach (var e in tagged.Concat(found).Distinct())
                {
                    bool rightTagged = gold.Contains(e) && tagged.Contains(e), rightFound = gold.Contains(e) && found.Contains(e);
                    bool wrongTagged = !gold.Contains(e) && tagged.Contains(e), wrongFound = !gold.Contains(e) && found.Contains(e);
                    if (rightTagged == rightFound && wrongTagged == wrongFound)
                    {
                        continue;
                    }

                    // A gold name found only by the pipeline, or a spurious name only the tagger on the gold tokens made, is a gain.
                    bool gained = rightFound || wrongTagged;
                    var cause = Explain(e, analysis, probe, line, starts[s], text);
                    differences.Add(new GapExample(gained, cause, s, Show(sentence, e), Describe(sentence, e, gold, tagged, found)));
                }
            }
        }

        return (scores, differences);
    }

    /// <summary>The differences counted by cause, then (with <paramref name="list"/>) each one.</summary>
    public static void Report(TextWriter output, List<GapExample> differences, bool list)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(differences);
        output.WriteLine("names right on one side only, by cause (lost: right on the gold tokens, wrong through analyze; gained: the reverse):");
        output.WriteLine($"  {"cause",-14} {"lost",5} {"gained",7}");
        foreach (var cause in Enum.GetValues<GapCause>())
        {
            int lost = differences.Count(d => d.Cause == cause && !d.Gained), gained = differences.Count(d => d.Cause == cause && d.Gained);
            output.WriteLine($"  {cause,-14} {lost,5} {gained,7}");
        }

        if (!list)
        {
            return;
        }

        foreach (var d in differences.OrderBy(d => d.Cause).ThenBy(d => d.Gained))
        {
            output.WriteLine($"  {(d.Gained ? "+" : "-")} {d.Cause,-14} {d.Description}  | {d.Text}");
        }
    }

    // Names of one sentence as token spans; a name whose edges fall inside a CoNLL token, or outside the line, gets (-1, -1).
    private static List<EntitySpanLabel> Names(IEnumerable<(TextSpan Span, int Type)> names, TextSpan line, int[] tokenStarts)
    {
        var found = new List<EntitySpanLabel>();
        foreach (var (span, type) in names)
        {
            if (span.Start >= line.End || span.End <= line.Start)
            {
                continue;
            }

            found.Add(ToTokens(span, type, tokenStarts));
        }

        return found;
    }

    private static EntitySpanLabel ToTokens(TextSpan span, int type, int[] tokenStarts)
    {
        int first = Array.IndexOf(tokenStarts, span.Start, 0, tokenStarts.Length - 1);
        int last = -1;
        for (int k = 0; k < tokenStarts.Length - 1; k++)
        {
            // A token ends one space before the next starts; the last ends at the line's end.
            int end = k + 1 < tokenStarts.Length - 1 ? tokenStarts[k + 1] - 1 : tokenStarts[^1];
            if (end == span.End)
            {
                last = k;
            }
        }

        return first >= 0 && last >= first ? new EntitySpanLabel(first, last + 1, type) : new EntitySpanLabel(-1, -1, type);
    }

    private static TextSpan ToChars(EntitySpanLabel e, int[] tokenStarts)
        => e.Start < 0 ? default : TextSpan.FromBounds(tokenStarts[e.Start], e.End < tokenStarts.Length - 1 ? tokenStarts[e.End] - 1 : tokenStarts[^1]);

    // The first step at which the pipeline's view of the name's line differs from the gold tokens' view.
    private static GapCause Explain(EntitySpanLabel e, ArticleAnalysis analysis, Probe probe, TextSpan line, int[] tokenStarts, string text)
    {
        var span = e.Start >= 0 ? ToChars(e, tokenStarts) : line;
        if (analysis.Structure.ZoneAt(span.Start) is not Zone.Body)
        {
            return GapCause.Structure;
        }

        if (!probe.Segments.Contains(line))
        {
            return GapCause.SentenceSplit;
        }

        // Our tokens over the name and a token either side must start and end where CoNLL's do.
        int from = Math.Max(0, e.Start - 1), to = Math.Min(tokenStarts.Length - 1, (e.Start < 0 ? tokenStarts.Length - 1 : e.End) + 1);
        int lo = tokenStarts[from], hi = to < tokenStarts.Length - 1 ? tokenStarts[to] - 1 : tokenStarts[^1];
        var edges = new HashSet<int>();
        for (int k = 0; k < tokenStarts.Length - 1; k++)
        {
            edges.Add(tokenStarts[k]);
            edges.Add(k + 1 < tokenStarts.Length - 1 ? tokenStarts[k + 1] - 1 : tokenStarts[^1]);
        }

        foreach (var t in probe.Tokens)
        {
            if (t.Start + t.Length > lo && t.Start < hi && (!edges.Contains(t.Start) || !edges.Contains(t.Start + t.Length)))
            {
                return GapCause.Tokenization;
            }
        }

        var tagged = Names(probe.Tagged.Select(n => (n.Span, (int)n.Type)), line, tokenStarts).Contains(e);
        var ruled = Names(probe.Ruled.Select(n => (n.Span, (int)n.Type)), line, tokenStarts).Contains(e);
        var final = Names(analysis.Entities.Where(m => m.Type <= EntityType.Misc).Select(m => (m.Span, (int)m.Type)), line, tokenStarts);
        if (tagged != ruled)
        {
            return GapCause.NameRules;
        }

        if (ruled == final.Contains(e))
        {
            // On these tokens and segments the tagger already says what the pipeline reports.
            return GapCause.TaggerContext;
        }

        if (ruled && analysis.Entities.Any(m => m.Type > EntityType.Misc && m.Span.Start < span.End && span.Start < m.Span.End))
        {
            return GapCause.Numeric;
        }

        return !ruled || final.Exists(f => f.Start == e.Start && f.End == e.End) ? GapCause.Linking : GapCause.Dropped;
    }

    private static string Show(IobSentence sentence, EntitySpanLabel e)
    {
        var sb = new StringBuilder();
        for (int k = 0; k < sentence.Tokens.Length; k++)
        {
            sb.Append(k == e.Start ? " [" : " ").Append(sentence.Tokens[k]);
            if (k == e.End - 1)
            {
                sb.Append(']');
            }
        }

        return sb.ToString(1, sb.Length - 1);
    }

    private static string Describe(IobSentence sentence, EntitySpanLabel e, HashSet<EntitySpanLabel> gold, List<EntitySpanLabel> tagged, List<EntitySpanLabel> found)
    {
        string Words(EntitySpanLabel x) => x.Start < 0 ? "(across tokens)" : string.Join(' ', sentence.Tokens[x.Start..x.End]);
        string Say(IEnumerable<EntitySpanLabel> side)
        {
            var overlapping = side.Where(x => x.Start < 0 ? e.Start < 0 : x.Start < e.End && e.Start < x.End).ToList();
            return overlapping.Count == 0 ? "-" : string.Join("; ", overlapping.Select(x => $"{NerLabels.TypeNames[x.Type]} {Words(x)}"));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Words(e)}: gold {Say(gold)} / tagger {Say(tagged)} / analyze {Say(found)}");
    }

    /// <summary><see cref="NerCorpus.Detokenize"/>, with a blank line between sentences when asked.</summary>
    internal static (IobDocument Doc, string Text, List<TextSpan> Segments, List<int[]> Starts) Detokenize(IobDocument doc, bool blankLines)
    {
        var result = NerCorpus.Detokenize(doc);
        if (!blankLines)
        {
            return result;
        }

        var sb = new StringBuilder();
        var segments = new List<TextSpan>();
        var starts = new List<int[]>();
        for (int s = 0; s < result.Segments.Count; s++)
        {
            int shift = sb.Length - result.Segments[s].Start;
            segments.Add(new TextSpan(result.Segments[s].Start + shift, result.Segments[s].Length));
            starts.Add([.. result.Starts[s].Select(x => x + shift)]);
            sb.Append(result.Text, result.Segments[s].Start, result.Segments[s].Length).Append("\n\n");
        }

        return (doc, sb.ToString(), segments, starts);
    }

    private sealed record Probe(IReadOnlyList<TextSpan> Segments, Token[] Tokens, IReadOnlyList<NamedEntitySpan> Tagged, IReadOnlyList<NamedEntitySpan> Ruled);

    // Records the segments, the tokens, and the tagger's names before and after the name rules, as the recognizer computes them.
    private sealed class ProbeComponent(NamedEntityTagger tagger, NameRules rules) : IArticleComponent
    {
        public string Name => "evaluation.probe";

        public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Structure, ArticleLayers.Sentences, ArticleLayers.Tokens];

        public IReadOnlyList<string> Assigns { get; } = [ProbeLayer];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
            var structure = document.Structure;
            var headlines = EntityRecognizer.Headlines(structure);

            var tokens = new List<Token>();
            var names = tagger.Tag(document, tokens);
            var ruled = rules.Apply(document.Text, document.Segments, headlines, names, tokens);
            document.SetLayer(ProbeLayer, new Probe([.. document.Segments], [.. tokens], names, ruled));
        }
    }
}
