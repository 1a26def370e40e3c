using TextInsight.Internals;
using TextInsight.Structure;
using TextInsight.Text;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The headline features of <see cref="OneLineHeadline"/> as they were first written (issue 17m: strings, sets and
/// dictionaries per document), kept as the oracle the allocation-free context must equal to the last bit.
/// </summary>
internal static class ReferenceOneLineFeatures
{
    private const int MinWords = OneLineHeadline.MinWords;
    private const int MaxWords = OneLineHeadline.MaxWords;
    private const int MinRestWords = OneLineHeadline.MinRestWords;
    private const int LeadWindow = 12;
    private const int StemLength = 5;
    private const int MaxPairLength = 128;
    private const int RestateWindow = 8;

    private static readonly HashSet<string> FunctionWords = WordLists.Load("function-words", StringComparer.Ordinal);
    private static readonly HashSet<string> FiniteVerbs = WordLists.Load("finite-verbs", StringComparer.Ordinal);

    /// <summary>The words of a text with what the headline features read from them.</summary>
    internal sealed class Context
    {
        /// <summary>Whether the first sentence ends as a sentence does (else the text may not be prose at all).</summary>
        public readonly bool FirstEndsWithStop;

        /// <summary>Word tokens of the first sentence (start, length), in order.</summary>
        public readonly List<(int Start, int Length)> First = [];

        /// <summary>Lower-case occurrences in the other sentences of each candidate word (by its lower-case form).</summary>
        public readonly Dictionary<string, int> Lower = new(StringComparer.Ordinal);

        /// <summary>Capitalized occurrences inside the other sentences (not their first word) of each candidate word.</summary>
        public readonly Dictionary<string, int> CapitalInside = new(StringComparer.Ordinal);

        /// <summary>Occurrences of each candidate word as the first word of the other sentences.</summary>
        public readonly Dictionary<string, int> Opening = new(StringComparer.Ordinal);

        /// <summary>The candidate word pairs (the word before a candidate and the candidate) that the other sentences hold.</summary>
        public readonly HashSet<string> Pairs = new(StringComparer.Ordinal);

        /// <summary>The stems (<see cref="Stem"/>) of the first sentence's words that the other sentences' words share.</summary>
        public readonly HashSet<string> Stems = new(StringComparer.Ordinal);

        /// <summary>
        /// Reads the first sentence's words, then counts in the other sentences only what the features of its candidate
        /// ends ask about, looked up by span: a long document costs one tokenization and no string per word.
        /// </summary>
        public Context(string text, IReadOnlyList<TextSpan> sentences)
        {
            // When the splitter already cut a first sentence without a closing stop, the cut is one candidate among
            // the others: the first two sentences are read as one.
            int firstGroup = sentences.Count > 1 && !EndsWithStop(text.AsSpan(sentences[0].Start, sentences[0].Length)) ? 2 : 1;
            FirstEndsWithStop = EndsWithStop(text.AsSpan(sentences[firstGroup - 1].Start, sentences[firstGroup - 1].Length));
            for (int s = 0; s < firstGroup; s++)
            {
                foreach (var token in Tokenizer.Tokenize(text.AsSpan(sentences[s].Start, sentences[s].Length)))
                {
                    if (token.Kind == TokenKind.Word)
                    {
                        First.Add((sentences[s].Start + token.Start, token.Length));
                    }
                }
            }

            var wanted = new HashSet<string>(StringComparer.Ordinal);
            var wantedPairs = new HashSet<string>(StringComparer.Ordinal);
            var wantedStems = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < First.Count && i <= MaxWords + RestateWindow; i++)
            {
                string word = text.Substring(First[i].Start, First[i].Length);
                wantedStems.Add(Stem(word));
                if (i >= MinWords && i <= MaxWords && char.IsUpper(word[0]))
                {
                    wanted.Add(word);
                    Lower.TryAdd(word.ToLowerInvariant(), 0);
                    wantedPairs.Add(string.Concat(text.AsSpan(First[i - 1].Start, First[i - 1].Length), " ", word));
                }
            }

            // Most words of a text start with a letter no wanted word starts with: one bit test skips their look-ups.
            var initials = new FirstLetters();
            foreach (var w in wantedStems)
            {
                initials.Add(w[0]);
            }

            var lower = Lower.GetAlternateLookup<ReadOnlySpan<char>>();
            var words = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
            var pairs = wantedPairs.GetAlternateLookup<ReadOnlySpan<char>>();
            var stems = wantedStems.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> stem = stackalloc char[StemLength];
            Span<char> pair = stackalloc char[MaxPairLength];
            for (int s = firstGroup; s < sentences.Count; s++)
            {
                var span = text.AsSpan(sentences[s].Start, sentences[s].Length);
                int previous = -1;
                int previousLength = 0;
                bool firstWord = true;
                foreach (var token in Tokenizer.Tokenize(span))
                {
                    if (token.Kind != TokenKind.Word)
                    {
                        if (token.Kind != TokenKind.Punctuation || span[token.Start] is not ('\'' or '’' or '-'))
                        {
                            previous = -1;
                        }

                        continue;
                    }

                    var word = span.Slice(token.Start, token.Length);
                    bool isUpper = char.IsUpper(word[0]);
                    if (!initials.MayHold(word[0]))
                    {
                        previous = token.Start;
                        previousLength = token.Length;
                        firstWord = false;
                        continue;
                    }

                    int n = word[..Math.Min(StemLength, word.Length)].ToLowerInvariant(stem);
                    if (n > 0 && stems.TryGetValue(stem[..n], out var sharedStem))
                    {
                        Stems.Add(sharedStem);
                    }

                    if (isUpper)
                    {
                        if (words.TryGetValue(word, out var known))
                        {
                            Add(firstWord ? Opening : CapitalInside, known);
                            if (previous >= 0 && previousLength + 1 + word.Length <= MaxPairLength)
                            {
                                span.Slice(previous, previousLength).CopyTo(pair);
                                pair[previousLength] = ' ';
                                word.CopyTo(pair[(previousLength + 1)..]);
                                if (pairs.TryGetValue(pair[..(previousLength + 1 + word.Length)], out var knownPair))
                                {
                                    Pairs.Add(knownPair);
                                }
                            }
                        }
                    }
                    else if (char.IsLower(word[0]) && lower.TryGetValue(word, out var lowerKey, out int count))
                    {
                        Lower[lowerKey] = count + 1;
                    }

                    previous = token.Start;
                    previousLength = token.Length;
                    firstWord = false;
                }
            }
        }

        /// <summary>The lower-cased first letters of a few words, as bits for ASCII; any other letter may be one of them.</summary>
        private struct FirstLetters
        {
            private ulong _bits;

            public void Add(char lowerInitial)
            {
                if (lowerInitial is >= 'a' and <= 'z')
                {
                    _bits |= 1UL << (lowerInitial - 'a');
                }
            }

            public readonly bool MayHold(char initial)
            {
                char c = (char)(initial | 0x20);
                return initial >= 0x80 || (c is >= 'a' and <= 'z' ? (_bits & (1UL << (c - 'a'))) != 0 : true);
            }
        }

        private static bool EndsWithStop(ReadOnlySpan<char> sentence)
        {
            sentence = sentence.TrimEnd().TrimEnd("\"'”’)]");
            return sentence.Length > 0 && sentence[^1] is '.' or '!' or '?' or '…' or ':' or ';';
        }

        /// <summary>The word's first five letters, lower-cased.</summary>
        public static string Stem(string word) => word[..Math.Min(StemLength, word.Length)].ToLowerInvariant();

        private static void Add(Dictionary<string, int> counts, string word) => counts[word] = counts.GetValueOrDefault(word) + 1;
    }

    /// <summary>Whether word <paramref name="i"/> of the first sentence may end a headline (before it).</summary>
    internal static bool IsCandidate(string text, Context c, int i) =>
        i >= MinWords && i <= MaxWords && c.First.Count - i >= MinRestWords && char.IsUpper(text[c.First[i].Start]);

    /// <summary>The features of the headline ending before word <paramref name="i"/> of the first sentence.</summary>
    internal static void Features(string text, Context c, int i, Span<double> x)
    {
        var (start, length) = c.First[i];
        string word = text.Substring(start, length);
        string lower = word.ToLowerInvariant();
        var (ps, pl) = c.First[i - 1];
        var previous = text.AsSpan(ps, pl);
        string previousLower = previous.ToString().ToLowerInvariant();
        x[0] = Math.Log(1 + c.Lower.GetValueOrDefault(lower));
        x[1] = Math.Log(1 + c.CapitalInside.GetValueOrDefault(word));
        x[2] = Math.Log(1 + c.Opening.GetValueOrDefault(word));
        x[3] = FunctionWords.Contains(lower) ? 1 : 0;
        x[4] = char.IsUpper(previous[0]) ? 1 : 0;
        x[5] = FunctionWords.Contains(previousLower) ? 1 : 0;
        x[6] = c.Pairs.Contains(previous.ToString() + " " + word) ? 1 : 0;
        x[7] = i + 1 < c.First.Count && char.IsUpper(text[c.First[i + 1].Start]) ? 1 : 0;
        x[8] = i / 10.0;
        // Something between the two words (a comma, a quote, a dash) is a sign of one sentence going on.
        x[9] = start > ps + pl + 1 ? 1 : 0;
        x[10] = x[8] * x[8];
        x[11] = x[4] == 0 && x[1] == 0 ? 1 : 0;
        // A headline's words come back in the article: the share of the candidate headline's content words that do.
        int content = 0, echoed = 0, transitions = 0;
        bool repeated = false;
        string? next = i + 1 < c.First.Count && char.IsUpper(text[c.First[i + 1].Start]) ? text.Substring(c.First[i + 1].Start, c.First[i + 1].Length) : null;
        for (int k = 0; k < i; k++)
        {
            var (ks, kl) = c.First[k];
            string w = text.Substring(ks, kl);
            repeated |= w == word || w == next;
            if (k > 0 && k < i && char.IsUpper(w[0]) && char.IsLower(text[c.First[k - 1].Start]))
            {
                transitions++;
            }

            string wl = w.ToLowerInvariant();
            if (kl >= 4 && !FunctionWords.Contains(wl))
            {
                content++;
                echoed += c.Stems.Contains(Context.Stem(w)) ? 1 : 0;
            }
        }

        x[12] = content == 0 ? 0 : (double)echoed / content;
        // The article's first sentence often names again whom the headline named (McIlroy wins… James McIlroy…).
        x[13] = repeated ? 1 : 0;
        // Sentence-case headlines: the first lower-case word followed by a capital is the likeliest end.
        x[14] = Math.Min(transitions, 3) / 3.0;
        bool verbBefore = false, verbAfter = false;
        for (int k = 0; k < c.First.Count && k < i + LeadWindow; k++)
        {
            var (ks, kl) = c.First[k];
            if (FiniteVerbs.Contains(text.Substring(ks, kl).ToLowerInvariant()))
            {
                verbBefore |= k < i;
                verbAfter |= k >= i;
            }
        }

        x[15] = verbBefore ? 1 : 0;
        x[16] = verbAfter ? 1 : 0;
        // The lead restates a word of the headline within its first words (Unilever shake up… Anglo-Dutch… Unilever).
        var prefixStems = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < i; k++)
        {
            var (ks, kl) = c.First[k];
            if (kl >= 3 && !FunctionWords.Contains(text.Substring(ks, kl).ToLowerInvariant()))
            {
                prefixStems.Add(Context.Stem(text.Substring(ks, kl)));
            }
        }

        bool restated = false;
        for (int k = i; k < c.First.Count && k < i + RestateWindow; k++)
        {
            var (ks, kl) = c.First[k];
            restated |= kl >= 3 && prefixStems.Contains(Context.Stem(text.Substring(ks, kl)));
        }

        x[17] = restated ? 1 : 0;
    }

}
