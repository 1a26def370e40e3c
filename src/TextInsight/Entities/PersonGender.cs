using TextInsight.Entities.Rules;
using TextInsight.Internals;

namespace TextInsight.Entities;

/// <summary>
/// What a person's name says of the gender: a courtesy title written before it (<c>Mr</c>, <c>Mrs</c>: the name rules
/// cut it from the name, so the linker reads it from the text before the mention), a title the name keeps (<c>Lord</c>,
/// <c>Baroness</c>), or a first name that US records give to one sex at least 98 times in 100
/// (<c>Language/en/{female,male}-first-names.txt</c>). 1 male, -1 female, 0 unknown. Used to refuse a merge whose
/// genders conflict (<c>Mrs Howard</c> is not <c>Michael Howard</c>) and, in the linker, to read what follows a title or
/// an honour and whether a lone word is a first name; never to type names.
/// </summary>
internal static class PersonGender
{
    /// <summary>The courtesy titles the linker reads before a name, as written in the output (one string each, no allocation).</summary>
    private static readonly string[] CourtesyTitles = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"];

    /// <summary>The honours the name rules also cut (<c>honorifics.txt</c>); what follows one is a first name.</summary>
    private static readonly string[] Honours = ["Sir", "Dame"];

    /// <summary>The gender a title says: <c>Mr</c>, <c>Sir</c>, <c>Lord</c>, <c>Baron</c>, <c>Prince</c> 1; <c>Mrs</c>, <c>Ms</c>, <c>Miss</c>, <c>Lady</c>, <c>Dame</c>, <c>Baroness</c>, <c>Princess</c> -1; else 0.</summary>
    public static int OfTitle(ReadOnlySpan<char> title)
    {
        title = title.TrimEnd('.');
        if (title.Equals("mr", StringComparison.OrdinalIgnoreCase) || title.Equals("sir", StringComparison.OrdinalIgnoreCase)
            || title.Equals("lord", StringComparison.OrdinalIgnoreCase) || title.Equals("baron", StringComparison.OrdinalIgnoreCase)
            || title.Equals("prince", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return title.Equals("mrs", StringComparison.OrdinalIgnoreCase) || title.Equals("ms", StringComparison.OrdinalIgnoreCase)
            || title.Equals("miss", StringComparison.OrdinalIgnoreCase) || title.Equals("lady", StringComparison.OrdinalIgnoreCase)
            || title.Equals("dame", StringComparison.OrdinalIgnoreCase) || title.Equals("baroness", StringComparison.OrdinalIgnoreCase)
            || title.Equals("princess", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
    }

    /// <summary>The gender a first name says (case aside): 1, -1, or 0 when it is not a name of one sex.</summary>
    public static int OfFirstName(ReadOnlySpan<char> name) =>
        name.Length < 2 ? 0 : Lists.Male.Contains(name) ? 1 : Lists.Female.Contains(name) ? -1 : 0;

    /// <summary>
    /// The gender a person's name itself says: a title that opens it (<c>Baroness Kennedy</c>), else its first word when
    /// the name has two words or more and that word is a first name of one sex (<c>Charles Kennedy</c>).
    /// </summary>
    public static int OfName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        int space = name.IndexOf(' ');
        if (space <= 0)
        {
            return 0;
        }

        var first = name[..space];
        int gender = OfTitle(first);
        return gender != 0 ? gender : OfFirstName(first);
    }

    /// <summary>
    /// The courtesy title (<c>Mr</c>, <c>Mrs</c>, <c>Ms</c>, <c>Miss</c>, <c>Mx</c>, <c>Dr</c>, a full stop aside) written
    /// right before position <paramref name="start"/> of <paramref name="text"/>, capitalized and followed by one space,
    /// or null.
    /// </summary>
    public static string? TitleBefore(string text, int start) => WordBefore(text, start, CourtesyTitles);

    /// <summary>
    /// Whether the honour <c>Sir</c> or <c>Dame</c> is written right before position <paramref name="start"/>, as
    /// <see cref="TitleBefore"/> reads a title: what follows it is a first name (<c>Sir Alex</c> is Alex Ferguson), where
    /// after <c>Mr</c> it is a surname.
    /// </summary>
    public static bool HonourBefore(string text, int start) => WordBefore(text, start, Honours) is not null;

    /// <summary>The one of <paramref name="words"/> written right before <paramref name="start"/>, capitalized and followed by one space (a full stop aside), or null.</summary>
    private static string? WordBefore(string text, int start, string[] words)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return null;
        }

        if (text[end - 1] == '.')
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsAsciiLetter(text[begin - 1]))
        {
            begin--;
        }

        if (end - begin is < 2 or > 4 || !char.IsUpper(text[begin]) || (begin > 0 && char.IsLetterOrDigit(text[begin - 1])))
        {
            return null;
        }

        var word = text.AsSpan(begin, end - begin);
        foreach (string title in words)
        {
            if (word.Equals(title, StringComparison.OrdinalIgnoreCase))
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>The lists, read on first use.</summary>
    private static class Lists
    {
        public static readonly WordSet Female = new(WordLists.Load("female-first-names", StringComparer.OrdinalIgnoreCase));
        public static readonly WordSet Male = new(WordLists.Load("male-first-names", StringComparer.OrdinalIgnoreCase));
    }
}
