using System.Collections.Frozen;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextInsight.Internals;
using TextInsight.Text;

namespace TextInsight.Structure;

/// <summary>
/// Finds a headline glued to the first sentence of a document that lost its line breaks
/// (<c>Ad sales boost Time Warner profit Quarterly profits at US media giant…</c>): nothing but capitalization marks
/// where it ends. Each capitalized word a few words into the first sentence is a candidate end; a conditional logit
/// over the candidates and "no headline" (<see cref="Weights"/>, trained by <c>textinsight train oneline-title</c>, see
/// Models/README) asks the rest of the document how to read the capital: a word the document writes in lower case
/// elsewhere or that opens its other sentences starts a sentence; one it capitalizes inside its sentences, or a word pair
/// it repeats, is a name; a lead restates a word of its headline within its first words.
/// </summary>
internal static class OneLineHeadline
{
    /// <summary>Fewest words of a headline.</summary>
    internal const int MinWords = 2;

    /// <summary>Most words of a headline (a candidate end further in is not tried).</summary>
    internal const int MaxWords = 20;

    /// <summary>Fewest words left in the first sentence after the headline.</summary>
    internal const int MinRestWords = 3;

    /// <summary>Features of a candidate end.</summary>
    internal const int FeatureCount = 18;

    private static readonly HashSet<string> FunctionWords = WordLists.Load("function-words", StringComparer.Ordinal);

    // Auxiliaries: news leads use them ("has agreed"), headlines seldom do ("agrees").
    private static readonly HashSet<string> FiniteVerbs = WordLists.Load("finite-verbs", StringComparer.Ordinal);

    /// <summary>Words after a candidate end in which the lead's auxiliary is looked for.</summary>
    private const int LeadWindow = 12;

    /// <summary>Letters of a word's crude stem.</summary>
    private const int StemLength = 5;

    /// <summary>Longest word pair compared (longer pairs are taken as absent).</summary>
    private const int MaxPairLength = 128;

    /// <summary>Words after a candidate end in which a word of the headline is looked for.</summary>
    private const int RestateWindow = 8;

    /// <summary>
    /// The trained weights (bias first, then the features of <see cref="Features"/>), reproduced to the bit by the
    /// command in Models/README (BBC articles, part 0 of 2).
    /// </summary>
    internal static readonly double[] Weights =
    [
        -0.960063229383556,
        1.2574928907098561,
        -0.7279356008448107,
        -0.886620917611065,
        1.6906520837249006,
        -1.6140243776433143,
        -2.831094900458736,
        -2.078537617443587,
        -1.0801527105645232,
        1.5396339121899936,
        1.0117462617416877,
        -4.085977108495668,
        0.36230914962530725,
        0.8313288370534018,
        0.7680152088762207,
        0.1701551018995566,
        -1.1886046866626372,
        0.10023241002369966,
        4.134677266227036,
    ];

    /// <summary>The lowest probability at which the best candidate ends a headline.</summary>
    internal const double Threshold = 0.65;

    /// <summary>
    /// Words of the first sentence that the features read: a candidate end is at most <see cref="MaxWords"/> words in,
    /// and the features look <see cref="LeadWindow"/> words past it; a longer first sentence is not read further.
    /// </summary>
    internal const int KeptWords = MaxWords + LeadWindow + 1;

    /// <summary>The longest word of the function-word and auxiliary lists: a longer word is in neither.</summary>
    private static readonly int LongestListedWord = Math.Max(FunctionWords.Max(w => w.Length), FiniteVerbs.Max(w => w.Length));

