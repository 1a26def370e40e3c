namespace TextInsight.Text;

/// <summary>
/// Splits text into sentences. Stateless and thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "ltd", "co", "vs", "etc", "no", "e.g", "i.e", "u.s", "u.k",
    };

    /// <summary>A shared instance.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Returns the sentences of <paramref name="text"/>, trimmed of white space, in order.</summary>
    public IReadOnlyList<TextSpan> Split(ReadOnlySpan<char> text)
    {
        var result = new List<TextSpan>();
        Split(text, 0, result);
        return result;
    }

    /// <summary>
    /// Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>, each shifted by
    /// <paramref name="offset"/> (the position of <paramref name="text"/> in a larger text).
    /// </summary>
    public void Split(ReadOnlySpan<char> text, int offset, ICollection<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int start = SkipSpace(text, 0);
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')')
            {
                end++;
            }

            int next = SkipSpace(text, end);
            if (next == end || next >= text.Length)
            {
                continue;
            }

            if (c == '.' && (IsAbbreviation(text, start, i) || !StartsSentence(text[next])))
            {
                continue;
            }

            sentences.Add(new TextSpan(offset + start, TrimEnd(text, start, end) - start));
            start = next;
            i = next - 1;
        }

        int last = TrimEnd(text, start, text.Length);
        if (last > start)
        {
            sentences.Add(new TextSpan(offset + start, last - start));
        }
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(';

    private static bool IsAbbreviation(ReadOnlySpan<char> text, int sentenceStart, int period)
    {
        int w = period;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]))
        {
            w--;
        }

        var word = text[w..period];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
