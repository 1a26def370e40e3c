using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TextInsight.Internals;

namespace TextInsight.Structure;

/// <summary>
/// The features <see cref="StructureModel"/> decides on, one row of <see cref="Width"/> floats per unit of a document:
/// the unit's own form (length, sentence end, capitals, stopword and punctuation density, URL, date and price shapes,
/// boilerplate signals, metadata form), its place in the document (position, words before it, runs of short units,
/// distance to prose, repetition of its text), the form of its two neighbours on either side, and, filled in by the
/// model between its passes, what the first pass said of the unit and its neighbourhood.
/// </summary>
internal static class LineFeatures
{
    /// <summary>Features of the unit itself and its place in the document.</summary>
    public const int OwnCount = 36;

    /// <summary>Features per neighbour (words, sentence end, capitals, stopwords, signal, lone number).</summary>
    private const int PerNeighbour = 6;

    private static readonly int[] NeighbourOffsets = [-2, -1, 1, 2];

    /// <summary>Width the first pass reads.</summary>
    public const int Pass1Count = OwnCount + (PerNeighbour * 4);

    /// <summary>Features that the second pass adds from the first pass's probabilities.</summary>
    public const int SequenceCount = 13;

    /// <summary>Width the second pass reads.</summary>
    public const int Pass2Count = Pass1Count + SequenceCount;

    /// <summary>Features that the title model adds from the second pass.</summary>
    public const int TitleExtraCount = 17;

    /// <summary>Column of a headline candidate: how many other lines of the head begin or end with its text.</summary>
    public const int HeldByOthersColumn = Pass2Count + 10;

    /// <summary>Column of a headline candidate: 1 when it begins or ends with another candidate's text.</summary>
    public const int HoldsOtherColumn = Pass2Count + 11;

    /// <summary>Column of a headline candidate: how far after it the first byline or date line stands (0: none within four units).</summary>
    public const int MetadataAfterColumn = Pass2Count + 12;

    /// <summary>Column of a headline candidate: how many units of at most three words stand right before it.</summary>
    public const int ShortRunBeforeColumn = Pass2Count + 13;

    /// <summary>Characters of body text after a headline candidate that its words are looked for in.</summary>
    private const int LeadChars = 2000;

    /// <summary>Width of a row (what the title model reads).</summary>
    public const int Width = Pass2Count + TitleExtraCount;

    private const int Cap = 50;

    // The thread's scratch arrays (see ThreadScratch), one per use.
    [ThreadStatic]
    private static int[]? t_repeats;

    [ThreadStatic]
    private static long[]? t_keys;

    // Units by length (kept at zero between texts) and the table of CountRepeats.
    [ThreadStatic]
    private static int[]? t_lengths;

    [ThreadStatic]
    private static int[]? t_slots;

    [ThreadStatic]
    private static int[]? t_ends;

    [ThreadStatic]
    private static int[]? t_next;

    // The lead upper-cased (ASCII leads only) and a candidate's word upper-cased, for LeadOverlap.
    [ThreadStatic]
    private static char[]? t_lead;

    [ThreadStatic]
    private static char[]? t_word;

