namespace TextInsight.Entities.Corpus;

/// <summary>
/// How the corpus resolver reads a name: its comparison key, a person's title, first name and surname, an
/// organization's short form, the initials an acronym would spell, and singular and plural forms.
/// </summary>
internal static class CorpusNames
{
    /// <summary>Words before a person's name that say it is a person and are not part of the name.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "baroness", "baron",
        "prof", "prof.", "professor", "rev", "rev.", "reverend", "president", "senator", "sen.", "judge", "chancellor",
        "prince", "princess", "pope", "captain", "capt.", "det", "insp",
    };

    /// <summary>Words after a surname that are not the surname.</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "jr.", "jnr", "snr", "sr", "sr.", "ii", "iii", "iv", "qc", "mp",
    };

    /// <summary>Legal-form words at the end of an organization's name, which its short form leaves out.</summary>
    private static readonly HashSet<string> Designators = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "plc", "llc", "co", "co.", "company",
        "group", "holdings", "ag", "sa", "nv", "gmbh", "bv",
    };

    /// <summary>
    /// Whether two first-name keys may be one person's: the same, an initial (or two) and a name that starts with it,
    /// or two names of five letters or more one edit apart with the same first letter (<paramref name="spelling"/>).
    /// </summary>
    public static bool SameFirstName(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out bool spelling)
    {
        spelling = false;
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0])
        {
            return false;
        }

        if (a.SequenceEqual(b))
        {
            return true;
        }

        if (a.Length <= 2 || b.Length <= 2)
        {
            // Initials: g, jp against gordon, john.
            return a.Length != b.Length;
        }

        spelling = true;
        return a.Length >= 5 && b.Length >= 5 && OneEditApart(a, b);
    }

    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        int i = 0;
        while (i < b.Length && a[i] == b[i])
        {
            i++;
        }

        // One substitution or one letter more in the longer: the rest must agree.
        return a.Length == b.Length ? a[(i + 1)..].SequenceEqual(b[(i + 1)..]) : a[(i + 1)..].SequenceEqual(b[i..]);
    }

    /// <summary>
    /// The index key of a name of two to four words of three letters or more, by the first three letters of each
    /// (<c>liberal democrats</c> and <c>lib dems</c> → <c>~lib dem</c>), or null. The tilde keeps it apart from names.
    /// </summary>
    public static string? ShortWordsKey(string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

        var words = key.Split(' ');
        if (words.Length is < 2 or > 4)
        {
            return null;
        }

        var result = new System.Text.StringBuilder("~", 16);
        foreach (string word in words)
        {
            if (word.Length < 3 || !char.IsLetter(word[0]) || !char.IsLetter(word[1]) || !char.IsLetter(word[2]))
            {
                return null;
            }

            result.Append(result.Length > 1 ? " " : string.Empty).Append(word.AsSpan(0, 3));
        }

        return result.ToString();
    }

    /// <summary>Whether two keys of as many words have each word of one the start of the other's (a plural s aside), and differ.</summary>
    public static bool WordsStartAlike(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        if (x.Length != y.Length || a == b)
        {
            return false;
        }

        for (int i = 0; i < x.Length; i++)
        {
            var (shorter, longer) = x[i].Length <= y[i].Length ? (x[i], y[i]) : (y[i], x[i]);
            // A plural cut short keeps its s (Dems, Democrats); News is not the start of Newcastle.
            if (!longer.StartsWith(shorter, StringComparison.Ordinal)
                && !(shorter.EndsWith('s') && longer.EndsWith('s') && longer.StartsWith(shorter[..^1], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comparison key of a name: case, quotes, dashes and spaces normalized, a leading "the" dropped.</summary>
    public static string Key(string name) => NameForms.Key(name);

    /// <summary>
    /// Reads a name as a person's: whether a title opens it (<c>Mr</c>, <c>Sir</c>), and the key of its first name
    /// plus surname (<c>tony blair</c>) when it has two words or more after the title, else null; and its surname key.
    /// </summary>
    public static PersonName ParsePerson(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int first = 0;
        while (first < words.Length - 1 && Titles.Contains(words[first]))
        {
            first++;
        }

        // A title inside the name starts it: what comes before is a description the tagger took in
        // (Analysing Mr Brown, Tory Treasurer Lord Ashcroft).
        for (int i = words.Length - 2; i > first; i--)
        {
            if (Titles.Contains(words[i]) && char.IsUpper(words[i][0]))
            {
                first = i + 1;
                break;
            }
        }

        int last = words.Length - 1;
        while (last > first && Suffixes.Contains(words[last].TrimEnd(',')))
        {
            last--;
        }

        if (words.Length == 0)
        {
            return new PersonName(false, null, string.Empty);
        }

        string surname = Key(words[last]);
        string? full = last > first ? Key(words[first]) + " " + surname : null;
        string? inner = last > first + 1 ? Key(words[last - 1]) + " " + surname : null;
        return new PersonName(first > 0, full, surname, inner, GenderOf(words, first));
    }

    /// <summary>What the titles before a name say of the person's gender: 1 male, -1 female, 0 nothing.</summary>
    private static int GenderOf(string[] words, int first)
    {
        for (int i = first - 1; i >= 0; i--)
        {
            switch (words[i].TrimEnd('.').ToLowerInvariant())
            {
                case "mr" or "sir" or "lord" or "prince" or "baron":
                    return 1;
                case "mrs" or "ms" or "miss" or "lady" or "dame" or "baroness" or "princess":
                    return -1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The key under which an organization, place or other name is indexed: its key without a trailing legal form
    /// (<c>microsoft corp</c> → <c>microsoft</c>), so that the short form finds the long one.
    /// </summary>
    public static string FormKey(string name)
    {
        string key = Key(name);
        int space = key.LastIndexOf(' ');
        return space > 0 && Designators.Contains(key[(space + 1)..]) ? key[..space] : key;
    }

    /// <summary>Whether a name ends in a legal form (<c>Sony Corporation</c>, <c>Acme Ltd</c>).</summary>
    public static bool HasDesignator(string name)
    {
        string key = Key(name);
        int space = key.LastIndexOf(' ');
        return space > 0 && Designators.Contains(key[(space + 1)..]);
    }

    /// <summary>The other number of a key's last word (<c>oscars</c> ↔ <c>oscar</c>, <c>tories</c> ↔ <c>tory</c>), or null.</summary>
    public static IEnumerable<string> NumberVariants(string key)
    {
        if (key.Length < 3 || !char.IsLetter(key[^1]))
        {
            yield break;
        }

        if (key.EndsWith("ies", StringComparison.Ordinal) && key.Length > 4)
        {
            yield return key[..^3] + "y";
        }
        else if (key.EndsWith('y'))
        {
            yield return key[..^1] + "ies";
        }

        if (key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal) && key.Length > 3)
        {
            yield return key[..^1];
        }
        else if (!key.EndsWith('s'))
        {
            yield return key + "s";
        }
    }

    /// <summary>Whether <paramref name="plural"/> is the plural of <paramref name="singular"/> (keys).</summary>
    public static bool IsPluralOf(string plural, string singular) =>
        (plural.Length == singular.Length + 1 && plural.EndsWith('s') && plural.StartsWith(singular, StringComparison.Ordinal))
        || (singular.EndsWith('y') && plural.Length == singular.Length + 2 && plural.EndsWith("ies", StringComparison.Ordinal)
            && plural.AsSpan(0, plural.Length - 3).SequenceEqual(singular.AsSpan(0, singular.Length - 1)));

    /// <summary>The letters an acronym of a name of two words or more would spell, lower case (with and without link words), or null.</summary>
    public static (string All, string Content)? Initials(string name)
    {
        if (!NameForms.TryInitials(name, out string all, out string content))
        {
            return null;
        }

        return (all.ToLowerInvariant(), content.ToLowerInvariant());
    }

    /// <summary>The lower-case letters of an acronym (<c>U.N.</c> → <c>un</c>), or null when the name is not one.</summary>
    public static string? AcronymKey(string name) =>
        NameForms.IsAcronym(name) ? NameForms.AcronymLetters(name).ToLowerInvariant() : null;
}

/// <summary>A name read as a person's.</summary>
/// <param name="HasTitle">A title such as <c>Mr</c> or <c>Sir</c> opens it.</param>
/// <param name="FullKey">The key of first name and surname, or null when only a surname is written.</param>
/// <param name="Surname">The key of the surname (the last word).</param>
/// <param name="InnerKey">For a name of three words or more, the key of its last two (<c>exchequer gordon brown</c> → <c>gordon brown</c>), else null.</param>
/// <param name="Gender">What a title says of the gender: 1 male (<c>Mr</c>, <c>Sir</c>), -1 female (<c>Mrs</c>, <c>Ms</c>), 0 nothing.</param>
internal readonly record struct PersonName(bool HasTitle, string? FullKey, string Surname, string? InnerKey = null, int Gender = 0);
