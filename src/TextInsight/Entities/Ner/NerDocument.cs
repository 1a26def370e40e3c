namespace TextInsight.Entities.Ner;

/// <summary>
/// A document ready for feature extraction: the atoms of its tokens, its sentences, and what the tagger knows about each
/// token from its context: capitalization context, how the same word is written elsewhere in the document, and
/// gazetteer matches.
/// </summary>
internal sealed class NerDocument
{
    /// <summary>Capitalization context: an ordinary position.</summary>
    public const byte Ordinary = 0;

    /// <summary>Capitalization context: the first word of a sentence (or after an opening quote or bracket there).</summary>
    public const byte SentenceInitial = 1;

    /// <summary>Capitalization context: a line written in capitals (a headline), where case says little.</summary>
    public const byte AllCapsLine = 2;

    /// <summary>Builds the context of a document.</summary>
    /// <param name="atoms">The atoms of all tokens, sentence after sentence.</param>
    /// <param name="sentenceStarts">The index of each sentence's first token, then the token count.</param>
    /// <param name="gazetteer">The gazetteer to match.</param>
    /// <param name="lexicon">The words mostly written in lower case, or null (a model without one).</param>
    /// <param name="truecased">Per sentence, whether it is a headline already truecased, first word included, so that its first word's case is informative; null for none.</param>
    /// <param name="names">Public name lists to match, or null (a model without them).</param>
    /// <param name="clusters">Word clusters, or null (a model without them).</param>
    public NerDocument(TokenAtoms[] atoms, int[] sentenceStarts, NerGazetteer gazetteer, NerCaseLexicon? lexicon = null, bool[]? truecased = null,
        NerLexicon? names = null, NerClusters? clusters = null)
        : this(atoms, atoms?.Length ?? 0, sentenceStarts, gazetteer, lexicon, truecased, names, clusters, null)
    {
    }

