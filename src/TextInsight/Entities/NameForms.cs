using TextInsight.Internals;
using System.Text;

namespace TextInsight.Entities;

/// <summary>How names are compared: normalized keys, acronyms and their letters, word lists.</summary>
internal static class NameForms
{
    private static readonly HashSet<string> LinkWords = WordLists.Load("name-link-words", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NotNames = WordLists.Load("not-names", StringComparer.OrdinalIgnoreCase);

    /// <summary>A key equal for the same name written differently: case, curly quotes, spaces, a leading "the".</summary>
    public static string Key(string name) => Key(name.AsSpan());

    /// <summary><see cref="Key(string)"/> of a span (a word of a name), without making its string first.</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        // Built in a buffer on the stack (names are short), so that a key costs at most one string.
        char[]? rented = null;
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(name.Length));
        int n = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = c switch
            {
                '’' or '‘' or '`' => '\'',
                '‐' or '‑' or '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }

        var key = buffer[..n];
        // Shared with earlier documents' equal keys: names recur across a corpus.
        string result = Internals.StringCache.Get(key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// A name as shown to a user: its ends trimmed and each run of white space inside it (a line break of hard-wrapped
    /// or PDF text, a tab, a no-break space, two spaces) one space, so that <c>Tony\nBlair</c> is shown, grouped and
    /// stored as <c>Tony Blair</c>. The mention's own <c>text</c> keeps the text as written (it indexes the document).
    /// Returns <paramref name="name"/> itself when nothing changes.
    /// </summary>
    public static string Display(string name) => WhiteSpace.Collapse(name);

    private static readonly char[] WordSeparators = [' ', '\t', '\n', '\r', '-', '‐'];

    /// <summary>The words of a name (split on spaces and hyphens).</summary>
    public static string[] Words(string name) => name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How many words <see cref="Words"/> gives, without making them.</summary>
    public static int WordCount(string name)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in name)
        {
            bool separator = Array.IndexOf(WordSeparators, c) >= 0;
            if (!separator && !inWord)
            {
                count++;
            }

            inWord = !separator;
        }

        return count;
    }

    /// <summary>Whether every letter of <paramref name="name"/> is a capital (and it has at least two): <c>MICROSOFT</c>, <c>BBC</c>.</summary>
    public static bool IsAllCapitals(string name)
    {
        int letters = 0;
        foreach (char c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>ASF, IBM, AT&amp;T, U.N.: two to eight capital letters, perhaps with periods or an ampersand.</summary>
    public static bool IsAcronym(string name)
    {
        int letters = 0;
        foreach (char c in name)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '&'))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    /// <summary>The letters of an acronym, upper case, without periods or ampersands.</summary>
    public static string AcronymLetters(string acronym)
    {
        var sb = new StringBuilder(acronym.Length);
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <paramref name="acronym"/> spells the initials of <paramref name="expansion"/>, with or without its small link words.</summary>
    public static bool Abbreviates(string acronym, string expansion)
    {
        if (!TryInitials(expansion, out string all, out string content))
        {
            return false;
        }

        string letters = AcronymLetters(acronym);
        return letters == content || letters == all;
    }

    /// <summary>
    /// The initials of a name of two or more words, with and without its small link words: what an acronym must spell to
    /// abbreviate it.
    /// </summary>
    public static bool TryInitials(string expansion, out string all, out string content)
    {
        var words = Words(expansion);
        if (words.Length < 2)
        {
            all = content = string.Empty;
            return false;
        }

        var allLetters = new StringBuilder(words.Length);
        var contentLetters = new StringBuilder(words.Length);
        foreach (var w in words)
        {
            char initial = char.ToUpperInvariant(w[0]);
            allLetters.Append(initial);
            if (!LinkWords.Contains(w))
            {
                contentLetters.Append(initial);
            }
        }

        all = allLetters.ToString();
        content = contentLetters.ToString();
        return true;
    }

    /// <summary>Words that are never names by themselves (pronouns, articles, generic words such as AI), whatever a tagger said.</summary>
    public static bool IsNotAName(string name) => NotNames.Contains(name.Trim());
}
