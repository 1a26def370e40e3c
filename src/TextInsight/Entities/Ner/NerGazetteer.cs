namespace TextInsight.Entities.Ner;

/// <summary>
/// Names seen in the training data, by lower-cased token sequence (hashed), with the types they were seen as.
/// Matching is longest-first from each token.
/// </summary>
internal sealed class NerGazetteer
{
    /// <summary>The longest name, in tokens, that is kept.</summary>
    public const int MaxNameLength = 6;

    private readonly Dictionary<ulong, byte> _entries;

    /// <summary>Creates a gazetteer from hashed entries (sequence hash → bit mask of types, 0 for a prefix of a longer name only).</summary>
    public NerGazetteer(Dictionary<ulong, byte> entries, int maxLength)
    {
        _entries = entries;
        MaxLength = maxLength;
    }

    /// <summary>The number of entries: names, and name prefixes (with an empty type mask).</summary>
    public int Count => _entries.Count;

    /// <summary>The longest name in tokens.</summary>
    public int MaxLength { get; }

    /// <summary>The entries, for saving.</summary>
    public IReadOnlyDictionary<ulong, byte> Entries => _entries;

    /// <summary>Builds a gazetteer from the gold entities of <paramref name="documents"/>.</summary>
    public static NerGazetteer Build(IEnumerable<IobDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var entries = new Dictionary<ulong, byte>();
        int max = 1;
        foreach (var doc in documents)
        {
            foreach (var sentence in doc.Sentences)
            {
                foreach (var e in sentence.Entities)
                {
                    if (e.End - e.Start > MaxNameLength)
                    {
                        continue;
                    }

                    // Every proper prefix is kept with an empty mask, so that matching stops as soon as no name continues.
                    ulong h = NameSeed;
                    for (int i = e.Start; i < e.End; i++)
                    {
                        h = Next(h, TokenAtoms.Compute(sentence.Tokens[i]).Lower);
                        if (i < e.End - 1)
                        {
                            entries.TryAdd(h, 0);
                        }
                    }

                    entries[h] = (byte)(entries.GetValueOrDefault(h) | (1 << e.Type));
                    max = Math.Max(max, e.End - e.Start);
                }
            }
        }

        return new NerGazetteer(entries, max);
    }

    /// <summary>The hash of the empty name.</summary>
    public const ulong NameSeed = 0x2545F4914F6CDD1DUL;

    /// <summary>Extends a name hash by one token's <see cref="TokenAtoms.Lower"/>.</summary>
    public static ulong Next(ulong nameHash, ulong lower) => FeatureHash.Combine(nameHash, lower);

    /// <summary>
    /// Whether the first of <paramref name="atoms"/> is a name of the gazetteer, or the first two begin one
    /// (<c>Bank of England …</c>, known from <c>Bank of Finland</c>).
    /// </summary>
    public bool StartsName(ReadOnlySpan<TokenAtoms> atoms)
    {
        if (atoms.IsEmpty || !_entries.TryGetValue(Next(NameSeed, atoms[0].Lower), out byte mask))
        {
            return false;
        }

        return mask != 0 || (atoms.Length > 1 && _entries.ContainsKey(Next(Next(NameSeed, atoms[0].Lower), atoms[1].Lower)));
    }

    /// <summary>
    /// Marks the tokens of a sentence: for each token, the types and position of the longest name covering it
    /// (<c>mask | position &lt;&lt; 4</c>, 0 for none) and the types of the token alone as a name.
    /// </summary>
    public void Match(ReadOnlySpan<TokenAtoms> atoms, Span<byte> longest, Span<byte> unigram)
    {
        longest.Clear();
        unigram.Clear();
        Span<int> coverLength = atoms.Length <= 256 ? stackalloc int[atoms.Length] : new int[atoms.Length];
        coverLength.Clear();
        for (int i = 0; i < atoms.Length; i++)
        {
            ulong h = NameSeed;
            int bestLength = 0;
            byte bestMask = 0;
            int limit = Math.Min(MaxLength, atoms.Length - i);
            for (int len = 1; len <= limit; len++)
            {
                h = Next(h, atoms[i + len - 1].Lower);
                if (!_entries.TryGetValue(h, out byte mask))
                {
                    break;
                }

                if (mask != 0)
                {
                    bestLength = len;
                    bestMask = mask;
                    if (len == 1)
                    {
                        unigram[i] = mask;
                    }
                }
            }

            for (int k = 0; k < bestLength; k++)
            {
                if (coverLength[i + k] >= bestLength)
                {
                    continue;
                }

                coverLength[i + k] = bestLength;
                int position = bestLength == 1 ? NerLabels.Unit : k == 0 ? NerLabels.Begin : k == bestLength - 1 ? NerLabels.Last : NerLabels.Inside;
                longest[i + k] = (byte)(bestMask | (position << 4));
            }
        }
    }
}