    /// <summary>
    /// Builds the context of a document whose <paramref name="count"/> tokens are the start of <paramref name="atoms"/>,
    /// in the arrays of <paramref name="workspace"/> if given (so they may be longer than the document, and are valid
    /// until the workspace is used again), else in new ones.
    /// </summary>
    internal NerDocument(TokenAtoms[] atoms, int count, int[] sentenceStarts, NerGazetteer gazetteer, NerCaseLexicon? lexicon, bool[]? truecased,
        NerLexicon? names, NerClusters? clusters, NerWorkspace? workspace)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, atoms.Length);
        Atoms = atoms;
        SentenceStarts = sentenceStarts;
        Workspace = workspace;
        int n = count;
        TokenCount = n;
        var w = workspace;
        CapsContext = w is null ? new byte[n] : w.Take(ref w.CapsContext, n);
        DocCase = w is null ? new byte[n] : w.Take(ref w.DocCase, n);
        Gazetteer = w is null ? new byte[n] : w.Take(ref w.Gazetteer, n);
        GazetteerUnigram = w is null ? new byte[n] : w.Take(ref w.GazetteerUnigram, n);
        SentenceIndex = w is null ? new byte[n] : w.Take(ref w.SentenceIndex, n);
        if (names is not null)
        {
            NameList = w is null ? new uint[n] : w.Take(ref w.NameList, n);
            NameListUnigram = w is null ? new uint[n] : w.Take(ref w.NameListUnigram, n);
        }

        if (clusters is not null)
        {
            Cluster = w is null ? new int[n] : w.Take(ref w.Cluster, n);
            for (int i = 0; i < n; i++)
            {
                Cluster[i] = clusters.PathOf(atoms[i].Word);
            }
        }

        for (int s = 0; s < SentenceCount; s++)
        {
            int start = sentenceStarts[s], end = sentenceStarts[s + 1];
            var sentence = atoms.AsSpan(start, end - start);
            names?.Match(sentence, NameList.AsSpan(start, end - start), NameListUnigram.AsSpan(start, end - start));
            gazetteer.Match(sentence, Gazetteer.AsSpan(start, end - start), GazetteerUnigram.AsSpan(start, end - start));
            bool allCaps = IsAllCaps(sentence);
            bool initial = truecased is null || !truecased[s];
            // Models with name lists read the word after an opening dateline as a sentence's first word (a model of format 2
            // computes exactly its old features).
            int afterDateline = names is not null ? start + AfterDateline(sentence) : -1;
            for (int i = start; i < end; i++)
            {
                SentenceIndex[i] = (byte)Math.Min(s, 3);
                if (allCaps)
                {
                    CapsContext[i] = AllCapsLine;
                }
                else if (i == afterDateline && (atoms[i].Flags & TokenFlags.HasLetter) != 0)
                {
                    CapsContext[i] = SentenceInitial;
                }
                else if (initial && (atoms[i].Flags & TokenFlags.HasLetter) != 0)
                {
                    CapsContext[i] = SentenceInitial;
                    initial = false;
                }
                else if ((atoms[i].Flags & (TokenFlags.HasLetter | TokenFlags.HasDigit)) != 0)
                {
                    initial = false;
                }
            }
        }

        // A capitalized word that is mostly written in lower case (a sentence's first word, a word of a headline in capitals) is less likely a name.
        CommonWord = w is null ? new bool[n] : w.Take(ref w.CommonWord, n);
        HasLexicon = lexicon is not null;
        if (lexicon is not null)
        {
            for (int i = 0; i < n; i++)
            {
                CommonWord[i] = (atoms[i].Flags & (TokenFlags.InitialUpper | TokenFlags.NoLower)) != 0 && lexicon.Contains(atoms[i].Lower);
            }
        }

        // A word that the case lexicon says is mostly written in lower case (Golden, Bake, The, Bank) is matched as a name on
        // its own no more: its list entry says less than the word's commonness, and pushed unknown awards, verbs of title-case
        // headlines and the first word of a name towards a person or a town. Longer entries it begins or ends still match.
        if (names is not null && lexicon is not null)
        {
            for (int i = 0; i < n; i++)
            {
                if (CommonWord[i] && ((NameList![i] >> 24) & 3) == NerLabels.Unit)
                {
                    NameList[i] = 0;
                }

                if (CommonWord[i])
                {
                    NameListUnigram![i] = 0;
                }
            }
        }

        RunCue = w is null ? new byte[n] : w.Take(ref w.RunCue, n);
        AppositionCue = w is null ? new byte[n] : w.Take(ref w.AppositionCue, n);
        NerCues.Compute(atoms, sentenceStarts, CapsContext, CommonWord, RunCue.AsSpan(0, n), AppositionCue.AsSpan(0, n));

        // How each word is written where its case is informative: bit 0 lower-case initial, bit 1 capitalized, bit 2 all capitals.
        var cases = w?.Cases ?? new Dictionary<ulong, byte>();
        cases.Clear();
        for (int i = 0; i < n; i++)
        {
            var f = atoms[i].Flags;
            if (CapsContext[i] != Ordinary || (f & TokenFlags.HasLetter) == 0)
            {
                continue;
            }

            byte bit = (f & TokenFlags.InitialLower) != 0 ? (byte)1 : (f & TokenFlags.NoLower) != 0 ? (byte)4 : (f & TokenFlags.InitialUpper) != 0 ? (byte)2 : (byte)0;
            if (bit != 0)
            {
                cases[atoms[i].Lower] = (byte)(cases.GetValueOrDefault(atoms[i].Lower) | bit);
            }
        }

        for (int i = 0; i < n; i++)
        {
            DocCase[i] = (atoms[i].Flags & TokenFlags.HasLetter) == 0 ? (byte)8 : cases.GetValueOrDefault(atoms[i].Lower);
        }

        // In a title-case headline case says little: a word that truecasing left capitalized only because no lexicon knows
        // it (Bake) keeps its list matches only where the rest of the document writes it capitalized too (Tess Maguire).
        if (names is not null && truecased is not null)
        {
            for (int s = 0; s < SentenceCount; s++)
            {
                if (!truecased[s])
                {
                    continue;
                }

                for (int i = sentenceStarts[s]; i < sentenceStarts[s + 1]; i++)
                {
                    if ((DocCase[i] & 6) == 0)
                    {
                        NameList![i] = 0;
                        NameListUnigram![i] = 0;
                    }
                }
            }
        }

        // The neighbours of each capitalized word's first occurrences, so that every occurrence sees the contexts of the
        // others: the capitalized tokens are grouped by word (and a compound also under its head word), each group keeping
        // its first MaxOccurrences tokens in a flat array.
        PreviousLower = w is null ? new ulong[n] : w.Take(ref w.PreviousLower, n);
        PreviousPair = w is null ? new ulong[n] : w.Take(ref w.PreviousPair, n);
        NextLower = w is null ? new ulong[n] : w.Take(ref w.NextLower, n);
        var groups = w?.Groups ?? new Dictionary<ulong, int>();
        groups.Clear();
        int[] members = w is null ? new int[2 * n * MaxOccurrences] : w.Take(ref w.GroupMembers, 2 * n * MaxOccurrences);
        int[] groupCounts = w is null ? new int[2 * n] : w.Take(ref w.GroupCounts, 2 * n);
        for (int s = 0; s < SentenceCount; s++)
        {
            int start = sentenceStarts[s], end = sentenceStarts[s + 1];
            for (int i = start; i < end; i++)
            {
                PreviousLower[i] = i > start ? atoms[i - 1].Lower : TokenAtoms.Padding.Lower;
                PreviousPair[i] = FeatureHash.Combine(i - 1 > start ? atoms[i - 2].Lower : TokenAtoms.Padding.Lower, PreviousLower[i]);
                NextLower[i] = i + 1 < end ? atoms[i + 1].Lower : TokenAtoms.Padding.Lower;
                if ((atoms[i].Flags & (TokenFlags.InitialUpper | TokenFlags.NoLower)) == 0)
                {
                    continue;
                }

                Join(groups, members, groupCounts, atoms[i].Lower, i);
                if (atoms[i].Head != 0)
                {
                    Join(groups, members, groupCounts, atoms[i].Head, i);
                }
            }
        }

        // Training holds thousands of documents at once: theirs keep only the groups' used part.
        _groupMembers = w is null ? members[..(groups.Count * MaxOccurrences)] : members;
        _groupCounts = w is null ? groupCounts[..groups.Count] : groupCounts;
        _occurrenceGroup = w is null ? new int[n] : w.Take(ref w.OccurrenceGroup, n);
        for (int i = 0; i < n; i++)
        {
            // Group g is stored as g + 1, so that 0 (a cleared array) means none.
            _occurrenceGroup[i] = (atoms[i].Flags & (TokenFlags.InitialUpper | TokenFlags.NoLower)) != 0
                && groups.TryGetValue(atoms[i].Lower, out int g) && groupCounts[g] > 1 ? g + 1 : 0;
        }

        // The cues of a word anywhere in the document hold for its other occurrences ("Vantor" alone after "Vantor Labs").
        DocumentCue = w is null ? new ushort[n] : w.Take(ref w.DocumentCue, n);
        var cueOfWord = w?.CueOfWord ?? new Dictionary<ulong, int>();
        cueOfWord.Clear();
        for (int i = 0; i < n; i++)
        {
            int mask = (RunCue[i] != 0 ? 1 << ((RunCue[i] >> 2) - 1) : 0) | (AppositionCue[i] != 0 ? 1 << (4 + (AppositionCue[i] >> 1)) : 0);
            if (mask != 0)
            {
                cueOfWord[atoms[i].Lower] = cueOfWord.GetValueOrDefault(atoms[i].Lower) | mask;
            }
        }

        if (cueOfWord.Count > 0)
        {
            for (int i = 0; i < n; i++)
            {
                if ((atoms[i].Flags & (TokenFlags.InitialUpper | TokenFlags.NoLower)) != 0 && (atoms[i].Flags & TokenFlags.HasLetter) != 0)
                {
                    DocumentCue[i] = (ushort)cueOfWord.GetValueOrDefault(atoms[i].Lower);
                }
            }
        }
    }

    private readonly int[] _groupMembers;
    private readonly int[] _groupCounts;
    private readonly int[] _occurrenceGroup;

    /// <summary>The workspace whose arrays this document uses, or null (its own arrays).</summary>
    internal NerWorkspace? Workspace { get; }

    /// <summary>Per token, the longest public-list entry covering it: kinds | position &lt;&lt; 24 (<see cref="NerLexicon.Match"/>); null without lists.</summary>
    public uint[]? NameList { get; }

    /// <summary>Per token, the public-list value of the token alone (kinds and frequency buckets); null without lists.</summary>
    public uint[]? NameListUnigram { get; }

    /// <summary>Per token, its word's cluster path + 1 (0: a word the clusters do not know); null without clusters.</summary>
    public int[]? Cluster { get; }

    /// <summary>Per token: capitalized, and a word the case lexicon says is mostly written in lower case.</summary>
    public bool[] CommonWord { get; }

    /// <summary>Whether <see cref="CommonWord"/> comes from a case lexicon (a model of format 1 has none).</summary>
    public bool HasLexicon { get; }

    /// <summary>Per token, <see cref="NerCues"/>' class of the designator ending its capitalized run × 4, + 1 on the designator, + 2 or 3 on a sentence's first word (3: a common word).</summary>
    public byte[] RunCue { get; }

    /// <summary>Per token of a capitalized run, <see cref="NerCues"/>' class of a noun in apposition × 2, + 1 when it follows.</summary>
    public byte[] AppositionCue { get; }

    /// <summary>Per capitalized token, the cues of all occurrences of its word in the document: bit c − 1 for run class c, bit 4 + c for apposition class c.</summary>
    public ushort[] DocumentCue { get; }

    private static void Join(Dictionary<ulong, int> groups, int[] members, int[] counts, ulong key, int token)
    {
        ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out bool exists);
        if (!exists)
        {
            slot = groups.Count - 1;
        }

        int g = slot;
        if (counts[g] < MaxOccurrences)
        {
            members[(g * MaxOccurrences) + counts[g]++] = token;
        }
    }

    /// <summary>How many occurrences of a word share their contexts.</summary>
    public const int MaxOccurrences = 6;

    /// <summary>The <see cref="TokenAtoms.Lower"/> of the previous token in the sentence (padding at the start).</summary>
    public ulong[] PreviousLower { get; }

    /// <summary>The two previous tokens' <see cref="TokenAtoms.Lower"/>, combined (padding at the start).</summary>
    public ulong[] PreviousPair { get; }

    /// <summary>The <see cref="TokenAtoms.Lower"/> of the next token in the sentence (padding at the end).</summary>
    public ulong[] NextLower { get; }

    /// <summary>For a capitalized token, the first occurrences of its word in the document (itself perhaps among them), if more than one; else empty.</summary>
    public ReadOnlySpan<int> OccurrencesOf(int token)
    {
        int g = _occurrenceGroup[token] - 1;
        return g < 0 ? default : _groupMembers.AsSpan(g * MaxOccurrences, _groupCounts[g]);
    }

    /// <summary>The atoms of all tokens.</summary>
    public TokenAtoms[] Atoms { get; }

    /// <summary>The index of each sentence's first token, then the token count.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>The number of sentences.</summary>
    public int SentenceCount => SentenceStarts.Length - 1;

    /// <summary>The number of tokens: the arrays of a document built in a workspace may be longer.</summary>
    public int TokenCount { get; }

    /// <summary>The capitalization context of each token.</summary>
    public byte[] CapsContext { get; }

    /// <summary>How the token's word is written at ordinary positions of the document (bits: lower, capitalized, capitals; 8 for no letters).</summary>
    public byte[] DocCase { get; }

    /// <summary>The longest gazetteer name covering each token: type mask | position &lt;&lt; 4.</summary>
    public byte[] Gazetteer { get; }

    /// <summary>The types of each token alone as a gazetteer name.</summary>
    public byte[] GazetteerUnigram { get; }

    /// <summary>The index of the token's sentence, capped at 3 (Reuters stories open with a headline and a dateline).</summary>
    public byte[] SentenceIndex { get; }

    private static readonly ulong[] Dashes = [TokenAtoms.Compute("-").Lower, TokenAtoms.Compute("\u2013").Lower, TokenAtoms.Compute("\u2014").Lower, TokenAtoms.Compute("--").Lower];
    private static readonly ulong OpenBracket = TokenAtoms.Compute("(").Lower, CloseBracket = TokenAtoms.Compute(")").Lower, Comma = TokenAtoms.Compute(",").Lower;

    // A dateline that opens a sentence ("FRANKFURT (Eurodesk) - The …", "LONDON - …"): the place in capitals, a bracketed
    // agency, a dash. Returns the offset of the word after the dash, which begins the sentence proper, or -1.
    private static int AfterDateline(ReadOnlySpan<TokenAtoms> sentence)
    {
        int k = 0;
        while (k < sentence.Length && k < 4 && ((sentence[k].Flags & (TokenFlags.HasLetter | TokenFlags.NoLower)) == (TokenFlags.HasLetter | TokenFlags.NoLower) || (k > 0 && sentence[k].Lower == Comma)))
        {
            k++;
        }

        if (k == 0)
        {
            return -1;
        }

        if (k < sentence.Length && sentence[k].Lower == OpenBracket)
        {
            int close = k + 1;
            while (close < sentence.Length && close < k + 6 && sentence[close].Lower != CloseBracket)
            {
                close++;
            }

            if (close >= sentence.Length || sentence[close].Lower != CloseBracket)
            {
                return -1;
            }

            k = close + 1;
        }

        return k + 1 < sentence.Length && Array.IndexOf(Dashes, sentence[k].Lower) >= 0 ? k + 1 : -1;
    }

    private static bool IsAllCaps(ReadOnlySpan<TokenAtoms> sentence)
    {
        int caps = 0;
        foreach (var a in sentence)
        {
            if ((a.Flags & TokenFlags.HasLetter) == 0)
            {
                continue;
            }

            if ((a.Flags & TokenFlags.NoLower) == 0)
            {
                return false;
            }

            caps++;
        }

        return caps >= 2;
    }
}
