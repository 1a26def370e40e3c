namespace TextInsight.Text.Training;

/// <summary>
/// Counts the written forms of words in cased text and builds a <see cref="TrueCaser"/> (behind
/// <c>textinsight train truecase</c>). Only positions where case says something about the word are counted: not the
/// first word of a sentence, not a title, not a sentence written in capitals.
/// </summary>
internal sealed class TrueCaserTrainer
{
    private readonly List<(string Text, bool[] Targets)> _paragraphs = [];
    private readonly List<TextSpan> _sentences = [];
    private readonly List<Token> _tokens = [];

    /// <summary>Paragraphs read.</summary>
    public int Paragraphs => _paragraphs.Count;

    /// <summary>Words counted.</summary>
    public long Words { get; private set; }

    /// <summary>Reads an article: the title on its first line (skipped), then paragraphs, one a line.</summary>
    public void AddArticle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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

            AddParagraph(line.ToString(), skipFirstSentence: false);
        }
    }

    /// <summary>Reads a document written on one line as "Title. Body" (the first sentence, the title, is skipped).</summary>
    public void AddDocumentLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        AddParagraph(line.Trim(), skipFirstSentence: true);
    }

    /// <summary>Reads one sentence (for example a CoNLL sentence's tokens joined by spaces).</summary>
    public void AddSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        AddParagraph(sentence.Trim(), skipFirstSentence: false, oneSentence: true);
    }

    private void AddParagraph(string paragraph, bool skipFirstSentence, bool oneSentence = false)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        _tokens.Clear();
        foreach (var t in Tokenizer.Tokenize(paragraph))
        {
            _tokens.Add(t);
        }

        _sentences.Clear();
        if (oneSentence)
        {
            _sentences.Add(new TextSpan(0, paragraph.Length));
        }
        else
        {
            SentenceSplitter.Uncapped.Split(paragraph, 0, _sentences);
        }

        var targets = new bool[_tokens.Count];
        int next = 0;
        for (int s = 0; s < _sentences.Count; s++)
        {
            var sentence = _sentences[s];
            int end = sentence.Start + sentence.Length;
            var (_, upper, lower) = TrueCaser.CountLetters(paragraph.AsSpan(sentence.Start, sentence.Length));
            bool skip = (s == 0 && skipFirstSentence) || upper > lower;
            bool first = true;
            for (; next < _tokens.Count && _tokens[next].Start < end; next++)
            {
                var t = _tokens[next];
                if (t.Start < sentence.Start || t.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (!first && !skip)
                {
                    targets[next] = true;
                    Words++;
                }

                first = false;
            }
        }

        _paragraphs.Add((paragraph, targets));
    }

    /// <summary>Builds the model from what was read.</summary>
    /// <param name="smoothing">The model's <see cref="TrueCaser.Smoothing"/>.</param>
    /// <param name="minContextCount">How often a context (or a feature of words seen once) must be seen to be kept.</param>
    /// <param name="onlyDisagreeing">Keep only the contexts in which the word is most often written otherwise than it
    /// mostly is (the others only confirm what the word's own counts choose), for a smaller model.</param>
    public TrueCaser Train(double smoothing, int minContextCount = 2, bool onlyDisagreeing = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(smoothing);
        var counts = new Dictionary<ulong, Dictionary<ulong, int>>();
        foreach (var (text, targets) in _paragraphs)
        {
            int i = 0;
            foreach (var t in Tokenizer.Tokenize(text))
            {
                if (targets[i++])
                {
                    var word = text.AsSpan(t.Start, t.Length);
                    if (TrueCaser.TryGetMask(word, out ulong mask))
                    {
                        ulong key = TrueCaser.Key(word);
                        if (!counts.TryGetValue(key, out var forms))
                        {
                            counts[key] = forms = [];
                        }

                        forms[mask] = forms.GetValueOrDefault(mask) + 1;
                    }
                }
            }
        }

        var words = new Dictionary<ulong, WordForms>();
        var once = new HashSet<ulong>();
        foreach (var (key, forms) in counts)
        {
            var ordered = forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key).Take(3).ToArray();
            int total = 0;
            foreach (var f in ordered)
            {
                total += f.Value;
            }

            if (total >= 2)
            {
                words[key] = new WordForms([.. ordered.Select(f => f.Key)], [.. ordered.Select(f => f.Value)]);
            }
            else
            {
                once.Add(key);
            }
        }

        // A word seen once stands for the words never seen: its form, by its features, teaches the unknown words'.
        var contexts = new Dictionary<ulong, int[]>();
        var unknownFeatures = new Dictionary<ulong, int[]>();
        var unknown = new int[3];
        var keys = new List<ulong>();
        var classes = new List<int>();
        Span<ulong> features = stackalloc ulong[TrueCaser.UnknownFeatureCount];
        foreach (var (text, targets) in _paragraphs)
        {
            keys.Clear();
            classes.Clear();
            _tokens.Clear();
            foreach (var t in Tokenizer.Tokenize(text))
            {
                var token = text.AsSpan(t.Start, t.Length);
                ulong key = TrueCaser.Key(token);
                _tokens.Add(t);
                keys.Add(key);

                // The form class the decoder sees before the next word: the word's own where its case is informative,
                // else the form the model gives it (a sentence's first word is decided as any other, then capitalized).
                int cls = TrueCaser.NoWordClass;
                if (t.Kind == TokenKind.Word && TrueCaser.TryGetMask(token, out ulong written))
                {
                    cls = targets[_tokens.Count - 1] ? TrueCaser.ClassOf(written)
                        : words.TryGetValue(key, out var known) ? TrueCaser.ClassOf(known.Masks[0]) : TrueCaser.NoWordClass;
                }

                classes.Add(cls);
            }

            for (int i = 0; i < _tokens.Count; i++)
            {
                if (!targets[i] || !TrueCaser.TryGetMask(text.AsSpan(_tokens[i].Start, _tokens[i].Length), out ulong mask))
                {
                    continue;
                }

                ulong previous = i > 0 ? keys[i - 1] : TrueCaser.EdgeKey;
                ulong next = i + 1 < keys.Count ? keys[i + 1] : TrueCaser.EdgeKey;
                int previousClass = i > 0 ? classes[i - 1] : TrueCaser.NoWordClass;
                if (words.TryGetValue(keys[i], out var forms))
                {
                    int f = Array.IndexOf(forms.Masks, mask);
                    if (forms.Masks.Length < 2 || f < 0)
                    {
                        continue;
                    }

                    Count(contexts, TrueCaser.LeftKey(previous, keys[i]), f, forms.Masks.Length);
                    Count(contexts, TrueCaser.RightKey(keys[i], next), f, forms.Masks.Length);
                    Count(contexts, TrueCaser.ClassKey(keys[i], previousClass), f, forms.Masks.Length);
                    Count(contexts, TrueCaser.LeftKey(TrueCaser.LeftKey(i > 1 ? keys[i - 2] : TrueCaser.EdgeKey, previous), keys[i]), f, forms.Masks.Length);
                }
                else if (once.Contains(keys[i]) && TrueCaser.ClassOf(mask) is var cls && (cls != 1 || mask == 1))
                {
                    unknown[cls]++;
                    TrueCaser.UnknownKeys(text.AsSpan(_tokens[i].Start, _tokens[i].Length), previous, next, previousClass, features);
                    foreach (ulong feature in features)
                    {
                        Count(unknownFeatures, feature, cls, 3);
                    }
                }
            }
        }

        Prune(contexts, minContextCount, onlyDisagreeing);
        Prune(unknownFeatures, minContextCount, onlyDisagreeing: false);
        return new TrueCaser(words, contexts, unknownFeatures, unknown, smoothing);

        static void Count(Dictionary<ulong, int[]> table, ulong key, int form, int forms)
        {
            if (!table.TryGetValue(key, out var c))
            {
                table[key] = c = new int[forms];
            }

            c[form]++;
        }

        static void Prune(Dictionary<ulong, int[]> table, int min, bool onlyDisagreeing)
        {
            foreach (var (key, c) in table)
            {
                if (c.Sum() < min || (onlyDisagreeing && Array.IndexOf(c, c.Max()) == 0))
                {
                    table.Remove(key);
                }
            }
        }
    }
}
