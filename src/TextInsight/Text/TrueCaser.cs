using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace TextInsight.Text;

/// <summary>
/// Restores the case of text written in one case (a lower-case transcript, wire copy in capitals), character for
/// character: the restored text has the length of the input and every offset into one is an offset into the other.
/// </summary>
/// <remarks>
/// <para>
/// The classic statistical truecaser (Lita, Ittycheriah, Roukos and Kambhatla, "tRuEcasIng", ACL 2003): each word takes
/// its most likely written form (<c>the</c>, <c>Apple</c>, <c>NASA</c>, <c>McDonald</c>) given the word and its
/// neighbours, as counted in cased news away from the start of sentences. The score of a form is naive Bayes over the
/// word's own counts of each form and its counts after the token before it, before the token after it, after the two
/// tokens before it and after a word of each form class (each context's counts smoothed toward the word's own by
/// <see cref="Smoothing"/>). Unlike Lita et al.'s trigram decoder, the neighbours are read in lower case and each word
/// is decided left to right in one pass. A word the model saw at most once is lower case, capitalized or in capitals by
/// naive Bayes over what the words seen once had (their endings, the tokens around them, the form of the word before),
/// the evidence of all its places in the text pooled into one decision. Sentence-initial capitals come last: the
/// sentence splitter, which reads case, runs on the restored words with a capital offered after every <c>.</c>,
/// <c>!</c> and <c>?</c>, and the first word of each sentence it finds is capitalized.
/// </para>
/// <para>
/// A character is changed only when its case pair maps back to it (<c>ß</c>, whose capital is two letters, and letters
/// without a case are left as written); surrogate pairs are left as written. The model is loaded once, immutable and
/// shared by every thread.
/// </para>
/// </remarks>
internal sealed class TrueCaser
{
    /// <summary>The form mask of a word written in capitals throughout.</summary>
    internal const ulong AllUpper = ulong.MaxValue;

    /// <summary>The context key of the edge of a line (no token before or after).</summary>
    internal const ulong EdgeKey = 0x5bd1e9955bd1e995UL;

    /// <summary>
    /// The largest share of letters in lower case a line in capitals inside cased text may have (<c>Mc</c> in
    /// <c>McDONALD</c>).
    /// </summary>
    internal const double MinorityShare = 0.005;

    /// <summary>
    /// The largest share of words (of two letters or more) with a letter in the other case a whole text written in one
    /// case may have: a lower-case transcript that writes <c>I</c> (one letter, not counted) or an odd <c>OK</c>, wire
    /// copy with <c>McDONALD</c>. Cased news has 5.7% or more (see Models/README, truecaser).
    /// </summary>
    internal const double MinorityWordShare = 0.01;

    /// <summary>Letters a whole document needs before its case is restored: fewer say too little to restore.</summary>
    internal const int MinDocumentLetters = 20;

    /// <summary>
    /// Letters a line in capitals inside a cased document needs before it is restored: a shouted paragraph is; a
    /// headline in capitals, or a table of short lines in capitals (the league tables of CoNLL-2003), is not: the tagger,
    /// trained on such lines, reads them as before.
    /// </summary>
    internal const int MinStretchLetters = 200;

    private const string Magic = "TITRUECASE";
    private const int FormatVersion = 1;
    private const string ResourceName = "TextInsight.Models.truecase-news-v1.bin";

    private static readonly Lazy<TrueCaser?> DefaultLazy = new(LoadDefault);

    private readonly Dictionary<ulong, WordForms> _words;
    private readonly Dictionary<ulong, int[]> _contexts;
    private readonly Dictionary<ulong, int[]> _unknownFeatures;
    private readonly int[] _unknown;

