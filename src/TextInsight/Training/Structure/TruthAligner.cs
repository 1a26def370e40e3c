using System.Text;

namespace TextInsight.Structure.Training;

/// <summary>
/// Labels pieces of a rendered page as main text or not by aligning them with the page's true main text. A piece of
/// six words or more is main text when at least half its word trigrams occur in the truth; a shorter piece (a heading,
/// a short paragraph) must occur in the truth, letters and digits compared, close after the last piece found there
/// (a menu word such as "Tech" occurs somewhere in most tech articles). Not thread-safe: it keeps that position.
/// </summary>
internal sealed class TruthAligner
{
    private const int ShortWords = 6;
    private const int ShortWindow = 200;

    private readonly string _normalized;
    private readonly HashSet<long> _trigrams = [];
    private int _cursor;

    public TruthAligner(string truth)
    {
        _normalized = Normalize(truth);
        var words = Words(truth);
        for (int i = 0; i + 2 < words.Count; i++)
        {
            _trigrams.Add(Trigram(words, i));
        }
    }

    /// <summary>Whether the truth is empty (the page has no main text).</summary>
    public bool IsEmpty => _normalized.Length == 0;

    /// <summary>Whether <paramref name="piece"/>, the next piece of the page in reading order, is main text.</summary>
    public bool IsMain(string piece)
    {
        string norm = Normalize(piece);
        if (norm.Length == 0 || IsEmpty)
        {
            return false;
        }

        var words = Words(piece);
        if (words.Count >= ShortWords)
        {
            int found = _normalized.IndexOf(norm, StringComparison.Ordinal);
            if (found >= 0)
            {
                _cursor = Math.Max(_cursor, found + norm.Length);
                return true;
            }

            int hits = 0;
            for (int i = 0; i + 2 < words.Count; i++)
            {
                if (_trigrams.Contains(Trigram(words, i)))
                {
                    hits++;
                }
            }

            return hits * 2 >= words.Count - 2;
        }

        int at = _normalized.IndexOf(norm, Math.Max(0, _cursor - 20), StringComparison.Ordinal);
        if (at >= 0 && at - _cursor <= ShortWindow)
        {
            _cursor = at + norm.Length;
            return true;
        }

        return false;
    }

    /// <summary>Lower-case letters and digits only.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether a line is the page's headline: the same letters and digits, or one holding the other when the shorter
    /// has at least 60% of the longer's (a headline with the site's name after it).
    /// </summary>
    public static bool SameHeadline(string line, string? headline)
    {
        if (headline is null)
        {
            return false;
        }

        string a = Normalize(line);
        string b = Normalize(headline);
        if (a.Length < 8 || b.Length < 8)
        {
            return a.Length > 0 && a == b;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length * 10 >= longer.Length * 6;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string w = Normalize(part);
            if (w.Length > 0)
            {
                words.Add(w);
            }
        }

        return words;
    }

    // A stable hash (string hashes change from process to process), so that training is reproducible.
    private static long Trigram(List<string> words, int i)
    {
        ulong h = 14695981039346656037UL;
        for (int k = i; k < i + 3; k++)
        {
            foreach (char c in words[k])
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h = (h ^ ' ') * 1099511628211UL;
        }

        return (long)h;
    }
}
