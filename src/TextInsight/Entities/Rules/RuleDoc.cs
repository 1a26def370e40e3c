using TextInsight.Text;

namespace TextInsight.Entities.Rules;

/// <summary>The tokens of the tagged segments, as the tagger splits them.</summary>
internal sealed class RuleDoc
{
    private readonly int[] _firstWord;
    private WordSet? _bodyCapitalized;
    private WordSet? _bodyWords;
    private WordSet? _bodyLowerWords;

    public RuleDoc(string text, IReadOnlyList<TextSpan> segments, IReadOnlySet<TextSpan> headlines, List<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        SegmentStarts = new int[segments.Count + 1];
        IsHeadline = new bool[segments.Count];
        Segment = new int[tokens.Count];
        int t = 0;
        for (int s = 0; s < segments.Count; s++)
        {
            SegmentStarts[s] = t;
            IsHeadline[s] = headlines.Contains(segments[s]);
            while (t < tokens.Count && tokens[t].Start < segments[s].End)
            {
                Segment[t++] = s;
            }
        }

        SegmentStarts[^1] = t;
        _firstWord = new int[segments.Count];
        for (int s = 0; s < segments.Count; s++)
        {
            int k = SegmentStarts[s];
            while (k < SegmentStarts[s + 1] && tokens[k].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                k++;
            }

            _firstWord[s] = k;
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public int[] SegmentStarts { get; }

    public int SegmentCount => SegmentStarts.Length - 1;

    public bool[] IsHeadline { get; }

    public int[] Segment { get; }

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, WordSet words) => words.Contains(Word(i));

    public string TextOf(RuleName n) => Text[Tokens[n.First].Start..Tokens[n.End - 1].End];

    public bool Adjacent(int a, int b) => Tokens[b].Start - Tokens[a].End <= 1;

    public bool IsCapitalized(int i) => Word(i) is [var c, ..] && char.IsUpper(c) && HasLower(Word(i));

    public bool IsLowerWord(int i) => Word(i) is [var c, ..] && char.IsLower(c);

    /// <summary>Whether no word or number comes before token <paramref name="i"/> in its segment.</summary>
    public bool IsFirstWord(int i) => i <= _firstWord[Segment[i]];

    public int TokenStartingAt(int position)
    {
        int i = Tokens.BinarySearch(new Token(position, 0, default), StartComparer.Instance);
        return i >= 0 ? i : -1;
    }

    public int TokenEndingAt(int position)
    {
        int i = Tokens.BinarySearch(new Token(position, 0, default), StartComparer.Instance);
        i = i >= 0 ? i - 1 : ~i - 1;
        return i >= 0 && Tokens[i].End == position ? i : -1;
    }

    public bool SameWords(int a, int b, int length)
    {
        for (int k = 0; k < length; k++)
        {
            if (!Word(a + k).SequenceEqual(Word(b + k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether each word of <paramref name="n"/> appears somewhere outside the headlines, in any case.</summary>
    public bool BodyMentions(RuleName n)
    {
        _bodyWords ??= BodyWords(capitalizedOnly: false);
        for (int k = n.First; k < n.End; k++)
        {
            if (!_bodyWords.Contains(Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the body writes the word in lower case.</summary>
    public bool LowerInBody(ReadOnlySpan<char> word)
    {
        if (_bodyLowerWords is null)
        {
            _bodyLowerWords = new WordSet();
            for (int i = 0; i < Tokens.Count; i++)
            {
                if (!IsHeadline[Segment[i]] && IsLowerWord(i))
                {
                    _bodyLowerWords.Add(Word(i));
                }
            }
        }

        return _bodyLowerWords.Contains(word);
    }

    /// <summary>
    /// Whether the body writes the word capitalized (<c>Mayoral</c>; not in capitals, so that an acronym beside a body
    /// name is cut off with the other extra words of a headline name: <c>Sony PSP</c> → <c>Sony</c>) after the first
    /// word of a sentence.
    /// </summary>
    public bool CapitalizedInBody(ReadOnlySpan<char> lower) => (_bodyCapitalized ??= BodyWords(capitalizedOnly: true)).Contains(lower);

    private WordSet BodyWords(bool capitalizedOnly)
    {
        var words = new WordSet();
        for (int i = 0; i < Tokens.Count; i++)
        {
            if (!IsHeadline[Segment[i]] && Tokens[i].Kind == TokenKind.Word && (!capitalizedOnly || (IsCapitalized(i) && !IsFirstWord(i))))
            {
                words.Add(Word(i));
            }
        }

        return words;
    }

    internal static bool HasLower(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class StartComparer : IComparer<Token>
    {
        public static readonly StartComparer Instance = new();

        public int Compare(Token x, Token y) => x.Start.CompareTo(y.Start);
    }
}