    /// <summary>Creates a model from its counts.</summary>
    /// <param name="words">The forms of each word (by <see cref="Key"/>), most frequent first, with their counts.</param>
    /// <param name="contexts">Counts of each form of an ambiguous word by context (<see cref="LeftKey"/>, <see cref="RightKey"/>), aligned with the word's forms.</param>
    /// <param name="unknownFeatures">Counts of lower, capitalized and upper forms of words seen once, by feature (<see cref="UnknownKeys"/>).</param>
    /// <param name="unknown">The same counts over all words seen once.</param>
    /// <param name="smoothing">How strongly a context's counts lean toward the word's own (a Dirichlet prior's weight).</param>
    internal TrueCaser(Dictionary<ulong, WordForms> words, Dictionary<ulong, int[]> contexts, Dictionary<ulong, int[]> unknownFeatures, int[] unknown, double smoothing)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(unknownFeatures);
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentOutOfRangeException.ThrowIfNotEqual(unknown.Length, 3, nameof(unknown));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(smoothing, nameof(smoothing));
        _words = words;
        _contexts = contexts;
        _unknownFeatures = unknownFeatures;
        _unknown = unknown;
        Smoothing = smoothing;
    }

    /// <summary>The embedded model, or null when the assembly does not carry it.</summary>
    public static TrueCaser? Default => DefaultLazy.Value;

    /// <summary>How strongly a context's counts lean toward the word's own counts.</summary>
    public double Smoothing { get; }

    /// <summary>How often the word of this key (<see cref="Key"/>) was seen in the training text, in any form (0: seen at
    /// most once, or never); hyphenated compounds are words of their own.</summary>
    internal int Count(ulong key) => _words.TryGetValue(key, out var forms) ? forms.Total : 0;

    /// <summary>Words the model knows.</summary>
    public int WordCount => _words.Count;

    /// <summary>Contexts the model knows.</summary>
    public int ContextCount => _contexts.Count;

    /// <summary>The same model with another <see cref="Smoothing"/>.</summary>
    public TrueCaser WithSmoothing(double smoothing) => new(_words, _contexts, _unknownFeatures, _unknown, smoothing);

    /// <summary>
    /// Finds what of <paramref name="text"/> is written in one case: the whole text (of at least
    /// <see cref="MinDocumentLetters"/> letters) when at most <see cref="MinorityWordShare"/> of its words of two letters
    /// or more have a letter in the other case, else each line (at most <see cref="MinorityShare"/> of its letters in
    /// lower case) in capitals of <see cref="MinStretchLetters"/> letters or more. Lower-case lines inside a
    /// cased text are never restored: cased news has them (a paragraph cut before its first word, a list of terms).
    /// </summary>
    public static List<CaseStretch> Detect(ReadOnlySpan<char> text)
    {
        var stretches = new List<CaseStretch>();
        // Only letters that have a case count: a text in a caseless script (Chinese, Arabic, Hebrew, Thai, …) is in no
        // case, not in lower case (before, a Chinese text was "restored" and said to be in lower case).
        var (_, upperLetters, lowerLetters) = CountLetters(text);
        if (upperLetters + lowerLetters >= MinDocumentLetters)
        {
            var (words, withUpper, withLower) = CountWords(text);
            if (withUpper <= MinorityWordShare * words)
            {
                stretches.Add(new CaseStretch(0, text.Length, Upper: false));
                return stretches;
            }

            if (withLower <= MinorityWordShare * words)
            {
                stretches.Add(new CaseStretch(0, text.Length, Upper: true));
                return stretches;
            }
        }

        int position = 0;
        while (position <= text.Length)
        {
            int newline = text[position..].IndexOf('\n');
            int end = newline < 0 ? text.Length : position + newline;
            var (_, up, lo) = CountLetters(text[position..end]);
            int l = up + lo;
            if (l >= MinStretchLetters && lo <= MinorityShare * l)
            {
                stretches.Add(new CaseStretch(position, end - position, Upper: true));
            }

            position = end + 1;
        }

        return stretches;
    }

    /// <summary>
    /// Restores the case of what of <paramref name="text"/> <see cref="Detect"/> finds written in one case.
    /// </summary>
    /// <returns>The text with its case restored (the same length), or null when nothing is in one case.</returns>
    public string? Restore(string text, out List<CaseStretch> stretches)
    {
        ArgumentNullException.ThrowIfNull(text);
        stretches = Detect(text);
        if (stretches.Count == 0)
        {
            return null;
        }

        return string.Create(text.Length, (this, text, stretches), static (buffer, state) =>
        {
            state.text.AsSpan().CopyTo(buffer);
            foreach (var s in state.stretches)
            {
                state.Item1.RestoreStretch(state.text.AsSpan(s.Start, s.Length), buffer.Slice(s.Start, s.Length));
            }
        });
    }

    /// <summary>
    /// Restores the case of <paramref name="source"/>, all of it written in one case, into <paramref name="destination"/>:
    /// the words line by line; then each word the model does not know takes one form throughout, the one the evidence of
    /// all its places together favours (a name in capitals after "(" in one place is a name everywhere); then the
    /// sentence starts.
    /// </summary>
    internal void RestoreStretch(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = ToLower(source[i]);
        }

        var tokens = ArrayPool<Token>.Shared.Rent(64);
        var keys = ArrayPool<ulong>.Shared.Rent(64);
        var unknown = new List<(int Start, int Length, ulong Key)>();
        var evidence = new Dictionary<ulong, double[]>();
        var sentences = new List<TextSpan>();
        try
        {
            for (int pass = 0; pass < 2; pass++)
            {
                int position = 0;
                while (position < destination.Length)
                {
                    int newline = destination[position..].IndexOf('\n');
                    int end = newline < 0 ? destination.Length : position + newline;
                    if (end > position)
                    {
                        if (pass == 0)
                        {
                            RestoreWords(source[position..end], destination[position..end], position, ref tokens, ref keys, unknown, evidence);
                        }
                        else
                        {
                            CapitalizeSentences(source[position..end], destination[position..end], ref tokens, sentences);
                        }
                    }

                    position = end + 1;
                }

                if (pass == 0)
                {
                    foreach (var (start, length, key) in unknown)
                    {
                        var score = evidence[key];
                        ulong mask = MaskOfClass(score[1] > score[0] ? (score[2] > score[1] ? 2 : 1) : (score[2] > score[0] ? 2 : 0));
                        var word = destination.Slice(start, length);
                        for (int i = 0; i < word.Length; i++)
                        {
                            word[i] = ToLower(source[start + i]);
                        }

                        Apply(source.Slice(start, length), word, mask);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    private void RestoreWords(ReadOnlySpan<char> source, Span<char> line, int offset, ref Token[] tokens, ref ulong[] keys,
        List<(int Start, int Length, ulong Key)> unknown, Dictionary<ulong, double[]> evidence)
    {
        int count = Tokenize(line, ref tokens, ref keys);
        int previousClass = NoWordClass;
        Span<double> scores = stackalloc double[3];
        for (int i = 0; i < count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                previousClass = NoWordClass;
                continue;
            }

            ulong previous = i > 0 ? keys[i - 1] : EdgeKey, next = i + 1 < count ? keys[i + 1] : EdgeKey;
            var word = line.Slice(t.Start, t.Length);
            ulong mask;
            if (_words.ContainsKey(keys[i]))
            {
                mask = Choose(keys[i], previous, next, previousClass, word, i > 1 ? keys[i - 2] : EdgeKey);
            }
            else
            {
                // Decided here for the words after it; decided again below from all its places.
                ScoreUnknown(word, previous, next, previousClass, scores);
                if (!evidence.TryGetValue(keys[i], out var pooled))
                {
                    evidence[keys[i]] = pooled = [LogPrior(0), LogPrior(1), LogPrior(2)];
                }

                for (int c = 0; c < 3; c++)
                {
                    pooled[c] += scores[c] - LogPrior(c);
                }

                unknown.Add((offset + t.Start, t.Length, keys[i]));
                mask = MaskOfClass(scores[1] > scores[0] ? (scores[2] > scores[1] ? 2 : 1) : (scores[2] > scores[0] ? 2 : 0));
            }

            if (mask != 0)
            {
                Apply(source.Slice(t.Start, t.Length), word, mask);
            }

            previousClass = ClassOf(mask);
        }
    }

    private static int Tokenize(ReadOnlySpan<char> line, ref Token[] tokens, ref ulong[] keys)
    {
        int count = 0;
        foreach (var t in Tokenizer.Tokenize(line))
        {
            if (count == tokens.Length)
            {
                Grow(ref tokens, count);
                Grow(ref keys, count);
            }

            tokens[count] = t;
            keys[count] = Key(line.Slice(t.Start, t.Length));
            count++;
        }

        return count;
    }

    private static void CapitalizeSentences(ReadOnlySpan<char> source, Span<char> line, ref Token[] tokens, List<TextSpan> sentences)
    {
        int count = 0;
        foreach (var t in Tokenizer.Tokenize(line))
        {
            if (count == tokens.Length)
            {
                Grow(ref tokens, count);
            }

            tokens[count++] = t;
        }

        // Sentence starts: the splitter reads case, so it reads a copy with a capital offered after every stop.
        char[] offered = ArrayPool<char>.Shared.Rent(line.Length);
        try
        {
            var copy = offered.AsSpan(0, line.Length);
            line.CopyTo(copy);
            bool afterStop = true;
            for (int i = 0; i < count; i++)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Word)
                {
                    if (afterStop)
                    {
                        CapitalizeFirst(source.Slice(t.Start, t.Length), copy.Slice(t.Start, t.Length));
                    }

                    // A word with its abbreviation's period ("inc.", "u.s.") may end a sentence: the splitter decides.
                    afterStop = line[t.Start + t.Length - 1] == '.';
                }
                else if (t.Kind == TokenKind.Punctuation)
                {
                    char c = line[t.Start + t.Length - 1];
                    afterStop = c is '.' or '!' or '?' or '\u2026'
                        || (afterStop && c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '(' or ')' or '[' or ']');
                }
                else
                {
                    afterStop = false;
                }
            }

            sentences.Clear();
            SentenceSplitter.Default.Split(copy, 0, sentences);
            int next = 0;
            foreach (var s in sentences)
            {
                while (next < count && tokens[next].Start < s.Start)
                {
                    next++;
                }

                for (int i = next; i < count && tokens[i].Start < s.Start + s.Length; i++)
                {
                    if (tokens[i].Kind == TokenKind.Word)
                    {
                        CapitalizeFirst(source.Slice(tokens[i].Start, tokens[i].Length), line.Slice(tokens[i].Start, tokens[i].Length));
                        break;
                    }

                    if (tokens[i].Kind is not TokenKind.Punctuation)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(offered);
        }
    }

    /// <summary>
    /// The form mask of the word <paramref name="key"/> between the tokens <paramref name="previous"/> and
    /// <paramref name="next"/>, after a word of the form class <paramref name="previousClass"/> (<see cref="ClassOf"/>)
    /// and the two tokens <paramref name="beforePrevious"/> <paramref name="previous"/> (<c>said : " the</c>).
    /// </summary>
    internal ulong Choose(ulong key, ulong previous, ulong next, int previousClass, ReadOnlySpan<char> word, ulong beforePrevious = EdgeKey)
    {
        if (!_words.TryGetValue(key, out var forms))
        {
            return ChooseUnknown(word, previous, next, previousClass);
        }

        var masks = forms.Masks;
        if (masks.Length == 1)
        {
            return masks[0];
        }

        Span<double> scores = stackalloc double[masks.Length];
        double total = forms.Total;
        for (int f = 0; f < masks.Length; f++)
        {
            scores[f] = Math.Log(forms.Counts[f] / total);
        }

        AddContext(scores, forms.Counts, total, _contexts, LeftKey(previous, key));
        AddContext(scores, forms.Counts, total, _contexts, RightKey(key, next));
        AddContext(scores, forms.Counts, total, _contexts, ClassKey(key, previousClass));
        AddContext(scores, forms.Counts, total, _contexts, LeftKey(LeftKey(beforePrevious, previous), key));
        int argmax = 0;
        for (int f = 1; f < masks.Length; f++)
        {
            if (scores[f] > scores[argmax])
            {
                argmax = f;
            }
        }

        return masks[argmax];
    }

    // A word seen at most once in training: lower case, capitalized or in capitals, by naive Bayes over what words seen
    // once had: their ending, the tokens around them and the form of the word before.
    private ulong ChooseUnknown(ReadOnlySpan<char> word, ulong previous, ulong next, int previousClass)
    {
        Span<double> scores = stackalloc double[3];
        ScoreUnknown(word, previous, next, previousClass, scores);
        return MaskOfClass(scores[1] > scores[0] ? (scores[2] > scores[1] ? 2 : 1) : (scores[2] > scores[0] ? 2 : 0));
    }

    private void ScoreUnknown(ReadOnlySpan<char> word, ulong previous, ulong next, int previousClass, Span<double> scores)
    {
        Span<int> prior = [_unknown[0] + 1, _unknown[1] + 1, _unknown[2] + 1];
        double total = prior[0] + prior[1] + prior[2];
        for (int c = 0; c < 3; c++)
        {
            scores[c] = LogPrior(c);
        }

        Span<ulong> features = stackalloc ulong[UnknownFeatureCount];
        UnknownKeys(word, previous, next, previousClass, features);
        foreach (ulong feature in features)
        {
            AddContext(scores, prior, total, _unknownFeatures, feature);
        }
    }

    private double LogPrior(int form) => Math.Log((_unknown[form] + 1.0) / (_unknown[0] + _unknown[1] + _unknown[2] + 3));

    private static ulong MaskOfClass(int form) => form switch { 0 => 0, 1 => 1, _ => AllUpper };

    /// <summary>The form class of a mask: 0 lower case, 1 capitalized (or mixed), 2 in capitals.</summary>
    internal static int ClassOf(ulong mask) => mask == 0 ? 0 : mask == AllUpper ? 2 : 1;

    /// <summary>The class of what precedes a word when it is not a word (punctuation, a number, the edge of a line).</summary>
    internal const int NoWordClass = 3;

    /// <summary>Features of an unknown word (<see cref="UnknownKeys"/>).</summary>
    internal const int UnknownFeatureCount = 5;

    /// <summary>The features of an unknown word: its last three and last two characters, the tokens before and after it, the form class of the word before.</summary>
    internal static void UnknownKeys(ReadOnlySpan<char> word, ulong previous, ulong next, int previousClass, Span<ulong> keys)
    {
        keys[0] = Mix(Key(word.Length > 3 ? word[^3..] : word), (ulong)Math.Min(word.Length, 4), 0x1000);
        keys[1] = Mix(Key(word.Length > 2 ? word[^2..] : word), (ulong)Math.Min(word.Length, 3), 0x2000);
        keys[2] = Mix(previous, 0, 0x3000);
        keys[3] = Mix(next, 0, 0x4000);
        keys[4] = Mix((ulong)previousClass, 0, 0x5000);
    }

    /// <summary>The key of a word after a word of the form class <paramref name="previousClass"/>.</summary>
    internal static ulong ClassKey(ulong word, int previousClass) => Mix(word, (ulong)previousClass, 0x165667B19E3779F9UL);

    private void AddContext(Span<double> scores, ReadOnlySpan<int> own, double total, Dictionary<ulong, int[]> table, ulong contextKey)
    {
        if (!table.TryGetValue(contextKey, out var counts))
        {
            return;
        }

        int n = 0;
        foreach (int c in counts)
        {
            n += c;
        }

        for (int f = 0; f < scores.Length; f++)
        {
            double prior = own[f] / total;
            double inContext = (counts[f] + Smoothing * prior) / (n + Smoothing);
            scores[f] += Math.Log(inContext) - Math.Log(prior);
        }
    }

    /// <summary>Writes the form <paramref name="mask"/> of the word <paramref name="source"/> into <paramref name="destination"/>.</summary>
    internal static void Apply(ReadOnlySpan<char> source, Span<char> destination, ulong mask)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            if (mask == AllUpper || (i < 64 && (mask & (1UL << i)) != 0))
            {
                destination[i] = ToUpper(source[i], destination[i]);
            }
        }
    }

    private static void CapitalizeFirst(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length > 0)
        {
            destination[0] = ToUpper(source[0], destination[0]);
        }
    }

    // The lower-case form of a character, unless its case does not map back and forth one character to one.
    private static char ToLower(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        char lower = char.ToLowerInvariant(c);
        return char.ToUpperInvariant(lower) == char.ToUpperInvariant(c) ? lower : c;
    }

    private static char ToUpper(char original, char current)
    {
        if (char.IsSurrogate(current))
        {
            return current;
        }

        char upper = char.ToUpperInvariant(current);
        return char.ToLowerInvariant(upper) == char.ToLowerInvariant(original) ? upper : current;
    }

    /// <summary>How often the training text wrote <paramref name="word"/> all in lower case (0 when never, or when unseen).</summary>
    internal int LowerCaseCount(ReadOnlySpan<char> word) => LowerCaseCount(Key(word));

    /// <summary>How often the training text wrote the word of <paramref name="key"/> (<see cref="Key"/>) all in lower case.</summary>
    internal int LowerCaseCount(ulong key)
    {
        if (!_words.TryGetValue(key, out var forms))
        {
            return 0;
        }

        for (int i = 0; i < forms.Masks.Length; i++)
        {
            if (forms.Masks[i] == 0)
            {
                return forms.Counts[i];
            }
        }

        return 0;
    }

    /// <summary>The keys (<see cref="Key"/>) of the <paramref name="count"/> words the training text wrote most often in lower case (the, of, and, to, …).</summary>
    internal HashSet<ulong> MostFrequentLowerCase(int count)
    {
        var all = new List<(ulong Key, int Count)>(_words.Count);
        foreach (var (key, forms) in _words)
        {
            for (int i = 0; i < forms.Masks.Length; i++)
            {
                if (forms.Masks[i] == 0)
                {
                    all.Add((key, forms.Counts[i]));
                }
            }
        }

        // Ties broken by key, so that the set does not depend on the dictionary's order.
        all.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Key.CompareTo(b.Key));
        var set = new HashSet<ulong>(count);
        for (int i = 0; i < all.Count && i < count; i++)
        {
            set.Add(all[i].Key);
        }

        return set;
    }

    /// <summary>Counts letters, upper-case letters and lower-case letters.</summary>
    internal static (int Letters, int Upper, int Lower) CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0, upper = 0, lower = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiLetterLower(c))
            {
                letters++;
                lower++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                letters++;
                upper++;
            }
            else if (c > 0x7F && char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
        }

        return (letters, upper, lower);
    }

    /// <summary>Counts runs of two letters or more that have a case, those with an upper-case letter and those with a lower-case letter.</summary>
    internal static (int Words, int WithUpper, int WithLower) CountWords(ReadOnlySpan<char> text)
    {
        int words = 0, withUpper = 0, withLower = 0, run = 0;
        bool upper = false, lower = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                run++;
                upper |= char.IsUpper(c);
                lower |= char.IsLower(c);
                continue;
            }

            if (run >= 2 && (upper || lower))
            {
                words++;
                withUpper += upper ? 1 : 0;
                withLower += lower ? 1 : 0;
            }

            run = 0;
            upper = lower = false;
        }

        return (words, withUpper, withLower);
    }

    /// <summary>The key of a token: FNV-1a over its characters in lower case.</summary>
    internal static ulong Key(ReadOnlySpan<char> token)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in token)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return h;
    }

    /// <summary>The key of a word after a token.</summary>
    internal static ulong LeftKey(ulong previous, ulong word) => Mix(previous, word, 0x9E3779B97F4A7C15UL);

    /// <summary>The key of a word before a token.</summary>
    internal static ulong RightKey(ulong word, ulong next) => Mix(word, next, 0xC2B2AE3D27D4EB4FUL);

    internal static ulong Mix(ulong a, ulong b, ulong side)
    {
        ulong h = (a * 0xFF51AFD7ED558CCDUL) ^ side;
        h = (h ^ (h >> 29)) + b;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 32);
    }

    /// <summary>The form mask of a written word (bit i: character i is upper case; <see cref="AllUpper"/>: every letter of two or more is), or false when it has no letter or a mixed form past 64 characters.</summary>
    internal static bool TryGetMask(ReadOnlySpan<char> word, out ulong mask)
    {
        mask = 0;
        int letters = 0, upper = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsUpper(c))
            {
                letters++;
                upper++;
                if (i >= 64)
                {
                    return false;
                }

                mask |= 1UL << i;
            }
            else if (char.IsLower(c))
            {
                letters++;
            }
        }

        if (letters == 0)
        {
            return false;
        }

        if (upper == letters && letters > 1)
        {
            mask = AllUpper;
        }

        return true;
    }

    private static void Grow<T>(ref T[] array, int count)
    {
        var bigger = ArrayPool<T>.Shared.Rent(count * 2);
        array.AsSpan(0, count).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }

    /// <summary>Writes the model.</summary>
    internal void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Encoding.ASCII.GetBytes(Magic));
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        w.Write(FormatVersion);
        w.Write(Smoothing);
        foreach (int c in _unknown)
        {
            w.Write7BitEncodedInt(c);
        }

        WriteSorted(w, _words, static (w, forms) =>
        {
            w.Write((byte)forms.Masks.Length);
            for (int f = 0; f < forms.Masks.Length; f++)
            {
                w.Write7BitEncodedInt64(forms.Masks[f] == AllUpper ? -1 : (long)forms.Masks[f]);
                w.Write7BitEncodedInt(forms.Counts[f]);
            }
        });
        WriteSorted(w, _contexts, WriteCounts);
        WriteSorted(w, _unknownFeatures, WriteCounts);

        static void WriteCounts(BinaryWriter w, int[] counts)
        {
            w.Write((byte)counts.Length);
            foreach (int c in counts)
            {
                w.Write7BitEncodedInt(c);
            }
        }
    }

    private static void WriteSorted<T>(BinaryWriter w, Dictionary<ulong, T> table, Action<BinaryWriter, T> write)
    {
        var keys = new ulong[table.Count];
        table.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        w.Write(keys.Length);
        ulong previous = 0;
        foreach (ulong key in keys)
        {
            // Sorted keys are written as gaps, which compress.
            w.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            write(w, table[key]);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a truecaser model of this version.</exception>
    internal static TrueCaser Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var magic = new byte[Magic.Length];
        stream.ReadExactly(magic);
        if (Encoding.ASCII.GetString(magic) != Magic)
        {
            throw new InvalidDataException("Not a truecaser model (the file does not start with " + Magic + ").");
        }

        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(deflate, Encoding.UTF8, leaveOpen: true);
        int version = r.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Truecaser model format {version} is not supported (expected {FormatVersion}); train it again with 'textinsight train truecase'.");
        }

        double smoothing = r.ReadDouble();
        int[] unknown = [r.Read7BitEncodedInt(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt()];
        var words = ReadSorted(r, static r =>
        {
            int n = r.ReadByte();
            var masks = new ulong[n];
            var counts = new int[n];
            for (int f = 0; f < n; f++)
            {
                long m = r.Read7BitEncodedInt64();
                masks[f] = m == -1 ? AllUpper : (ulong)m;
                counts[f] = r.Read7BitEncodedInt();
            }

            return new WordForms(masks, counts);
        });
        var contexts = ReadSorted(r, ReadCounts);
        var unknownFeatures = ReadSorted(r, ReadCounts);
        return new TrueCaser(words, contexts, unknownFeatures, unknown, smoothing);

        static int[] ReadCounts(BinaryReader r)
        {
            var counts = new int[r.ReadByte()];
            for (int i = 0; i < counts.Length; i++)
            {
                counts[i] = r.Read7BitEncodedInt();
            }

            return counts;
        }
    }

    private static Dictionary<ulong, T> ReadSorted<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        int n = r.ReadInt32();
        var table = new Dictionary<ulong, T>(n);
        ulong key = 0;
        for (int i = 0; i < n; i++)
        {
            key += (ulong)r.Read7BitEncodedInt64();
            table[key] = read(r);
        }

        return table;
    }

    private static TrueCaser? LoadDefault()
    {
        using var stream = typeof(TrueCaser).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}

/// <summary>A stretch of text written in one case.</summary>
/// <param name="Start">Where it starts.</param>
/// <param name="Length">Its length.</param>
/// <param name="Upper">Whether it is in capitals (else in lower case).</param>
internal readonly record struct CaseStretch(int Start, int Length, bool Upper);

/// <summary>The written forms of a word (<see cref="TrueCaser.TryGetMask"/>), most frequent first, with their counts.</summary>
internal sealed class WordForms
{
    /// <summary>Creates the forms.</summary>
    public WordForms(ulong[] masks, int[] counts)
    {
        Masks = masks;
        Counts = counts;
        foreach (int c in counts)
        {
            Total += c;
        }
    }

    /// <summary>The forms.</summary>
    public ulong[] Masks { get; }

    /// <summary>How often each form was seen.</summary>
    public int[] Counts { get; }

    /// <summary>How often the word was seen.</summary>
    public int Total { get; }
}
