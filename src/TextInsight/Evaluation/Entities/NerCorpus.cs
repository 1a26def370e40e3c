using TextInsight.Entities.Rules;
using System.Text;

namespace TextInsight.Entities.Ner;

/// <summary>Turns CoNLL documents into <see cref="NerDocument"/>s and evaluates a model on them.</summary>
internal static class NerCorpus
{
    /// <summary>The document of the tokens of <paramref name="doc"/>, matched against <paramref name="gazetteer"/> and <paramref name="lexicon"/>.</summary>
    public static NerDocument ToDocument(IobDocument doc, NerGazetteer gazetteer, NerCaseLexicon? lexicon, NerLexicon? nameLists = null, NerClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var starts = new int[doc.Sentences.Count + 1];
        var atoms = new TokenAtoms[doc.TokenCount];
        int k = 0;
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            starts[s] = k;
            foreach (string token in doc.Sentences[s].Tokens)
            {
                atoms[k++] = TokenAtoms.Compute(token);
            }
        }

        starts[^1] = k;
        return new NerDocument(atoms, starts, gazetteer, lexicon, null, nameLists, clusters);
    }

    /// <summary>The gold BILOU labels of every token of <paramref name="doc"/>.</summary>
    public static int[] GoldLabels(IobDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var labels = new int[doc.TokenCount];
        int k = 0;
        foreach (var s in doc.Sentences)
        {
            NerLabels.Encode(s.Entities, labels.AsSpan(k, s.Tokens.Length));
            k += s.Tokens.Length;
        }

        return labels;
    }

    /// <summary>The document of <paramref name="doc"/> as <paramref name="model"/> reads it (its gazetteer, lexicons and clusters).</summary>
    public static NerDocument ToDocument(IobDocument doc, NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ToDocument(doc, model.Gazetteer, model.CaseLexicon, model.NameLists, model.Clusters);
    }

    /// <summary>Scores predicted labels of documents against their gold entities.</summary>
    public static NerScores Score(IReadOnlyList<IobDocument> docs, IReadOnlyList<int[]> predicted)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(predicted);
        var scores = new NerScores();
        for (int d = 0; d < docs.Count; d++)
        {
            int k = 0;
            foreach (var s in docs[d].Sentences)
            {
                int n = s.Tokens.Length;
                scores.Add(s.Entities, NerLabels.Decode(predicted[d].AsSpan(k, n)), n);
                k += n;
            }
        }

        return scores;
    }

    /// <summary>
    /// Scores <paramref name="tagger"/> on each document's raw text (tokens joined by spaces, one sentence per line, tokenized
    /// again by <see cref="NamedEntityTagger.Tag(string, IReadOnlyList{TextSpan})"/>), without and then with <see cref="NameRules"/>;
    /// a name whose edges do not fall on CoNLL token edges counts as wrong.
    /// </summary>
    public static (NerScores Raw, NerScores Ruled) ScoreRawText(NamedEntityTagger tagger, IReadOnlyList<IobDocument> docs)
    {
        var ablation = RuleAblation(tagger, docs, []);
        return (ablation.Raw, ablation.Ruled);
    }

    /// <summary>
    /// <see cref="ScoreRawText"/>, plus the scores with each of <paramref name="ablated"/> toggled in turn (a default rule off,
    /// an opt-in rule on: <see cref="NameRules.Toggled"/>), so that each rule's effect on data it was not written for is seen on its own.
    /// </summary>
    public static (NerScores Raw, NerScores Ruled, List<(NameRule Rule, NerScores Scores)> WithoutRule) RuleAblation(
        NamedEntityTagger tagger, IReadOnlyList<IobDocument> docs, IReadOnlyList<NameRule> ablated)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(ablated);
        var all = new NameRules(tagger);
        var without = ablated.Select(r => (Rule: r, Rules: new NameRules(tagger, NameRules.Toggled(r)), Scores: new NerScores())).ToList();
        NerScores raw = new(), ruled = new();
        var noHeadlines = new HashSet<TextSpan>();
        foreach (var (doc, text, segments, starts) in docs.Select(Detokenize))
        {
            var names = tagger.Tag(text, segments);
            Score(doc, starts, names, raw);
            Score(doc, starts, all.Apply(text, segments, noHeadlines, names), ruled);
            foreach (var (_, rules, scores) in without)
            {
                Score(doc, starts, rules.Apply(text, segments, noHeadlines, names), scores);
            }
        }

        return (raw, ruled, [.. without.Select(w => (w.Rule, w.Scores))]);
    }

    private static void Score(IobDocument doc, List<int[]> starts, IReadOnlyList<NamedEntitySpan> names, NerScores scores)
    {
        int next = 0;
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            int[] tokenStarts = starts[s];
            int end = tokenStarts[^1];
            var found = new List<EntitySpanLabel>();
            while (next < names.Count && names[next].Span.Start < end)
            {
                var span = names[next++].Span;
                int first = Array.IndexOf(tokenStarts, span.Start, 0, tokenStarts.Length - 1);
                int last = -1;
                for (int k = 0; k < tokenStarts.Length - 1; k++)
                {
                    if (tokenStarts[k] + sentence.Tokens[k].Length == span.End)
                    {
                        last = k;
                    }
                }

                var type = (int)names[next - 1].Type;
                found.Add(first >= 0 && last >= first ? new EntitySpanLabel(first, last + 1, type) : new EntitySpanLabel(-1, -1, type));
            }

            scores.Add(sentence.Entities, found, sentence.Tokens.Length);
        }
    }

    // Each sentence on its own line, tokens joined by spaces; per sentence the start of each token, then the line's end.
    internal static (IobDocument Doc, string Text, List<TextSpan> Segments, List<int[]> Starts) Detokenize(IobDocument doc)
    {
        var sb = new StringBuilder();
        var segments = new List<TextSpan>();
        var starts = new List<int[]>();
        foreach (var s in doc.Sentences)
        {
            int start = sb.Length;
            var tokenStarts = new int[s.Tokens.Length + 1];
            for (int k = 0; k < s.Tokens.Length; k++)
            {
                if (k > 0)
                {
                    sb.Append(' ');
                }

                tokenStarts[k] = sb.Length;
                sb.Append(s.Tokens[k]);
            }

            tokenStarts[^1] = sb.Length;
            segments.Add(new TextSpan(start, sb.Length - start));
            starts.Add(tokenStarts);
            sb.Append('\n');
        }

        return (doc, sb.ToString(), segments, starts);
    }
}