    // Both lists in one look-up: 1, a function word; 2, an auxiliary.
    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> ListedWordLookup =
        FunctionWords.Union(FiniteVerbs)
            .ToFrozenDictionary(word => word, word => (byte)((FunctionWords.Contains(word) ? 1 : 0) | (FiniteVerbs.Contains(word) ? 2 : 0)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // The thread's context, reused from one document to the next (its arrays are of fixed size or grow once).
    [ThreadStatic]
    private static Context? t_context;

    /// <summary>
    /// The words of a text's first sentence with what the headline features read from them: what each of its first
    /// <see cref="KeptWords"/> words is, and what the other sentences say of the candidates' words and of the
    /// headline's stems. Reusable: <see cref="ReadFirst"/> then <see cref="CountOthers"/> refill it for another text.
    /// </summary>
    internal sealed class Context
    {
        /// <summary>Whether the first sentence ends as a sentence does (else the text may not be prose at all).</summary>
        public bool FirstEndsWithStop;

        /// <summary>Word tokens of the first sentence (start, length), in order; at most <see cref="KeptWords"/>.</summary>
        public readonly List<(int Start, int Length)> First = new(KeptWords);

        private readonly WordInfo[] _words = new WordInfo[KeptWords];

        // Each kept word's stem (its first letters, lower-cased), StemLength chars a word, and packed (see Pack).
        private readonly char[] _stems = new char[KeptWords * StemLength];
        private readonly (ulong Head, uint Tail)[] _stemKeys = new (ulong, uint)[KeptWords];

        // The first word of each distinct stem and of each distinct word so far (bits by index), by the stem's and the
        // word's ASCII first char, and those of any other first char.
        private readonly ulong[] _stemRootsAt = new ulong[128];
        private readonly ulong[] _wordRootsAt = new ulong[128];
        private ulong _stemRootsOther;
        private ulong _wordRootsOther;

        // The candidate words lower-cased, one after another (WordInfo.LowerAt).
        private char[] _lower = new char[256];

        // Which stems (by the index of their first word) the other sentences hold.
        private readonly bool[] _stemSeen = new bool[KeptWords];

        // Bit masks by ASCII first char: the candidates (by index) capitalized, lower-cased; the wanted stems (by place).
        private readonly uint[] _upperAt = new uint[128];
        private readonly uint[] _lowerAt = new uint[128];
        private readonly uint[] _stemAt = new uint[128];

        // The candidate words (by index) and the distinct stems the echo feature asks about (by their first word).
        private readonly List<int> _candidates = new(KeptWords);
        private readonly List<int> _wantedStems = new(KeptWords);

        // The wanted stems packed (see Pack), in the order of _wantedStems.
        private readonly (ulong Head, uint Tail)[] _wantedKeys = new (ulong, uint)[KeptWords];

        // What CountOthers has found so far: the wanted stems seen (bits by index in _wantedStems); the candidates of a
        // non-ASCII initial; all the wanted stems.
        private uint _seen;
        private uint _otherUpper;
        private uint _otherLower;
        private uint _allStems;

        // Bits by a hash of a word's first two chars taken as lower case when both are ASCII (see PairSlot): set for each
        // candidate as written and lower-cased and for each wanted stem, so that Count passes over at once a word that
        // can be none of them (most words; a word with another char in its first two is always compared).
        private readonly ulong[] _asked = new ulong[PairSlots / 64];

        private const int PairSlots = 1024;

        /// <summary>
        /// The slot of a word whose first two chars are <paramref name="first"/> and <paramref name="second"/> (NUL for a
        /// one-char word), both ASCII: the same for the word in any case of its ASCII letters (the 0x20 bit is ignored).
        /// </summary>
        private static int PairSlot(char first, char second) => (((first | 0x20) * 37) + (second | 0x20)) & (PairSlots - 1);

        /// <summary>Marks the words starting with these two chars as asked about (a pair with another char needs no mark).</summary>
        private void Ask(char first, char second)
        {
            if ((first | second) < 128)
            {
                int slot = PairSlot(first, second);
                _asked[slot >> 6] |= 1UL << slot;
            }
        }

        // A word's stem while it is compared.
        private readonly char[] _stemBuffer = new char[StemLength];

        // Index of the first sentence after the first group.
        private int _others;

        /// <summary>
        /// Reads <paramref name="text"/>: its first sentence, then what the other sentences say (from
        /// <paramref name="tokens"/>, the splitter's tokens of the text, when given).
        /// </summary>
        public Context(string text, IReadOnlyList<TextSpan> sentences, List<Token>? tokens = null)
        {
            ReadFirst(text, sentences, tokens);
            CountOthers(text, sentences, tokens);
        }

        private Context()
        {
        }

        /// <summary>The calling thread's context, to be filled by <see cref="ReadFirst"/>.</summary>
        internal static Context ForThread => t_context ??= new Context();

        /// <summary>What a kept word of the first sentence is, and what the other sentences say of it.</summary>
        private struct WordInfo
        {
            public bool Upper;
            public bool LowerInitial;
            public bool Function;
            public bool Finite;
            public bool Candidate;
            public bool Pair;
            public int SameWord;
            public int StemId;
            public int LowerAt;
            public int LowerCount;
            public int CapitalInside;
            public int Opening;
        }

        /// <summary>Whether a word of the first sentence may end a headline (see <see cref="IsCandidate"/>).</summary>
        public bool HasCandidate
        {
            get
            {
                foreach (int k in _candidates)
                {
                    if (First.Count - k >= MinRestWords)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// Reads the first sentence's words (at most <see cref="KeptWords"/>) and what each of them is; the counts of
        /// <see cref="CountOthers"/> are reset. With <paramref name="tokens"/> (the splitter's tokens of the text) the
        /// words of a sentence that tokenizes alone as in the text (<see cref="SameTokensAlone"/>) are read from them,
        /// else the sentence is tokenized here, as the features were trained.
        /// </summary>
        public void ReadFirst(string text, IReadOnlyList<TextSpan> sentences, List<Token>? tokens = null)
        {
            // When the splitter already cut a first sentence without a closing stop, the cut is one candidate among
            // the others: the first two sentences are read as one.
            int firstGroup = sentences.Count > 1 && !EndsWithStop(text.AsSpan(sentences[0].Start, sentences[0].Length)) ? 2 : 1;
            _others = firstGroup;
            FirstEndsWithStop = EndsWithStop(text.AsSpan(sentences[firstGroup - 1].Start, sentences[firstGroup - 1].Length));
            First.Clear();
            var logged = tokens is null ? default : CollectionsMarshal.AsSpan(tokens);
            int next = 0;
            for (int s = 0; s < firstGroup && First.Count < KeptWords; s++)
            {
                var sentence = sentences[s];
                if (tokens is not null && SameTokensAlone(text, sentence))
                {
                    // The splitter's tokens of a sentence that tokenizes alone as in the whole text (as CountOthers).
                    while (next < logged.Length && logged[next].Start < sentence.Start)
                    {
                        next++;
                    }

                    for (; next < logged.Length && logged[next].Start < sentence.End && First.Count < KeptWords; next++)
                    {
                        if (logged[next].Kind == TokenKind.Word)
                        {
                            First.Add((logged[next].Start, logged[next].Length));
                        }
                    }

                    continue;
                }

                foreach (var token in Tokenizer.Tokenize(text.AsSpan(sentences[s].Start, sentences[s].Length)))
                {
                    if (token.Kind == TokenKind.Word)
                    {
                        First.Add((sentences[s].Start + token.Start, token.Length));
                        if (First.Count == KeptWords)
                        {
                            break;
                        }
                    }
                }
            }

            _candidates.Clear();
            _wantedStems.Clear();
            Span<char> lower = stackalloc char[LongestListedWord];
            int lowerUsed = 0;
            Array.Clear(_stemRootsAt);
            Array.Clear(_wordRootsAt);
            _stemRootsOther = _wordRootsOther = 0;
            for (int k = 0; k < First.Count; k++)
            {
                var word = Word(text, k);
                ref var w = ref _words[k];
                w = default;
                w.Upper = char.IsUpper(word[0]);
                w.LowerInitial = char.IsLower(word[0]);
                if (word.Length <= LongestListedWord && ListedWordLookup.TryGetValue(lower[..word.ToLowerInvariant(lower)], out byte listed))
                {
                    w.Function = (listed & 1) != 0;
                    w.Finite = (listed & 2) != 0;
                }

                // A word's stem and the word itself are each those of the first word that has them: the first is
                // the lowest index among the earlier words of the same first char whose own is theirs (a root).
                var stem = LowerStem(word, _stems.AsSpan(k * StemLength, StemLength));
                var key = Pack(stem);
                _stemKeys[k] = key;
                w.StemId = k;
                ref ulong stemRoots = ref stem[0] < 128 ? ref _stemRootsAt[stem[0]] : ref _stemRootsOther;
                for (ulong roots = stemRoots; roots != 0; roots &= roots - 1)
                {
                    int j = BitOperations.TrailingZeroCount(roots);
                    if (_stemKeys[j] == key)
                    {
                        w.StemId = j;
                        break;
                    }
                }

                if (w.StemId == k)
                {
                    stemRoots |= 1UL << k;
                }

                w.SameWord = k;
                ref ulong wordRoots = ref word[0] < 128 ? ref _wordRootsAt[word[0]] : ref _wordRootsOther;
                for (ulong roots = wordRoots; roots != 0; roots &= roots - 1)
                {
                    int j = BitOperations.TrailingZeroCount(roots);
                    if (First[j].Length == word.Length && Word(text, j).SequenceEqual(word))
                    {
                        w.SameWord = j;
                        break;
                    }
                }

                if (w.SameWord == k)
                {
                    wordRoots |= 1UL << k;
                }

                // The echo feature asks whether the content words before a candidate end come back in the article.
                if (k < MaxWords && word.Length >= 4 && !w.Function && !_wantedStems.Contains(w.StemId))
                {
                    _wantedKeys[_wantedStems.Count] = _stemKeys[w.StemId];
                    _wantedStems.Add(w.StemId);
                }

                if (k >= MinWords && k <= MaxWords && w.Upper)
                {
                    w.Candidate = true;
                    _candidates.Add(k);
                    if (lowerUsed + word.Length > _lower.Length)
                    {
                        Array.Resize(ref _lower, Math.Max(_lower.Length * 2, lowerUsed + word.Length));
                    }

                    w.LowerAt = lowerUsed;
                    lowerUsed += word.ToLowerInvariant(_lower.AsSpan(lowerUsed, word.Length));
                }
            }

            Array.Clear(_stemSeen);
        }

        /// <summary>
        /// Counts in the other sentences only what the features of the candidate ends ask about, compared by span: no
        /// string, and no tokenization when the splitter's tokens of the text are given. Each word is compared only with
        /// the candidates and stems that start with its first letter (bit masks by ASCII initial; any other initial is
        /// compared with all).
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="sentences">Its sentences.</param>
        /// <param name="tokens">
        /// The tokens of the text as the splitter read them (in order, positions in <paramref name="text"/>), or null to
        /// tokenize each sentence here. The features were trained on each sentence tokenized alone: a sentence whose
        /// tokens could differ at its edges (see <see cref="SameTokensAlone"/>) is tokenized alone either way.
        /// </param>
        public void CountOthers(string text, IReadOnlyList<TextSpan> sentences, List<Token>? tokens = null)
        {
            if ((_wantedStems.Count == 0 && _candidates.Count == 0) || _others >= sentences.Count)
            {
                return;
            }

            // Candidates by their first char as written (capitalized occurrences) and lower-cased (lower-case ones), by
            // their index in the first sentence; wanted stems by their first char, by their index in _wantedStems.
            Array.Clear(_upperAt);
            Array.Clear(_lowerAt);
            Array.Clear(_stemAt);
            Array.Clear(_asked);
            _otherUpper = _otherLower = 0;
            static void Mark(uint[] byInitial, ref uint other, char initial, int bit)
            {
                if (initial < 128)
                {
                    byInitial[initial] |= 1u << bit;
                }
                else
                {
                    other |= 1u << bit;
                }
            }

            foreach (int k in _candidates)
            {
                Mark(_upperAt, ref _otherUpper, text[First[k].Start], k);
                Mark(_lowerAt, ref _otherLower, _lower[_words[k].LowerAt], k);
                var (start, length) = First[k];
                Ask(text[start], length > 1 ? text[start + 1] : '\0');
                Ask(_lower[_words[k].LowerAt], length > 1 ? _lower[_words[k].LowerAt + 1] : '\0');
            }

            // A stem of a non-ASCII initial is found through allStems below, which every word of such an initial reads.
            for (int j = 0; j < _wantedStems.Count; j++)
            {
                char initial = _stems[_wantedStems[j] * StemLength];
                if (initial < 128)
                {
                    _stemAt[initial] |= 1u << j;
                }

                // A stem is of a word of four chars or more.
                Ask(initial, _stems[(_wantedStems[j] * StemLength) + 1]);
            }

            // A word of a non-ASCII initial may lower-case to any stem's initial (the Kelvin sign to k).
            _allStems = (uint)((1UL << _wantedStems.Count) - 1);
            _seen = 0;
            var logged = tokens is null ? default : CollectionsMarshal.AsSpan(tokens);
            var first = CollectionsMarshal.AsSpan(First);
            int next = 0;
            for (int s = _others; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                var state = new SentenceState { Previous = -1, FirstWord = true };
                if (tokens is not null && SameTokensAlone(text, sentence))
                {
                    while (next < logged.Length && logged[next].Start < sentence.Start)
                    {
                        next++;
                    }

                    for (; next < logged.Length && logged[next].Start < sentence.End; next++)
                    {
                        Count(text, logged[next], ref state, first);
                    }

                    continue;
                }

                foreach (var token in Tokenizer.Tokenize(text.AsSpan(sentence.Start, sentence.Length)))
                {
                    Count(text, new Token(sentence.Start + token.Start, token.Length, token.Kind), ref state, first);
                }
            }

            uint seen = _seen;
            for (int j = 0; j < _wantedStems.Count; j++)
            {
                _stemSeen[_wantedStems[j]] = (seen & (1u << j)) != 0;
            }
        }

        /// <summary>
        /// Whether <paramref name="sentence"/> tokenized alone gives the tokens the splitter read of it in the whole text.
        /// The tokenizer reads one character before a token (a clitic <c>'s</c> stands alone only after white space;
        /// a decimal <c>.5</c> and an initial are read by the character before them) and past a period across spaces
        /// (<c>No. 5</c>, <c>Fla., for</c>); a sentence is not known to be safe when the character before it is not
        /// white space or it starts with an apostrophe, or when the character after it is not white space or the next
        /// character after spaces is a comma, a semicolon or a digit.
        /// </summary>
        internal static bool SameTokensAlone(string text, TextSpan sentence)
        {
            int start = sentence.Start;
            if ((start > 0 && !char.IsWhiteSpace(text[start - 1])) || text[start] is '\'' or '’')
            {
                return false;
            }

            int after = sentence.End;
            if (after >= text.Length)
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[after]))
            {
                return false;
            }

            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            return after >= text.Length || text[after] is not (',' or ';' or (>= '0' and <= '9'));
        }

        /// <summary>Where the count stands in a sentence: the word before (for pairs) and whether a word was seen.</summary>
        private struct SentenceState
        {
            public int Previous;
            public int PreviousLength;
            public bool FirstWord;
        }

        /// <summary>Counts one token of another sentence (its position in the text).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Count(string text, Token token, ref SentenceState state, ReadOnlySpan<(int Start, int Length)> first)
        {
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind != TokenKind.Punctuation || text[token.Start] is not ('\'' or '’' or '-'))
                {
                    state.Previous = -1;
                }

                return;
            }

            var word = text.AsSpan(token.Start, token.Length);
            char initial = word[0];
            char second = word.Length > 1 ? word[1] : '\0';
            int slot = PairSlot(initial, second);
            if ((initial | second) < 128 && (_asked[slot >> 6] & (1UL << slot)) == 0)
            {
                // No candidate and no wanted stem starts with these two chars (in either case).
                state.Previous = token.Start;
                state.PreviousLength = token.Length;
                state.FirstWord = false;
                return;
            }

            // The wanted stems are those of words of four letters or more: a shorter word has none of them.
            // An ASCII initial lower-cases to an ASCII letter: only the stems starting with it may match.
            uint stems = word.Length < 4 ? 0 : (initial < 128 ? _stemAt[char.IsAsciiLetterUpper(initial) ? initial | 0x20 : initial] : _allStems) & ~_seen;
            if (stems != 0)
            {
                var key = PackLowerStem(word, _stemBuffer);
                for (; stems != 0; stems &= stems - 1)
                {
                    int j = BitOperations.TrailingZeroCount(stems);
                    if (_wantedKeys[j] == key)
                    {
                        _seen |= 1u << j;
                    }
                }
            }

            if (char.IsUpper(initial))
            {
                uint candidates = initial < 128 ? _upperAt[initial] : _otherUpper;
                bool pairFits = state.Previous >= 0 && state.PreviousLength + 1 + word.Length <= MaxPairLength;
                for (; candidates != 0; candidates &= candidates - 1)
                {
                    int k = BitOperations.TrailingZeroCount(candidates);
                    var (start, length) = first[k];
                    if (length == word.Length && text.AsSpan(start, length).SequenceEqual(word))
                    {
                        ref var w = ref _words[k];
                        if (state.FirstWord)
                        {
                            w.Opening++;
                        }
                        else
                        {
                            w.CapitalInside++;
                        }

                        w.Pair |= pairFits && text.AsSpan(first[k - 1].Start, first[k - 1].Length).SequenceEqual(text.AsSpan(state.Previous, state.PreviousLength));
                    }
                }
            }
            else if (char.IsLower(initial))
            {
                uint candidates = initial < 128 ? _lowerAt[initial] : _otherLower;
                for (; candidates != 0; candidates &= candidates - 1)
                {
                    int k = BitOperations.TrailingZeroCount(candidates);
                    ref var w = ref _words[k];
                    if (first[k].Length == word.Length && _lower.AsSpan(w.LowerAt, word.Length).SequenceEqual(word))
                    {
                        w.LowerCount++;
                    }
                }
            }

            state.Previous = token.Start;
            state.PreviousLength = token.Length;
            state.FirstWord = false;
        }

        /// <summary>
        /// The word's first <see cref="StemLength"/> letters lower-cased into <paramref name="buffer"/> as
        /// <see cref="MemoryExtensions.ToLowerInvariant"/> lower-cases them; ASCII letters without the call.
        /// </summary>
        private static ReadOnlySpan<char> LowerStem(ReadOnlySpan<char> word, Span<char> buffer)
        {
            var prefix = word[..Math.Min(StemLength, word.Length)];
            for (int j = 0; j < prefix.Length; j++)
            {
                char ch = prefix[j];
                if (ch >= 0x80)
                {
                    return buffer[..prefix.ToLowerInvariant(buffer)];
                }

                buffer[j] = char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch;
            }

            return buffer[..prefix.Length];
        }

        /// <summary>
        /// <c>Pack(LowerStem(word, buffer))</c> for a word of at least four chars: when its first five chars are ASCII, read
        /// at once (the first four as one integer, lower-cased four at a time), else through <see cref="LowerStem"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (ulong Head, uint Tail) PackLowerStem(ReadOnlySpan<char> word, Span<char> buffer)
        {
            Debug.Assert(word.Length >= 4);
            ulong head = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word)));
            uint fifth = word.Length > 4 ? word[4] : 0u;
            if (((head | fifth) & 0xFF80_FF80_FF80_FF80UL) != 0)
            {
                return Pack(LowerStem(word, buffer));
            }

