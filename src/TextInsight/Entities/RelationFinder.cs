using TextInsight.Internals;

namespace TextInsight.Entities;

/// <summary>
/// Finds a family word or a royal title written right before a person named by one word: "his son John", "their
/// daughter Jennifer", "a son - John -", "ex-King Michael", "Princes William and Harry". The entity linker gives it to
/// the person as a role, and the corpus resolver reads it: a relative shares a family's surname, a royal has none.
/// </summary>
internal static class RelationFinder
{
    /// <summary>Family words (kin-words.txt) and the kind of relative each says.</summary>
    private static readonly Dictionary<string, PersonRelation> Kin = LoadKin();

    /// <summary>Royal titles (royal-titles.txt): written right before the name, with nothing between (<c>Queen, Muse</c> is a list).</summary>
    private static readonly HashSet<string> Royal = WordLists.Load("royal-titles", StringComparer.OrdinalIgnoreCase);

    /// <summary>What a role title says of a person: the kind of relative (<see cref="PersonRelation.Spouse"/> to <see cref="PersonRelation.Kin"/>), <see cref="PersonRelation.Royal"/>, or none.</summary>
    public static PersonRelation Of(string roleTitle) =>
        Kin.TryGetValue(roleTitle, out var kin) ? kin
        : Royal.Contains(roleTitle) && roleTitle.Length > 0 && char.IsUpper(roleTitle[0]) ? PersonRelation.Royal
        : PersonRelation.None;

    /// <summary>Whether a relation says a relative (of any kind), not a royal.</summary>
    public static bool IsRelative(PersonRelation relation) => relation >= PersonRelation.Spouse;

    private static Dictionary<string, PersonRelation> LoadKin()
    {
        var kin = new Dictionary<string, PersonRelation>(StringComparer.OrdinalIgnoreCase);
        var lines = WordLists.LoadLines("kin-words");
        for (int i = 0; i < lines.Count; i++)
        {
            foreach (string word in lines[i])
            {
                kin[word] = PersonRelation.Spouse + Math.Min(i, PersonRelation.Kin - PersonRelation.Spouse);
            }
        }

        return kin;
    }

    /// <summary>
    /// The family word or royal title written right before <paramref name="start"/> (spaces, and one dash, comma or
    /// bracket between; an <c>ex-</c> before a title left out), or null. A royal title counts only capitalized
    /// (<c>the king</c> of a genre is no title); a name joined by <c>and</c> to one after the title counts too
    /// (<c>Princes William and Harry</c>). Nothing before <paramref name="limit"/> (the start of the mention's paragraph) is read.
    /// </summary>
    public static string? Before(string text, int start, int limit = 0)
    {
        int end = SkipBack(text, start, limit);
        if (end < 0)
        {
            return null;
        }

        var word = WordBefore(text, end, limit);
        int from = start;
        if (word.Equals("and", StringComparison.Ordinal))
        {
            // "Princes William and Harry": the word before the first name of the pair.
            int at = end - word.Length;
            int nameEnd = SkipBack(text, at, limit);
            if (nameEnd < 0)
            {
                return null;
            }

            var name = WordBefore(text, nameEnd, limit);
            if (name.IsEmpty || !char.IsUpper(name[0]))
            {
                return null;
            }

            from = nameEnd - name.Length;
            end = SkipBack(text, from, limit);
            if (end < 0)
            {
                return null;
            }

            word = WordBefore(text, end, limit);
        }

        if (word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
        {
            word = word[3..];
        }

        if (word.IsEmpty)
        {
            return null;
        }

        var kin = Kin.GetAlternateLookup<ReadOnlySpan<char>>();
        var royal = Royal.GetAlternateLookup<ReadOnlySpan<char>>();
        return kin.ContainsKey(word) && char.IsLower(word[0]) ? word.ToString()
            : royal.Contains(word) && char.IsUpper(word[0]) && !HasMark(text, end, from) ? word.ToString()
            : null;
    }

    /// <summary>Whether anything but spaces stands between a word's end and the name (a comma: a list, not a title).</summary>
    private static bool HasMark(string text, int end, int start)
    {
        foreach (char c in text.AsSpan(end, start - end))
        {
            if (c != ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the word before <paramref name="start"/> (not before <paramref name="limit"/>), past spaces and at most one dash, comma or bracket; -1 when none.</summary>
    private static int SkipBack(string text, int start, int limit)
    {
        int i = start;
        bool mark = false;
        while (i > limit)
        {
            char c = text[i - 1];
            if (c == ' ')
            {
                i--;
            }
            else if (!mark && c is '-' or '\u2013' or '\u2014' or ',' or '(')
            {
                mark = true;
                i--;
            }
            else
            {
                break;
            }
        }

        return i > limit && i < start && char.IsLetter(text[i - 1]) ? i : -1;
    }

    /// <summary>The word (letters and hyphens) that ends at <paramref name="end"/>.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int end, int limit)
    {
        int begin = end;
        while (begin > limit && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '-'))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin);
    }
}

/// <summary>What a word written before a person named by one word says of it (<see cref="RelationFinder"/>).</summary>
internal enum PersonRelation
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>A royal (<c>ex-King Michael</c>, <c>Prince Harry</c>): known by a first name and a title, no surname.</summary>
    Royal,

    /// <summary>A relative of someone the article names, the family's surname: a wife or husband (<c>his wife Sandra</c>).</summary>
    Spouse,

    /// <summary>A mother or father (<c>his father John</c>).</summary>
    Parent,

    /// <summary>A son or daughter (<c>a son - John -</c>).</summary>
    Child,

    /// <summary>A brother or sister.</summary>
    Sibling,

    /// <summary>Other kin (a grandson, a cousin).</summary>
    Kin,
}
