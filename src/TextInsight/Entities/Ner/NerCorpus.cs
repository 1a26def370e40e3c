namespace TextInsight.Entities.Ner;

/// <summary>Turns CoNLL documents into <see cref="NerDocument"/>s and evaluates a model on them.</summary>
internal static class NerCorpus
{
    /// <summary>The document of the tokens of <paramref name="doc"/>, matched against <paramref name="gazetteer"/> and <paramref name="lexicon"/>.</summary>
    public static NerDocument ToDocument(IobDocument doc, NerGazetteer gazetteer, NerCaseLexicon? lexicon)
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
        return new NerDocument(atoms, starts, gazetteer, lexicon);
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
}