            // Each char is below 0x80: adding 0x3F sets its bit 7 from 'A' on, adding 0x25 from 'Z' + 1 on, so the
            // capitals are the chars with the first bit and not the second, and their 0x20 bit is set.
            const ulong Lanes = 0x0001_0001_0001_0001UL;
            ulong capitals = ((head + (0x3F * Lanes)) & ~(head + (0x25 * Lanes))) & (0x80 * Lanes);
            head |= capitals >> 2;
            fifth |= (uint)(fifth - 'A') <= 'Z' - 'A' ? 0x20u : 0u;
            return (head, fifth | ((uint)Math.Min(StemLength, word.Length) << 16));
        }

        /// <summary>
        /// A stem as two integers (four chars, then the fifth and the length), equal exactly when the stems are; holds
        /// the <see cref="StemLength"/> of five chars.
        /// </summary>
        private static (ulong Head, uint Tail) Pack(ReadOnlySpan<char> stem)
        {
            ulong head = 0;
            for (int j = 0; j < stem.Length && j < 4; j++)
            {
                head |= (ulong)stem[j] << (16 * j);
            }

            return (head, (stem.Length > 4 ? stem[4] : 0u) | ((uint)stem.Length << 16));
        }

        private ReadOnlySpan<char> Word(string text, int k) => text.AsSpan(First[k].Start, First[k].Length);

        private static bool EndsWithStop(ReadOnlySpan<char> sentence)
        {
            sentence = sentence.TrimEnd().TrimEnd("\"'”’)]");
            return sentence.Length > 0 && sentence[^1] is '.' or '!' or '?' or '…' or ':' or ';';
        }

        /// <summary>The features of the headline ending before word <paramref name="i"/> (see <see cref="OneLineHeadline.Features"/>).</summary>
        public void Features(int i, Span<double> x)
        {
            var words = _words.AsSpan(0, First.Count);
            ref readonly var w = ref words[i];
            var (start, _) = First[i];
            var (ps, pl) = First[i - 1];
            x[0] = Math.Log(1 + w.LowerCount);
            x[1] = Math.Log(1 + w.CapitalInside);
            x[2] = Math.Log(1 + w.Opening);
            x[3] = w.Function ? 1 : 0;
            x[4] = words[i - 1].Upper ? 1 : 0;
            x[5] = words[i - 1].Function ? 1 : 0;
            x[6] = w.Pair ? 1 : 0;
            bool nextUpper = i + 1 < words.Length && words[i + 1].Upper;
            x[7] = nextUpper ? 1 : 0;
            x[8] = i / 10.0;
            // Something between the two words (a comma, a quote, a dash) is a sign of one sentence going on.
            x[9] = start > ps + pl + 1 ? 1 : 0;
            x[10] = x[8] * x[8];
            x[11] = x[4] == 0 && x[1] == 0 ? 1 : 0;
            // A headline's words come back in the article: the share of the candidate headline's content words that do.
            int content = 0, echoed = 0, transitions = 0;
            bool repeated = false;
            int next = nextUpper ? words[i + 1].SameWord : -1;
            ulong prefixStems = 0;
            for (int k = 0; k < i; k++)
            {
                ref readonly var v = ref words[k];
                repeated |= v.SameWord == w.SameWord || v.SameWord == next;
                if (k > 0 && v.Upper && words[k - 1].LowerInitial)
                {
                    transitions++;
                }

                int length = First[k].Length;
                if (length >= 4 && !v.Function)
                {
                    content++;
                    echoed += _stemSeen[v.StemId] ? 1 : 0;
                }

                if (length >= 3 && !v.Function)
                {
                    prefixStems |= 1UL << v.StemId;
                }
            }

            x[12] = content == 0 ? 0 : (double)echoed / content;
            // The article's first sentence often names again whom the headline named (McIlroy wins… James McIlroy…).
            x[13] = repeated ? 1 : 0;
            // Sentence-case headlines: the first lower-case word followed by a capital is the likeliest end.
            x[14] = Math.Min(transitions, 3) / 3.0;
            bool verbBefore = false, verbAfter = false;
            for (int k = 0; k < words.Length && k < i + LeadWindow; k++)
            {
                if (words[k].Finite)
                {
                    verbBefore |= k < i;
                    verbAfter |= k >= i;
                }
            }

            x[15] = verbBefore ? 1 : 0;
            x[16] = verbAfter ? 1 : 0;
            // The lead restates a word of the headline within its first words (Unilever shake up… Anglo-Dutch… Unilever).
            bool restated = false;
            for (int k = i; k < words.Length && k < i + RestateWindow; k++)
            {
                restated |= First[k].Length >= 3 && (prefixStems & (1UL << words[k].StemId)) != 0;
            }

            x[17] = restated ? 1 : 0;
        }
    }

    /// <summary>Whether word <paramref name="i"/> of the first sentence may end a headline (before it).</summary>
    internal static bool IsCandidate(string text, Context c, int i) =>
        i >= MinWords && i <= MaxWords && c.First.Count - i >= MinRestWords && char.IsUpper(text[c.First[i].Start]);

    /// <summary>The features of the headline ending before word <paramref name="i"/> of the first sentence.</summary>
    internal static void Features(string text, Context c, int i, Span<double> x) => c.Features(i, x);

    /// <summary>
    /// The score of the candidate whose features are <paramref name="x"/>, against 0 for "no headline": the model is a
    /// conditional logit over the candidates of a text and that choice.
    /// </summary>
    internal static double Score(ReadOnlySpan<double> x, ReadOnlySpan<double> weights)
    {
        double z = weights[0];
        for (int k = 0; k < x.Length; k++)
        {
            z += weights[k + 1] * x[k];
        }

        return z;
    }

    /// <summary>
    /// Where the body starts when the first of <paramref name="sentences"/> begins with a headline, or -1.
    /// </summary>
    public static int FindBodyStart(string text, IReadOnlyList<TextSpan> sentences) =>
        FindBodyStart(text, sentences, null, Weights, Threshold);

    /// <summary>
    /// As <see cref="FindBodyStart(string, IReadOnlyList{TextSpan})"/>, reading the other sentences' words from
    /// <paramref name="tokens"/>, the tokens of the text that the splitter read (in order, positions in
    /// <paramref name="text"/>), instead of tokenizing them again.
    /// </summary>
    internal static int FindBodyStart(string text, IReadOnlyList<TextSpan> sentences, List<Token> tokens) =>
        FindBodyStart(text, sentences, tokens, Weights, Threshold);

    /// <summary>As <see cref="FindBodyStart(string, IReadOnlyList{TextSpan})"/>, with given weights (for training).</summary>
    internal static int FindBodyStart(string text, IReadOnlyList<TextSpan> sentences, ReadOnlySpan<double> weights, double threshold) =>
        FindBodyStart(text, sentences, null, weights, threshold);

    private static int FindBodyStart(string text, IReadOnlyList<TextSpan> sentences, List<Token>? tokens, ReadOnlySpan<double> weights, double threshold)
    {
        if (sentences.Count == 0)
        {
            return -1;
        }

        // Only a first sentence that ends with a stop and holds a candidate sends the model to the other sentences.
        var c = Context.ForThread;
        c.ReadFirst(text, sentences, tokens);
        if (!c.FirstEndsWithStop || !c.HasCandidate)
        {
            return -1;
        }

        c.CountOthers(text, sentences, tokens);

        Span<double> x = stackalloc double[FeatureCount];
        int best = -1;
        double bestScore = double.NegativeInfinity;
        double sum = 1;
        for (int i = MinWords; i < c.First.Count && i <= MaxWords; i++)
        {
            if (!IsCandidate(text, c, i))
            {
                continue;
            }

            Features(text, c, i, x);
            double z = Score(x, weights);
            sum += Math.Exp(z);
            if (z > bestScore)
            {
                best = i;
                bestScore = z;
            }
        }

        // The best end is taken when the model gives it at least the threshold's probability among all the choices.
        return best >= 0 && Math.Exp(bestScore) / sum >= threshold ? c.First[best].Start : -1;
    }
}