    /// <summary>Fills the first-pass features of every unit into <paramref name="rows"/> (units × <see cref="Width"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Fill(string text, ReadOnlySpan<TextUnit> units, Span<float> rows)
    {
        int n = units.Length;
        int totalWords = 0;
        int maxWords = 1;
        foreach (ref readonly var u in units)
        {
            totalWords += u.Words;
            maxWords = Math.Max(maxWords, u.Words);
        }

        var repeats = ThreadScratch.Get(ref t_repeats, n);
        CountRepeats(text, units, repeats);

        int wordsBefore = 0;
        int lastProse = -1;
        for (int i = 0; i < n; i++)
        {
            ref readonly var u = ref units[i];
            var row = rows.Slice(i * Width, Width);

            // Every column is written below except the run of short units (a unit of more than five words is in none)
            // and the title model's (written for the headline candidates): those start at zero, as in a cleared row.
            row[26] = 0;
            row[Pass2Count..].Clear();
            var s = text.AsSpan(u.Start, u.Length);
            LineScanner.Scan(s, out int stopwords, out int punctuation, out int commas, out bool url, out bool date, out bool price);
            row[0] = u.Words;
            row[1] = u.Length;
            row[2] = u.EndsSentence ? 1 : 0;
            row[3] = u.EndsClause ? 1 : 0;
            row[4] = u.EndsQuestion ? 1 : 0;
            row[5] = (float)u.CapitalShare;
            row[6] = u.StartsUpper ? 1 : 0;
            row[7] = u.IsListItem ? 1 : 0;
            row[8] = u.IsNumber ? 1 : 0;
            row[9] = (float)u.Digits / (u.Letters + u.Digits + 1);
            row[10] = u.Pipes + u.CrumbSeparators;
            row[11] = u.Signal is { } kind ? (int)kind : -1;
            row[12] = u.Words == 0 ? 0 : (float)stopwords / u.Words;
            row[13] = u.Length == 0 ? 0 : (float)punctuation / u.Length;
            row[14] = commas;
            row[15] = url ? 1 : 0;
            row[16] = date ? 1 : 0;
            row[17] = price ? 1 : 0;
            row[18] = u.Words <= ArticleMetadataReader.MaxLineWords && (u.MetadataLine != 0 ? u.MetadataLine > 0 : ArticleMetadataReader.TryReadLine(text, u, out _)) ? 1 : 0;
            row[19] = repeats[i];
            row[20] = (int)u.Markup;
            row[21] = u.LineCount;
            row[22] = Math.Min(i, Cap);
            row[23] = Math.Min(n - 1 - i, Cap);
            row[24] = n <= 1 ? 0 : (float)i / (n - 1);
            row[25] = totalWords == 0 ? 0 : (float)wordsBefore / totalWords;
            row[27] = lastProse < 0 ? Cap : Math.Min(i - lastProse, Cap);
            row[29] = Math.Min(n, 1000);
            row[30] = Math.Min(totalWords, 10000);
            row[31] = u.IsHeadlineLike ? 1 : 0;
            row[32] = u.IsProse ? 1 : 0;
            row[33] = (float)u.Words / maxWords;
            row[34] = BlankLineBefore(text, units, i) ? 1 : 0;
            wordsBefore += u.Words;
            if (u.IsProse)
            {
                lastProse = i;
            }
        }

        // Runs of short units, distance to the next prose unit and the mean length around each unit.
        int nextProse = -1;
        for (int i = n - 1; i >= 0; i--)
        {
            var row = rows.Slice(i * Width, Width);
            row[28] = nextProse < 0 ? Cap : Math.Min(nextProse - i, Cap);
            if (units[i].IsProse)
            {
                nextProse = i;
            }
        }

        for (int i = 0; i < n;)
        {
            int j = i;
            while (j < n && units[j].Words <= 5)
            {
                j++;
            }

            for (int k = i; k < j; k++)
            {
                rows[(k * Width) + 26] = Math.Min(j - i, Cap);
            }

            i = j == i ? i + 1 : j;
        }

        for (int i = 0; i < n; i++)
        {
            int from = Math.Max(0, i - 3);
            int to = Math.Min(n, i + 4);
            float sum = 0;
            for (int k = from; k < to; k++)
            {
                sum += units[k].Words;
            }

            rows[(i * Width) + 35] = sum / (to - from);
        }

        for (int i = 0; i < n; i++)
        {
            var row = rows.Slice(i * Width, Width);
            int col = OwnCount;
            foreach (int d in NeighbourOffsets)
            {
                int j = i + d;
                if (j < 0 || j >= n)
                {
                    row.Slice(col, PerNeighbour).Fill(-1);
                }
                else
                {
                    var other = rows.Slice(j * Width, Width);
                    row[col] = other[0];
                    row[col + 1] = other[2];
                    row[col + 2] = other[5];
                    row[col + 3] = other[12];
                    row[col + 4] = other[11];
                    row[col + 5] = other[8];
                }

                col += PerNeighbour;
            }
        }
    }

    /// <summary>Units up to this length are first counted by length, in a table indexed by it.</summary>
    private const int MaxCountedLength = 2048;

