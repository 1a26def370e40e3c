namespace TextInsight.Entities.Ner;

/// <summary>
/// The feature templates. Each feature is a template number combined with a hashed value, then cut to a bucket of
/// the weight table (the hashing trick keeps the model small and needs no feature dictionary). Pass 1 sees the
/// token, its ±2 window, capitalization context, document casing and gazetteer; pass 2 adds pass 1's labels of the
/// sentence and of the same word elsewhere in the document.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The most features one token can have.</summary>
    public const int Stride = 160;

    /// <summary>
    /// Writes the feature buckets of the tokens of sentence <paramref name="sentence"/> into <paramref name="ids"/>
    /// (<see cref="Stride"/> slots per token) and their numbers into <paramref name="counts"/>.
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="sentence">The sentence index.</param>
    /// <param name="bits">The weight table has 2^bits buckets.</param>
    /// <param name="pass1">For pass 2: what pass 1 said about the document; null for pass 1.</param>
    /// <param name="hideWord">In training, the tokens whose word-identity features are left out (rare words, so that the model learns to read unknown names from their context and form); empty at run time.</param>
    /// <param name="ids">Receives the buckets.</param>
    /// <param name="counts">Receives the number of features of each token.</param>
    public static void Extract(NerDocument doc, int sentence, int bits, NerPass1Evidence? pass1, ReadOnlySpan<bool> hideWord, Span<int> ids, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int start = doc.SentenceStarts[sentence], end = doc.SentenceStarts[sentence + 1];
        int shift = 64 - bits;
        var atoms = doc.Atoms;
        for (int i = start; i < end; i++)
        {
            var w = new Writer(ids.Slice((i - start) * Stride, Stride), shift);
            ref readonly var a0 = ref atoms[i];
            ref readonly var am1 = ref (i - 1 >= start ? ref atoms[i - 1] : ref TokenAtoms.Padding);
            ref readonly var am2 = ref (i - 2 >= start ? ref atoms[i - 2] : ref TokenAtoms.Padding);
            ref readonly var ap1 = ref (i + 1 < end ? ref atoms[i + 1] : ref TokenAtoms.Padding);
            ref readonly var ap2 = ref (i + 2 < end ? ref atoms[i + 2] : ref TokenAtoms.Padding);
            ulong caps = doc.CapsContext[i];
            ulong docCase = doc.DocCase[i];
            ulong capFlag = CapFlag(a0.Flags);

            bool known = hideWord.IsEmpty || !hideWord[i];
            w.Add(0, 0);
            if (known)
            {
                w.Add(1, a0.Word);
                w.Add(2, a0.Lower);
                w.AddIf(7, a0.Prefix4);
                w.AddIf(11, a0.Suffix4);
                w.Add(23, FeatureHash.Combine(am1.Lower, a0.Lower));
                w.Add(24, FeatureHash.Combine(a0.Lower, ap1.Lower));
                w.Add(31, FeatureHash.Combine(caps, a0.Lower));
            }

            w.Add(3, a0.Shape);
            w.AddIf(4, a0.Prefix1);
            w.AddIf(5, a0.Prefix2);
            w.AddIf(6, a0.Prefix3);
            w.AddIf(8, a0.Suffix1);
            w.AddIf(9, a0.Suffix2);
            w.AddIf(10, a0.Suffix3);
            w.Add(12, am1.Lower);
            w.Add(13, ap1.Lower);
            w.Add(14, am2.Lower);
            w.Add(15, ap2.Lower);
            w.Add(16, am1.Shape);
            w.Add(17, ap1.Shape);
            w.Add(18, am2.Shape);
            w.Add(19, ap2.Shape);
            w.Add(20, FeatureHash.Combine(am1.Shape, a0.Shape));
            w.Add(21, FeatureHash.Combine(a0.Shape, ap1.Shape));
            w.Add(22, FeatureHash.Combine(FeatureHash.Combine(am1.Shape, a0.Shape), ap1.Shape));
            w.Add(25, FeatureHash.Combine(am1.Lower, a0.Shape));
            w.Add(26, FeatureHash.Combine(a0.Shape, ap1.Lower));
            w.Add(27, FeatureHash.Combine(caps, a0.Shape));
            w.Add(28, (caps << 8) | docCase);
            w.Add(29, FeatureHash.Combine(docCase, a0.Shape));
            w.Add(30, docCase);
            w.Add(32, FeatureHash.Combine(doc.SentenceIndex[i], a0.Shape));

            int gaz = doc.Gazetteer[i];
            for (int t = 0; t < NerLabels.TypeCount; t++)
            {
                if ((gaz & (1 << t)) != 0)
                {
                    ulong v = (ulong)((t * 4) + (gaz >> 4));
                    w.Add(33, v);
                    w.Add(34, (v << 4) | capFlag);
                }
            }

            foreach (int j in doc.OccurrencesOf(i))
            {
                if (j != i)
                {
                    w.Add(38, doc.PreviousLower[j]);
                    w.Add(39, doc.NextLower[j]);
                    w.Add(52, doc.PreviousPair[j]);
                }
            }

            byte runCue = doc.RunCue[i], appositionCue = doc.AppositionCue[i];
            ushort documentCue = doc.DocumentCue[i];
            if (runCue != 0)
            {
                w.Add(53, runCue);
                w.Add(54, ((ulong)runCue << 4) | (ulong)doc.Gazetteer[i]);
            }

            if (appositionCue != 0)
            {
                w.Add(55, appositionCue);
            }

            if (documentCue != 0)
            {
                w.Add(56, documentCue);
                w.Add(57, ((ulong)documentCue << 8) | caps);
                w.Add(58, ((ulong)documentCue << 8) | capFlag);
            }

            if (doc.HasLexicon && (a0.Flags & (TokenFlags.InitialUpper | TokenFlags.NoLower)) != 0)
            {
                ulong common = doc.CommonWord[i] ? 1UL : 0UL;
                w.Add(59, (common << 8) | (caps << 4) | capFlag);
                w.Add(60, FeatureHash.Combine((common << 8) | caps, a0.Shape));
            }

            if (doc.NameList is { } nameList)
            {
                AddNameLists(ref w, nameList, doc.NameListUnigram!, i, start, end, capFlag, runCue);
            }

            if (doc.Cluster is { } cluster)
            {
                AddClusters(ref w, cluster, i, start, end, capFlag);
            }

            w.Add(35, doc.GazetteerUnigram[i]);
            w.Add(36, i - 1 >= start ? doc.Gazetteer[i - 1] : 255UL);
            w.Add(37, i + 1 < end ? doc.Gazetteer[i + 1] : 255UL);

            if (pass1 is not null)
            {
                var labels = pass1.Labels;
                ulong self = (ulong)labels[i];
                ulong prev = i - 1 >= start ? (ulong)labels[i - 1] : 99;
                ulong next = i + 1 < end ? (ulong)labels[i + 1] : 99;
                ulong major = pass1.Majority[i];
                w.Add(40, self);
                w.Add(41, prev);
                w.Add(42, next);
                w.Add(43, major);
                w.Add(44, (major << 8) | caps);
                w.Add(45, (major << 8) | capFlag);
                w.Add(46, (major << 8) | self);
                ulong names = pass1.Names[i];
                w.Add(47, names);
                w.Add(48, (names << 8) | capFlag);
                w.Add(49, (names << 8) | caps);
                ulong acronym = pass1.Acronyms[i];
                if (acronym != 0)
                {
                    w.Add(50, acronym);
                    w.Add(51, (acronym << 8) | caps);
                }
            }

            counts[i - start] = w.Count;
        }
    }

    /// <summary>
    /// For each token, what pass 1 said about the same word (lower-cased) elsewhere in the document: 0 where the word
    /// occurs nowhere else, else 1 + the most frequent of O (0) and the four types (1–4) among the other occurrences.
    /// A hyphenated compound (<c>Kubernetes-driven</c>) counts as an occurrence of its first word too.
    /// </summary>
    public static byte[] Majority(NerDocument doc, ReadOnlySpan<int> pass1)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var atoms = doc.Atoms;
        int n = doc.TokenCount;
        var w = doc.Workspace;
        var index = w?.MajorityIndex ?? new Dictionary<ulong, int>();
        var counts = w?.MajorityCounts ?? new List<int>();
        index.Clear();
        counts.Clear();
        var slot = w is null ? new int[n] : w.Take(ref w.Slots, n);
        // Models with name lists count an occurrence that opens or continues a longer name (Dunmore of Dunmore Courier) as a
        // class of its own, not as that name's type: a town that names the local paper and council is still a town.
        bool modifiers = doc.NameList is not null;
        int classes = modifiers ? 6 : 5;
        int SlotOf(ulong key)
        {
            if (!index.TryGetValue(key, out int s))
            {
                s = counts.Count;
                index.Add(key, s);
                for (int k = 0; k < classes; k++)
                {
                    counts.Add(0);
                }
            }

            return s;
        }

        for (int i = 0; i < n; i++)
        {
            if ((atoms[i].Flags & TokenFlags.HasLetter) == 0)
            {
                slot[i] = -1;
                continue;
            }

            int type = ClassOf(pass1[i], modifiers);
            slot[i] = SlotOf(atoms[i].Lower);
            counts[slot[i] + type]++;
            if (atoms[i].Head != 0)
            {
                counts[SlotOf(atoms[i].Head) + type]++;
            }
        }

        var result = w is null ? new byte[n] : w.Take(ref w.Majority, n);
        for (int i = 0; i < n; i++)
        {
            int s = slot[i];
            if (s < 0)
            {
                continue;
            }

            int own = ClassOf(pass1[i], modifiers);
            int best = -1, bestCount = 0;
            for (int k = 0; k < classes; k++)
            {
                int c = counts[s + k] - (k == own ? 1 : 0);
                if (c > bestCount)
                {
                    best = k;
                    bestCount = c;
                }
            }

            result[i] = (byte)(best + 1);
        }

        return result;
    }

    private static int ClassOf(int label, bool modifiers) =>
        modifiers && NerLabels.PositionOf(label) is NerLabels.Begin or NerLabels.Inside ? 5 : 1 + NerLabels.TypeOf(label);

    // Public name lists: each kind of the longest entry covering the token with its position (alone and with the token's
    // case), the frequency buckets of the token alone as a first name, surname or city, the kinds of the token alone, and
    // the kinds and positions of the neighbours' entries.
    private static void AddNameLists(ref Writer w, uint[] longest, uint[] unigram, int i, int start, int end, ulong capFlag, byte runCue)
    {
        uint match = longest[i];
        ulong position = (match >> 24) & 3;
        if (runCue != 0 && (runCue & 3) != 1 && (match == 0 || position == NerLabels.Unit))
        {
            // A word listed alone inside a run of capitalized words that ends in a designator (British Athletics, Dunmore
            // Electoral Office, Harbour Classic) is a part of that name, not the listed name: its kinds count only with the cue.
            uint kinds = (match | unigram[i]) & NerLexicon.KindMask;
            if (kinds != 0)
            {
                w.Add(79, ((ulong)kinds << 8) | runCue);
            }

            AddNeighbourEntries(ref w, longest, i, start, end);
            return;
        }

        // Whether the entry is a part of a longer run of capitalized words (British of British Athletics): a match that is
        // the whole name and one inside a longer name are different evidence, and the model learns each.
        ulong part = (match >> NerLexicon.PartOfLongerBit) & 1;
        for (uint kinds = match & NerLexicon.KindMask; kinds != 0; kinds &= kinds - 1)
        {
            ulong v = ((ulong)System.Numerics.BitOperations.TrailingZeroCount(kinds) << 3) | position | (part << 2);
            w.Add(61, v);
            w.Add(62, (v << 4) | capFlag);
        }

        uint alone = unigram[i];
        if (alone != 0)
        {
            w.Add(63, ((ulong)(alone & NerLexicon.KindMask) << 4) | capFlag | (part << 2));
            uint first = NerLexicon.FirstNameBucket(alone), surname = NerLexicon.SurnameBucket(alone), city = NerLexicon.CityBucket(alone);
            if (first != 0)
            {
                w.Add(64, (first << 4) | (uint)capFlag);
            }

            if (surname != 0)
            {
                w.Add(65, (surname << 4) | (uint)capFlag);
            }

            if (city != 0)
            {
                w.Add(66, (city << 4) | (uint)capFlag);
            }

            if (first != 0 && surname != 0)
            {
                w.Add(67, (first << 8) | (surname << 4) | (uint)capFlag);
            }
        }

        AddNeighbourEntries(ref w, longest, i, start, end);
    }

    // The neighbours' entries (0: not listed; all ones: the sentence's edge). "The next word is in no list" learns that the
    // word begins no name (-11 for B-ORG), since CoNLL-2003's names are nearly all listed; firing these only for listed
    // neighbours was tried (issue 19, fifth round) and raised the pipeline gap, so the unlisted value stays.
    private static void AddNeighbourEntries(ref Writer w, uint[] longest, int i, int start, int end)
    {
        ulong previous = i - 1 >= start ? longest[i - 1] : 0xFFFFFFFFUL;
        ulong next = i + 1 < end ? longest[i + 1] : 0xFFFFFFFFUL;
        w.Add(68, previous);
        w.Add(69, next);
    }

    // Word clusters: the path's prefixes of one, two and three levels (as Brown-cluster prefixes), the full path with the
    // token's case, and the neighbours' clusters. A path holds in bits 12-13 how many of its deepest levels the training
    // data did not support (NerClusters.BackOffUnsupported): those prefixes give no feature, so that a cluster whose
    // training tokens are nearly all one or two words (Palestinian, Serb) does not stand in for those words' type.
    // A word the clusters do not know gets no feature of its own: in CoNLL-2003 the capitalized words unknown to the news
    // text are mostly rare 1996 surnames (5,759 of 10,612 name tokens Person), so "unknown" had come to mean "a person"
    // and made new company names (Klimatek) persons.
    private static void AddClusters(ref Writer w, int[] cluster, int i, int start, int end, ulong capFlag)
    {
        int c = cluster[i];
        ulong self = c == 0 ? 0xFFFUL : Truncated((ulong)c - 1);
        if (c != 0)
        {
            ulong raw = (ulong)c - 1;
            ulong path = raw & 0xFFF;
            ulong dropped = (raw >> 12) & 3;
            if (dropped < 3)
            {
                w.Add(71, path >> 8);
            }

            if (dropped < 2)
            {
                w.Add(72, path >> 4);
            }

            if (dropped == 0)
            {
                w.Add(73, path);
                w.Add(74, (path << 4) | capFlag);
            }
        }

        // Unknown words and the sentence edges read as paths of their own (0xFFF, 0x1FFF).
        ulong previous = i - 1 >= start ? (cluster[i - 1] == 0 ? 0xFFFUL : Truncated((ulong)cluster[i - 1] - 1)) : 0x1FFFUL;
        ulong next = i + 1 < end ? (cluster[i + 1] == 0 ? 0xFFFUL : Truncated((ulong)cluster[i + 1] - 1)) : 0x1FFFUL;
        w.Add(75, previous);
        w.Add(76, next);
        if (c != 0)
        {
            w.Add(77, ((previous >> 4) << 16) | (self >> 4));
            w.Add(78, ((self >> 4) << 16) | (next >> 4));
        }
    }

    // A path with its unsupported levels cleared, and their number kept in bits 12-13.
    private static ulong Truncated(ulong raw)
    {
        int dropped = (int)((raw >> 12) & 3);
        int keep = 4 * dropped;
        return (((raw & 0xFFF) >> keep) << keep) | ((ulong)dropped << 12);
    }

    private static ulong CapFlag(TokenFlags f) =>
        (f & TokenFlags.HasLetter) == 0 ? 0UL
        : (f & TokenFlags.NoLower) != 0 ? 2UL
        : (f & TokenFlags.InitialUpper) != 0 ? 1UL
        : 3UL;

    private ref struct Writer(Span<int> ids, int shift)
    {
        private readonly Span<int> _ids = ids;
        private readonly int _shift = shift;

        public int Count { get; private set; }

        public void Add(ulong template, ulong value) =>
            _ids[Count++] = (int)(FeatureHash.Combine(value, template) >> _shift);

        public void AddIf(ulong template, ulong value)
        {
            if (value != 0)
            {
                Add(template, value);
            }
        }
    }
}
