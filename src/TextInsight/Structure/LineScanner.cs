using System.Buffers;
using TextInsight.Summaries;

namespace TextInsight.Structure;

/// <summary>
/// The one pass over a unit's characters that <see cref="LineFeatures"/> needs: stopwords, punctuation and commas, and
/// URL, date and price shapes. ASCII characters are classified by a table and ASCII words are looked up in a stopword
/// table by a hash computed while they are read; other characters and words take the general path
/// (<see cref="char.IsLetter(char)"/>, <see cref="MemoryExtensions.ToLowerInvariant"/> and <see cref="EnglishStopwords"/>),
/// so the counts are those of that general path on every input. Allocation-free.
/// </summary>
internal static class LineScanner
{
    private const byte Other = 0;
    private const byte WordChar = 1;
    private const byte Space = 2;
    private const byte Digit = 3;

    /// <summary>Words longer than this are not looked up (the general path lower-cases at most this many characters).</summary>
    private const int MaxLookup = 16;

    private const int TableBits = 10;

    private static readonly SearchValues<char> Currency = SearchValues.Create("$£€¥₹");

    /// <summary>The class of each ASCII character, as <see cref="char"/>'s own predicates give it.</summary>
    private static readonly byte[] AsciiClass = BuildClasses();

    /// <summary>Open-addressing table of the all-ASCII stopwords by <see cref="Hash"/>; null slots are empty.</summary>
    private static readonly string?[] Table = BuildTable(out LongestStopword);

    private static readonly int LongestStopword;

    /// <summary>Counts stopwords, punctuation and commas and looks for URL, date and price shapes, in one pass.</summary>
    public static void Scan(ReadOnlySpan<char> s, out int stopwords, out int punctuation, out int commas, out bool url, out bool date, out bool price)
    {
        stopwords = punctuation = commas = 0;
        url = s.Contains("://", StringComparison.Ordinal) || s.Contains("www.", StringComparison.OrdinalIgnoreCase) || s.Contains('@');
        date = false;
        price = false;
        var classes = AsciiClass;
        int wordStart = -1;
        bool wordAscii = true;
        uint hash = 0;
        int digitRun = 0;
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            byte kind = c < 128 ? classes[c] : char.IsLetter(c) || c == '’' ? WordChar : Other;
            if (kind == WordChar)
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                    wordAscii = true;
                    hash = 2166136261;
                }

                if (c < 128)
                {
                    // ASCII letters lower-case by setting bit 0x20; the apostrophe (0x27) has it already.
                    hash = (hash ^ (uint)(c | 0x20)) * 16777619;
                }
                else
                {
                    wordAscii = false;
                }
            }
            else
            {
                if (wordStart >= 0)
                {
                    if (IsStopword(s, wordStart, i, wordAscii, hash))
                    {
                        stopwords++;
                    }

                    wordStart = -1;
                }

                if (c >= 128 ? !char.IsWhiteSpace(c) && !char.IsDigit(c) : kind == Other)
                {
                    punctuation++;
                    if (c == ',')
                    {
                        commas++;
                    }
                    else if (Currency.Contains(c) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                    {
                        price = true;
                    }
                    else if (c == ':' && digitRun > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                    {
                        date = true;
                    }
                }
            }

            if (char.IsAsciiDigit(c))
            {
                digitRun++;
            }
            else
            {
                if (digitRun == 4 && IsYear(s, i))
                {
                    date = true;
                }

                digitRun = 0;
            }
        }

        // The end of the text closes a word and a run of digits as a space would.
        if (wordStart >= 0 && IsStopword(s, wordStart, i, wordAscii, hash))
        {
            stopwords++;
        }

        if (digitRun == 4 && IsYear(s, i))
        {
            date = true;
        }
    }

    /// <summary>A four-digit year of 1900-2099 standing alone, ending before <paramref name="end"/>.</summary>
    private static bool IsYear(ReadOnlySpan<char> s, int end) =>
        (s[end - 4] == '1' && s[end - 3] == '9' || s[end - 4] == '2' && s[end - 3] == '0')
        && (end - 5 < 0 || !char.IsAsciiDigit(s[end - 5]));

    private static bool IsStopword(ReadOnlySpan<char> s, int start, int end, bool ascii, uint hash)
    {
        int length = end - start;
        if (length > MaxLookup)
        {
            return false;
        }

        if (!ascii)
        {
            Span<char> lower = stackalloc char[MaxLookup];
            s.Slice(start, length).ToLowerInvariant(lower);
            return EnglishStopwords.Contains(lower[..length]);
        }

        if (length > LongestStopword)
        {
            return false;
        }

        var table = Table;
        int mask = table.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            string? word = table[slot];
            if (word is null)
            {
                return false;
            }

            if (word.Length == length && EqualsLower(s.Slice(start, length), word))
            {
                return true;
            }
        }
    }

    /// <summary>Whether ASCII letters and apostrophes <paramref name="s"/>, lower-cased, are <paramref name="lower"/>.</summary>
    private static bool EqualsLower(ReadOnlySpan<char> s, string lower)
    {
        for (int k = 0; k < s.Length; k++)
        {
            if ((s[k] | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Hash(string lower)
    {
        uint hash = 2166136261;
        foreach (char c in lower)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            char ch = (char)c;
            classes[c] = char.IsLetter(ch) || ch == '\'' ? WordChar
                : char.IsWhiteSpace(ch) ? Space
                : char.IsDigit(ch) ? Digit
                : Other;
        }

        return classes;
    }

    private static string?[] BuildTable(out int longest)
    {
        var table = new string?[1 << TableBits];
        int mask = table.Length - 1;
        longest = 0;
        foreach (string word in EnglishStopwords.All)
        {
            // Only words of ASCII letters and apostrophes can match an ASCII word; the rest are found by the general path.
            if (word.Length > MaxLookup || !IsAsciiWord(word))
            {
                continue;
            }

            longest = Math.Max(longest, word.Length);
            int slot = (int)(Hash(word) & (uint)mask);
            while (table[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = word;
        }

        return table;
    }

    private static bool IsAsciiWord(string word)
    {
        foreach (char c in word)
        {
            if (!(c is >= 'a' and <= 'z' || c == '\''))
            {
                return false;
            }
        }

        return true;
    }
}