    /// <summary>
    /// For each unit, how many other units have its text (ignoring case: equal lengths, then equal case-insensitive hashes).
    /// Only units whose length another unit shares are hashed (a longer unit than <see cref="MaxCountedLength"/> always is);
    /// equal (length, hash) keys are counted in an open-addressing table. Allocation-free: the per-length counts are left
    /// at zero for the next text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CountRepeats(string text, ReadOnlySpan<TextUnit> units, Span<int> repeats)
    {
        int n = units.Length;
        var byLength = ThreadScratch.Get(ref t_lengths, MaxCountedLength + 1);
        var keys = ThreadScratch.Get(ref t_keys, n).AsSpan(0, n);
        int bits = Math.Max(4, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(2 * n)));
        var table = ThreadScratch.Get(ref t_slots, 2 << bits).AsSpan(0, 2 << bits);
        table.Clear();
        foreach (ref readonly var u in units)
        {
            if (u.Length <= MaxCountedLength)
            {
                byLength[u.Length]++;
            }
        }

        // Slot k: the index + 1 of the first unit with its key (0: empty) at 2k, how many units have that key at 2k + 1.
        int mask = (1 << bits) - 1;
        for (int i = 0; i < n; i++)
        {
            ref readonly var u = ref units[i];
            if (u.Length <= MaxCountedLength && byLength[u.Length] == 1)
            {
                keys[i] = -1;
                continue;
            }

            int hash = string.GetHashCode(text.AsSpan(u.Start, u.Length), StringComparison.OrdinalIgnoreCase);
            long key = ((long)u.Length << 32) | (uint)hash;
            keys[i] = key;
            int slot = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> (64 - bits));
            while (table[2 * slot] != 0 && keys[table[2 * slot] - 1] != key)
            {
                slot = (slot + 1) & mask;
            }

            table[2 * slot] = table[2 * slot] == 0 ? i + 1 : table[2 * slot];
            table[(2 * slot) + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            long key = keys[i];
            if (key < 0)
            {
                repeats[i] = 0;
                continue;
            }

            int slot = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> (64 - bits));
            while (keys[table[2 * slot] - 1] != key)
            {
                slot = (slot + 1) & mask;
            }

