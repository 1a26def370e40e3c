namespace TextInsight.Entities.Ner;

/// <summary>
/// The words the training data mostly writes in lower case where case is informative (not first in a sentence, not in a
/// sentence written in capitals), by <see cref="TokenAtoms.Lower"/> hash. Used to truecase title-case headlines: in
/// "Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure" the words <c>Powers</c>, <c>Push</c>,
/// <c>Scale</c>, <c>Global</c>, <c>Infrastructure</c> are read in lower case, so that the capitals left are names.
/// </summary>
internal sealed class NerCaseLexicon
{
    private readonly HashSet<ulong> _lowerWords;

    /// <summary>Creates a lexicon from the <see cref="TokenAtoms.Lower"/> hashes of mostly lower-case words.</summary>
    public NerCaseLexicon(HashSet<ulong> lowerWords)
    {
        _lowerWords = lowerWords ?? throw new ArgumentNullException(nameof(lowerWords));
    }

    /// <summary>The number of words.</summary>
    public int Count => _lowerWords.Count;

    /// <summary>The hashes, for saving.</summary>
    public IReadOnlyCollection<ulong> LowerWords => _lowerWords;

    /// <summary>
    /// Builds the lexicon from <paramref name="documents"/>: a word is kept when, at informative positions, it is written
    /// in lower case more often than capitalized.
    /// </summary>
    /// <param name="documents">Labelled training documents (only their tokens are read).</param>
    /// <param name="texts">Unlabelled plain texts (title on the first line, then paragraphs), which widen the lexicon to words the
    /// labelled data lack; their first line and the first word of each sentence say nothing about case and are skipped.</param>
    public static NerCaseLexicon Build(IEnumerable<IobDocument> documents, IEnumerable<string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new Dictionary<ulong, (int Lower, int Capitalized)>();
        foreach (string text in texts ?? [])
        {
            CountText(text, counts);
        }

        foreach (var doc in documents)
        {
            foreach (var sentence in doc.Sentences)
            {
                if (IsInCapitals(sentence.Tokens))
                {
                    continue;
                }

                for (int i = 1; i < sentence.Tokens.Length; i++)
                {
                    string token = sentence.Tokens[i];
                    bool lower = IsLowerWord(token);
                    if (!lower && !IsCapitalizedWord(token))
                    {
                        continue;
                    }

                    ulong key = TokenAtoms.Compute(token).Lower;
                    var c = counts.GetValueOrDefault(key);
                    counts[key] = lower ? (c.Lower + 1, c.Capitalized) : (c.Lower, c.Capitalized + 1);
                }
            }
        }

        var words = new HashSet<ulong>();
        foreach (var (key, c) in counts)
        {
            if (c.Lower > c.Capitalized)
            {
                words.Add(key);
            }
        }

        return new NerCaseLexicon(words);
    }

    private static void CountText(string text, Dictionary<ulong, (int Lower, int Capitalized)> counts)
    {
        var sentences = new List<TextSpan>();
        bool title = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (title)
            {
                title = false;
                continue;
            }

            sentences.Clear();
            TextInsight.Text.SentenceSplitter.Uncapped.Split(line, 0, sentences);
            foreach (var sentence in sentences)
            {
                var words = sentence.Slice(line);
                bool first = true;
                foreach (var t in TextInsight.Text.Tokenizer.Tokenize(words))
                {
                    if (t.Kind != TextInsight.Text.TokenKind.Word)
                    {
                        continue;
                    }

                    var token = words.Slice(t.Start, t.Length);
                    if (first)
                    {
                        first = false;
                        continue;
                    }

                    bool lower = IsLowerWord(token);
                    if (lower || IsCapitalizedWord(token))
                    {
                        ulong key = TokenAtoms.Compute(token).Lower;
                        var c = counts.GetValueOrDefault(key);
                        counts[key] = lower ? (c.Lower + 1, c.Capitalized) : (c.Lower, c.Capitalized + 1);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Writes into <paramref name="destination"/> the form of a title-case headline word to tag: the word in lower case
    /// when it is capitalized (<c>Push</c>) and the lexicon knows it, or the word without a final <c>s</c>, <c>es</c> or
    /// <c>ly</c> (<c>Sends</c>, <c>Remotely</c>), as mostly lower case; otherwise the word as it is
    /// (names, unknown words, acronyms such as <c>GPU</c> and mixed-case words such as <c>KubeVirt</c>).
    /// </summary>
    /// <returns>The number of characters written, or 0 when the word stays as it is.</returns>
    public int TrueCase(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.Length > destination.Length || !IsCapitalizedWord(word))
        {
            return 0;
        }

        int n = word.ToLowerInvariant(destination);
        var lower = destination[..n];
        return Knows(lower)
            || (lower.EndsWith("s") && !lower.EndsWith("ss") && (Knows(lower[..^1]) || (lower.EndsWith("es") && Knows(lower[..^2]))))
            || (lower.EndsWith("ly") && Knows(lower[..^2]))
            ? n : 0;
    }

    /// <summary>Whether the word of the <see cref="TokenAtoms.Lower"/> hash <paramref name="lower"/> is mostly written in lower case.</summary>
    public bool Contains(ulong lower) => _lowerWords.Contains(lower);

    /// <summary>Whether <paramref name="word"/> (any case) is one the training data mostly write in lower case.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => _lowerWords.Contains(TokenAtoms.Compute(word).Lower);

    private bool Knows(ReadOnlySpan<char> lower) => lower.Length > 1 && _lowerWords.Contains(TokenAtoms.Compute(lower).Lower);

    /// <summary>An upper-case letter followed by at least one letter, all lower case (hyphens and apostrophes allowed).</summary>
    internal static bool IsCapitalizedWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (int i = 1; i < word.Length; i++)
        {
            char c = word[i];
            if (!char.IsLower(c) && c is not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Reuters headlines are in capitals: their case says nothing about the words.
    private static bool IsInCapitals(string[] tokens)
    {
        int lower = 0, upper = 0;
        foreach (string t in tokens)
        {
            foreach (char c in t)
            {
                if (char.IsLower(c))
                {
                    lower++;
                }
                else if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return upper > lower;
    }
}
