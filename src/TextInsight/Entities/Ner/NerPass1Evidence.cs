namespace TextInsight.Entities.Ner;

/// <summary>
/// What pass 1 said about a document, as pass 2 reads it: the labels, what they say about the same word elsewhere in the
/// document, the document's own names (pass 1's entities matched wherever they recur) and acronyms of those names.
/// </summary>
internal sealed class NerPass1Evidence
{
    private NerPass1Evidence(int[] labels, byte[] majority, byte[] names, byte[] acronyms)
    {
        Labels = labels;
        Majority = majority;
        Names = names;
        Acronyms = acronyms;
    }

    /// <summary>Pass 1's label of every token.</summary>
    public int[] Labels { get; }

    /// <summary>See <see cref="NerFeatures.Majority"/>.</summary>
    public byte[] Majority { get; }

    /// <summary>The longest of pass 1's entities (of any sentence) whose words recur at each token: type mask | position &lt;&lt; 4.</summary>
    public byte[] Names { get; }

    /// <summary>For a token in capitals, 1 + the type of a pass 1 entity whose capitalized words' initials it spells; else 0.</summary>
    public byte[] Acronyms { get; }

    /// <summary>Reads pass 1's labels of <paramref name="doc"/>.</summary>
    public static NerPass1Evidence Create(NerDocument doc, int[] labels)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(labels);
        var atoms = doc.Atoms;
        int n = doc.TokenCount;
        var w = doc.Workspace;
        var entries = w is null ? new Dictionary<ulong, byte>() : w.EvidenceEntries;
        var initials = w is null ? new Dictionary<ulong, int>() : w.EvidenceInitials;
        entries.Clear();
        initials.Clear();
        int longest = 1;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int start = doc.SentenceStarts[s];
            foreach (var e in NerLabels.Decode(labels.AsSpan(start, doc.SentenceStarts[s + 1] - start)))
            {
                int length = e.End - e.Start;
                if (length <= NerGazetteer.MaxNameLength)
                {
                    ulong h = NerGazetteer.NameSeed;
                    for (int i = start + e.Start; i < start + e.End; i++)
                    {
                        h = NerGazetteer.Next(h, atoms[i].Lower);
                        if (i < start + e.End - 1)
                        {
                            entries.TryAdd(h, 0);
                        }
                    }

                    entries[h] = (byte)(entries.GetValueOrDefault(h) | (1 << e.Type));
                    longest = Math.Max(longest, length);
                }

                if (length >= 2)
                {
                    ulong h = FeatureHash.Seed;
                    int letters = 0;
                    for (int i = start + e.Start; i < start + e.End; i++)
                    {
                        if ((atoms[i].Flags & TokenFlags.InitialUpper) != 0)
                        {
                            h = FeatureHash.Combine(h, atoms[i].Prefix1);
                            letters++;
                        }
                    }

                    if (letters >= 2)
                    {
                        initials.TryAdd(h, e.Type);
                    }
                }
            }
        }

        var names = w is null ? new byte[n] : w.Take(ref w.Names, n);
        var unigram = w is null ? new byte[n] : w.Take(ref w.NamesUnigram, n);
        var gazetteer = new NerGazetteer(entries, longest);
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int start = doc.SentenceStarts[s], length = doc.SentenceStarts[s + 1] - start;
            gazetteer.Match(atoms.AsSpan(start, length), names.AsSpan(start, length), unigram.AsSpan(start, length));
        }

        var acronyms = w is null ? new byte[n] : w.Take(ref w.Acronyms, n);
        if (initials.Count > 0)
        {
            for (int i = 0; i < n; i++)
            {
                if (atoms[i].Initials != 0 && initials.TryGetValue(atoms[i].Initials, out int type))
                {
                    acronyms[i] = (byte)(type + 1);
                }
            }
        }

        return new NerPass1Evidence(labels, NerFeatures.Majority(doc, labels), names, acronyms);
    }
}