            repeats[i] = table[(2 * slot) + 1] - 1;
        }

        foreach (ref readonly var u in units)
        {
            if (u.Length <= MaxCountedLength)
            {
                byLength[u.Length] = 0;
            }
        }
    }

    /// <summary>Fills the second-pass features from the first pass's probabilities that each unit is main text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FillSequence(ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> p1, Span<float> rows)
    {
        int n = units.Length;
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += p1[i] * units[i].Words;
        }

        double before = 0;
        for (int i = 0; i < n; i++)
        {
            var row = rows.Slice((i * Width) + Pass1Count, SequenceCount);
            for (int d = -3; d <= 3; d++)
            {
                int j = i + d;
                row[d + 3] = j < 0 || j >= n ? -1 : (float)p1[j];
            }

            row[7] = (float)Mean(p1, i - 5, i + 6);
            row[8] = (float)Mean(p1, i - 10, i + 11);
            row[9] = (float)Max(p1, i - 10, i);
            row[10] = (float)Max(p1, i + 1, i + 11);
            row[11] = total <= 0 ? 0 : (float)(before / total);
            before += p1[i] * units[i].Words;
            row[12] = total <= 0 ? 0 : (float)((total - before) / total);
        }
    }

    /// <summary>Fills the title model's features from the second pass's probabilities.</summary>
    /// <remarks>
    /// Besides the second pass's verdicts around each unit, the headline candidates (title-sized units of the first
    /// units) are compared with one another and with the body: how many of their words the lead uses, against the best
    /// candidate's; whether another line of the head holds the candidate's text at its start or end (a headline with the
    /// site's name after it, a breadcrumb that ends with it); whether a byline or date line follows; how many short
    /// lines (menus) stand right before it; how much of it is in capitals.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FillTitle(string text, ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> p2, Span<float> rows)
    {
        int n = units.Length;
        int firstBody = FirstBody(units, p2);
        int window = TitleWindow(units, p2);
        int candidates = 0;
        float bestFound = 0;
        float bestShare = 0;

        // The first and last characters of the head's units, upper-cased, so that comparing candidates with one another
        // costs a look-up per pair and only matching ends are compared in full.
        int head = Math.Min(n, window + 10);
        // Chained by first and by last character, so that each candidate meets only the units that share one of them.
        var scratch = ThreadScratch.Get(ref t_ends, 4 * head);
        var ends = scratch.AsSpan(0, 2 * head);
        Span<int> firstChains = stackalloc int[ChainBuckets];
        Span<int> lastChains = stackalloc int[ChainBuckets];
        var chains = new EndChains(ends, scratch.AsSpan(2 * head, head), scratch.AsSpan(3 * head, head), firstChains, lastChains);
        for (int k = head - 1; k >= 0; k--)
        {
            var u = text.AsSpan(units[k].Start, units[k].Length);
            chains.Add(k, u.IsEmpty ? -1 : InvariantCase.ToUpper(u[0]), u.IsEmpty ? -1 : InvariantCase.ToUpper(u[^1]));
        }

        // The body unit after each unit of the window: one pass back from the end instead of a search per candidate.
        var nextBody = ThreadScratch.Get(ref t_next, window + 1).AsSpan(0, window + 1);
        int next = n;
        for (int k = n - 1; k >= 0; k--)
        {
            if (k < window)
            {
                nextBody[k] = next;
            }

            if (p2[k] >= 0.5 && units[k].Words >= 8)
            {
                next = k;
            }
        }

        // The leads upper-cased (see UpperLead), each character once: the candidates' leads start at body units that
        // only move forward, and a lead overlaps the one before it unless the body moved on by a whole lead.
        var leads = new UpperLeads(text);
        var wordBuffer = ThreadScratch.Get(ref t_word, 256);
        int leadOf = -1;
        ReadOnlySpan<char> leadUpper = default;
        bool leadIsUpper = false;
        for (int i = 0; i < n; i++)
        {
            var row = rows.Slice((i * Width) + Pass2Count, TitleExtraCount);
            if (i < window && ArticleParser.IsTitleSized(units[i]))
            {
                int j = nextBody[i];
                if (j != leadOf && j < n)
                {
                    leadOf = j;
                    leadIsUpper = leads.TryGet(units[j].Start, Math.Min(LeadChars, text.Length - units[j].Start), out leadUpper);
                }

                LeadOverlap(text, units, i, j, leadIsUpper, leadUpper, wordBuffer, out int found, out int words);
                row[5] = words == 0 ? -1 : (float)found / words;
                row[6] = found;
                row[7] = words;
                bestFound = Math.Max(bestFound, found);
                bestShare = Math.Max(bestShare, row[5]);
                row[HeldByOthersColumn - Pass2Count] = HeldByOthers(text, units, chains, i);
                row[HoldsOtherColumn - Pass2Count] = HoldsOther(text, units, chains, i, window) ? 1 : 0;
                row[MetadataAfterColumn - Pass2Count] = MetadataAfter(units, rows, i);
                row[ShortRunBeforeColumn - Pass2Count] = ShortRunBefore(units, i);
                row[14] = UpperShare(text.AsSpan(units[i].Start, units[i].Length));
                row[16] = (float)Mean(p2, i + 1, i + 6);
            }

            row[0] = (float)p2[i];
            row[1] = i + 1 < n ? (float)p2[i + 1] : -1;
            row[2] = i + 2 < n ? (float)p2[i + 2] : -1;
            row[3] = Math.Clamp(firstBody - i, -Cap, Cap);
            row[4] = Math.Min(candidates, Cap);
            if (units[i].IsHeadlineLike && units[i].Words >= 3)
            {
                candidates++;
            }
        }

        // How each candidate stands against the best one, and how many headline-like units lie between it and the body.
        int between = 0;
        for (int i = Math.Min(window, firstBody) - 1; i >= 0; i--)
        {
            var row = rows.Slice((i * Width) + Pass2Count, TitleExtraCount);
            row[15] = Math.Min(between, Cap);
            if (ArticleParser.IsTitleSized(units[i]))
            {
                row[8] = row[6] - bestFound;
                row[9] = row[5] - bestShare;
            }

            if (units[i].IsHeadlineLike && units[i].Words >= 3)
            {
                between++;
            }
        }

        for (int i = Math.Max(0, firstBody); i < window; i++)
        {
            if (ArticleParser.IsTitleSized(units[i]))
            {
                var row = rows.Slice((i * Width) + Pass2Count, TitleExtraCount);
                row[8] = row[6] - bestFound;
                row[9] = row[5] - bestShare;
            }
        }

    }

    /// <summary>
    /// How many other units among the first <c>head</c> (the window and a few after) begin or end with unit
    /// <paramref name="i"/>'s text, ignoring case, at a word boundary: the headline shown again with the site's name,
    /// or at the end of a breadcrumb. Only the units whose first or last character is unit <paramref name="i"/>'s (upper-cased) can.
    /// </summary>
    private static int HeldByOthers(string text, ReadOnlySpan<TextUnit> units, in EndChains chains, int i)
    {
        var s = text.AsSpan(units[i].Start, units[i].Length);
        if (s.Length < 8)
        {
            return 0;
        }

        int first = chains.First(i);
        int last = chains.Last(i);
        int count = 0;
        for (int k = chains.FirstChain(first); k >= 0; k = chains.NextFirst(k))
        {
            if (chains.First(k) == first && k != i && units[k].Length > s.Length
                && Holds(text.AsSpan(units[k].Start, units[k].Length), s, true, chains.Last(k) == last))
            {
                count++;
            }
        }

        for (int k = chains.LastChain(last); k >= 0; k = chains.NextLast(k))
        {
            if (chains.Last(k) == last && chains.First(k) != first && k != i && units[k].Length > s.Length
                && Holds(text.AsSpan(units[k].Start, units[k].Length), s, false, true))
            {
                count++;
            }
        }

        return Math.Min(count, Cap);
    }

    /// <summary>Whether unit <paramref name="i"/> begins or ends with the text of another title-sized unit of the first <paramref name="window"/>.</summary>
    private static bool HoldsOther(string text, ReadOnlySpan<TextUnit> units, in EndChains chains, int i, int window)
    {
        var s = text.AsSpan(units[i].Start, units[i].Length);
        int first = chains.First(i);
        int last = chains.Last(i);

        // The chains run in unit order: past the window they hold no more candidates.
        for (int k = chains.FirstChain(first); k >= 0 && k < window; k = chains.NextFirst(k))
        {
            if (chains.First(k) == first && k != i && units[k].Length >= 8 && units[k].Length < s.Length && ArticleParser.IsTitleSized(units[k])
                && Holds(s, text.AsSpan(units[k].Start, units[k].Length), true, chains.Last(k) == last))
            {
                return true;
            }
        }

        for (int k = chains.LastChain(last); k >= 0 && k < window; k = chains.NextLast(k))
        {
            if (chains.Last(k) == last && chains.First(k) != first && k != i && units[k].Length >= 8 && units[k].Length < s.Length
                && ArticleParser.IsTitleSized(units[k]) && Holds(s, text.AsSpan(units[k].Start, units[k].Length), false, true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Buckets of <see cref="EndChains"/> (characters are bucketed by their low bits; equality is checked on the character).</summary>
    private const int ChainBuckets = 64;

    /// <summary>
    /// The first and last characters (upper-cased; -1 for an empty unit) of the units at the head of a text, and for each
    /// bucket of characters the chain of units, in unit order, whose first (or last) character falls in it.
    /// </summary>
    private readonly ref struct EndChains
    {
        private readonly Span<int> _ends;
        private readonly Span<int> _nextFirst;
        private readonly Span<int> _nextLast;
        private readonly Span<int> _firstChains;
        private readonly Span<int> _lastChains;

        public EndChains(Span<int> ends, Span<int> nextFirst, Span<int> nextLast, Span<int> firstChains, Span<int> lastChains)
        {
            _ends = ends;
            _nextFirst = nextFirst;
            _nextLast = nextLast;
            _firstChains = firstChains;
            _lastChains = lastChains;
            firstChains.Fill(-1);
            lastChains.Fill(-1);
        }

        /// <summary>Puts unit <paramref name="k"/> at the front of its chains: add the units from the last to the first.</summary>
        public void Add(int k, int first, int last)
        {
            _ends[2 * k] = first;
            _ends[(2 * k) + 1] = last;
            ref int f = ref _firstChains[first & (ChainBuckets - 1)];
            _nextFirst[k] = f;
            f = k;
            ref int l = ref _lastChains[last & (ChainBuckets - 1)];
            _nextLast[k] = l;
            l = k;
        }

        public int First(int k) => _ends[2 * k];

        public int Last(int k) => _ends[(2 * k) + 1];

        public int FirstChain(int first) => _firstChains[first & (ChainBuckets - 1)];

        public int LastChain(int last) => _lastChains[last & (ChainBuckets - 1)];

        public int NextFirst(int k) => _nextFirst[k];

        public int NextLast(int k) => _nextLast[k];
    }

    /// <summary>
    /// Whether <paramref name="outer"/> begins or ends with <paramref name="inner"/> (ignoring case) at a word boundary.
    /// <paramref name="sameFirst"/> and <paramref name="sameLast"/> say whether their first and their last characters are
    /// the same upper-cased (read from the head's table rather than upper-cased again per pair).
    /// </summary>
    private static bool Holds(ReadOnlySpan<char> outer, ReadOnlySpan<char> inner, bool sameFirst, bool sameLast)
    {
        int rest = outer.Length - inner.Length;
        if (sameFirst
            && !char.IsLetterOrDigit(outer[inner.Length])
            && outer[..inner.Length].Equals(inner, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return sameLast
               && !char.IsLetterOrDigit(outer[rest - 1])
               && outer[rest..].Equals(inner, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How far after unit <paramref name="i"/> the first byline or date line stands, within four units (0: none).</summary>
    private static int MetadataAfter(ReadOnlySpan<TextUnit> units, ReadOnlySpan<float> rows, int i)
    {
        for (int d = 1; d <= 4 && i + d < units.Length; d++)
        {
            var other = rows.Slice((i + d) * Width, Pass1Count);
            if (other[18] > 0 || (other[16] > 0 && units[i + d].Words <= 12))
            {
                return d;
            }
        }

        return 0;
    }

    /// <summary>How many units of at most three words stand right before unit <paramref name="i"/> (a menu).</summary>
    private static int ShortRunBefore(ReadOnlySpan<TextUnit> units, int i)
    {
        int count = 0;
        for (int k = i - 1; k >= 0 && units[k].Words <= 3 && count < Cap; k--)
        {
            count++;
        }

        return count;
    }

    /// <summary>The share of letters that are upper case (<c>char.IsLetter</c>, <c>char.IsUpper</c>).</summary>
    /// <remarks>
    /// Sixteen characters at a time when they are all ASCII, where a letter is <c>A</c>-<c>Z</c> or <c>a</c>-<c>z</c> and an
    /// upper-case letter <c>A</c>-<c>Z</c>, as the char methods say; other characters one by one by those methods.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static float UpperShare(ReadOnlySpan<char> s)
    {
        int letters = 0;
        int upper = 0;
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort at = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            for (; k + Vector256<ushort>.Count <= s.Length; k += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref at, (nuint)k);
                if ((v & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
                {
                    CountLetters(s.Slice(k, Vector256<ushort>.Count), ref letters, ref upper);
                    continue;
                }

                var isUpper = Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
                var isLetter = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
                letters += System.Numerics.BitOperations.PopCount(isLetter.ExtractMostSignificantBits());
                upper += System.Numerics.BitOperations.PopCount(isUpper.ExtractMostSignificantBits());
            }
        }

        CountLetters(s[k..], ref letters, ref upper);
        return letters == 0 ? 0 : (float)upper / letters;
    }

    private static void CountLetters(ReadOnlySpan<char> s, ref int letters, ref int upper)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }
    }

    /// <summary>The first unit of some length that the second pass takes for main text, or the unit count.</summary>
    public static int FirstBody(ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> p2)
    {
        for (int i = 0; i < units.Length; i++)
        {
            if (p2[i] >= 0.5 && units[i].Words >= 8)
            {
                return i;
            }
        }

        return units.Length;
    }

    /// <summary>
    /// How many units at the start are headline candidates: the first few, and on a page whose menus push the article
    /// down, every unit up to just after the first body unit.
    /// </summary>
    public static int TitleWindow(ReadOnlySpan<TextUnit> units, ReadOnlySpan<double> p2) =>
        Math.Min(units.Length, Math.Clamp(FirstBody(units, p2) + 3, ArticleParser.TitleSearchUnits, ArticleParser.MaxTitleSearchUnits));

    /// <summary>
    /// Writes <paramref name="lead"/> into <paramref name="buffer"/> so that an upper-cased ASCII word is found in it by an
    /// ordinal search exactly where <see cref="StringComparison.OrdinalIgnoreCase"/> finds the word in the lead: ASCII
    /// letters upper-cased, every other character unchanged (the ordinal case-insensitive comparison equates no character
    /// outside ASCII with one inside, not even <c>ſ</c> with <c>S</c> or <c>K</c> with <c>K</c>: tested on every
    /// character). Returns the length written, or -1 for a lead with surrogates, where the search is left to that comparison.
    /// </summary>
    internal static int UpperLead(ReadOnlySpan<char> lead, Span<char> buffer)
    {
        if (KeepsCaseInsensitiveSearch(lead))
        {
            return -1;
        }

        UpperAscii(lead, buffer);
        return lead.Length;
    }

    /// <summary>
    /// Whether a lead holds surrogates (paired or not), around which the case-insensitive search does not compare
    /// character by character: such a lead keeps that search rather than the upper-cased copy.
    /// </summary>
    private static bool KeepsCaseInsensitiveSearch(ReadOnlySpan<char> lead) => lead.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>Writes <paramref name="source"/> into <paramref name="destination"/> with ASCII letters upper-cased and every other character unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void UpperAscii(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = source.Length;
        _ = destination[..n];
        ref ushort src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref ushort dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; k + Vector256<ushort>.Count <= n; k += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref src, (nuint)k);
                var lower = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
                (v - (lower & Vector256.Create((ushort)0x20))).StoreUnsafe(ref dst, (nuint)k);
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            for (; k + Vector128<ushort>.Count <= n; k += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref src, (nuint)k);
                var lower = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                (v - (lower & Vector128.Create((ushort)0x20))).StoreUnsafe(ref dst, (nuint)k);
            }
        }

        for (; k < n; k++)
        {
            char c = source[k];
            destination[k] = c is >= 'a' and <= 'z' ? (char)(c & ~0x20) : c;
        }
    }

    /// <summary>
    /// The leads of a text upper-cased as <see cref="UpperLead"/> writes them, in the thread's buffer of two leads: a lead
    /// that overlaps the last one upper-cases only its new characters (leads are asked for in text order).
    /// </summary>
    private ref struct UpperLeads
    {
        private readonly string _text;
        private readonly char[] _buffer;
        private int _start;
        private int _end;

        public UpperLeads(string text)
        {
            _text = text;
            _buffer = ThreadScratch.Get(ref t_lead, 2 * LeadChars);
            _start = 0;
            _end = 0;
        }

        /// <summary>
        /// The text from <paramref name="start"/> (<paramref name="length"/> characters, at most a lead) upper-cased;
        /// false for a lead with surrogates, which keeps the case-insensitive search.
        /// </summary>
        public bool TryGet(int start, int length, out ReadOnlySpan<char> upper)
        {
            upper = default;
            if (KeepsCaseInsensitiveSearch(_text.AsSpan(start, length)))
            {
                return false;
            }

            if (start < _start || start > _end)
            {
                _start = _end = start;
            }
            else if (start + length - _start > _buffer.Length)
            {
                // Keep what this lead shares with the last one at the front of the buffer.
                _buffer.AsSpan(start - _start, _end - start).CopyTo(_buffer);
                _start = start;
            }

            if (start + length > _end)
            {
                UpperAscii(_text.AsSpan(_end, start + length - _end), _buffer.AsSpan(_end - _start));
                _end = start + length;
            }

            upper = _buffer.AsSpan(start - _start, length);
            return true;
        }
    }

    /// <summary>
    /// How many of a unit's longer words (<paramref name="words"/>) the body text after it uses (<paramref name="found"/>):
    /// a headline's words come back in the lead; a menu's do not.
    /// </summary>
    /// <remarks>
    /// <paramref name="j"/> is the first unit after <paramref name="i"/> that the second pass takes for body text of some length, or the unit count.
    /// When <paramref name="leadIsUpper"/>, <paramref name="leadUpper"/> is the lead as <see cref="UpperLead"/> writes it;
    /// an ASCII word is looked for there upper-cased, ordinally. Other words take the case-insensitive search.
    /// </remarks>
    private static void LeadOverlap(
        string text, ReadOnlySpan<TextUnit> units, int i, int j, bool leadIsUpper, ReadOnlySpan<char> leadUpper, char[] wordBuffer, out int found, out int words)
    {
        found = 0;
        words = 0;
        if (j >= units.Length)
        {
            return;
        }

        var lead = text.AsSpan(units[j].Start, Math.Min(LeadChars, text.Length - units[j].Start));
        var s = text.AsSpan(units[i].Start, units[i].Length);
        int start = -1;
        for (int k = 0; k <= s.Length; k++)
        {
            if (k < s.Length && char.IsLetterOrDigit(s[k]))
            {
                if (start < 0)
                {
                    start = k;
                }

                continue;
            }

            if (start >= 0 && k - start >= 4)
            {
                words++;
                var word = s[start..k];
                if (leadIsUpper && word.Length <= wordBuffer.Length
                    && System.Text.Ascii.ToUpper(word, wordBuffer, out int upper) == System.Buffers.OperationStatus.Done)
                {
                    found += leadUpper.IndexOf(wordBuffer.AsSpan(0, upper)) >= 0 ? 1 : 0;
                }
                else if (!(leadIsUpper && LacksAsciiRun(word, leadUpper, wordBuffer)) && lead.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    found++;
                }
            }

            start = -1;
        }
    }

    /// <summary>
    /// Whether the longest run of ASCII characters in a word that is not all ASCII, upper-cased, is missing from the
    /// upper-cased lead (<see cref="UpperLead"/>): then the case-insensitive search cannot find the word either, since
    /// that comparison matches an ASCII character only with the same ASCII letter in either case (see <see cref="UpperLead"/>).
    /// A fast ordinal search that answers most of those words' searches without the slower case-insensitive one; false
    /// (search on) when the word has no ASCII run or the run is found.
    /// </summary>
    internal static bool LacksAsciiRun(ReadOnlySpan<char> word, ReadOnlySpan<char> leadUpper, char[] buffer)
    {
        int best = 0;
        int bestAt = 0;
        for (int k = 0; k < word.Length;)
        {
            if (word[k] >= 128)
            {
                k++;
                continue;
            }

            int at = k;
            while (k < word.Length && word[k] < 128)
            {
                k++;
            }

            if (k - at > best)
            {
                best = k - at;
                bestAt = at;
            }
        }

        if (best == 0 || best > buffer.Length)
        {
            return false;
        }

        UpperAscii(word.Slice(bestAt, best), buffer);
        return leadUpper.IndexOf(buffer.AsSpan(0, best)) < 0;
    }

    private static double Mean(ReadOnlySpan<double> p, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(p.Length, to);
        if (to <= from)
        {
            return -1;
        }

        double sum = 0;
        for (int i = from; i < to; i++)
        {
            sum += p[i];
        }

        return sum / (to - from);
    }

    private static double Max(ReadOnlySpan<double> p, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(p.Length, to);
        double max = -1;
        for (int i = from; i < to; i++)
        {
            max = Math.Max(max, p[i]);
        }

        return max;
    }

    private static bool BlankLineBefore(string text, ReadOnlySpan<TextUnit> units, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var gap = text.AsSpan(units[i - 1].End, units[i].Start - units[i - 1].End);
        int first = gap.IndexOf('\n');
        return first >= 0 && gap[(first + 1)..].Contains('\n');
    }
}
