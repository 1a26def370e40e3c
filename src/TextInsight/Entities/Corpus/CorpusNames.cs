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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after a surname that are not the surname.</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "jr.", "jnr", "snr", "sr", "sr.", "ii", "iii", "iv", "qc", "mp",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Legal-form words at the end of an organization's name, which its short form leaves out.</summary>
    private static readonly HashSet<string> Designators = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "plc", "llc", "co", "co.", "company",
        "group", "holdings", "ag", "sa", "nv", "gmbh", "bv",
    };

    /// <summary>
    /// Whether two first-name keys may be one person's: the same, an initial (or two) and a name that starts with it,
    /// or two names of five letters or more one edit apart (a swap of neighbouring letters counting as one) with the same
    /// first letter (<paramref name="spelling"/>).
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

        // One substitution, two neighbouring letters swapped (Nicoals, Nicolas: the commonest typing slip) or one letter
        // more in the longer: the rest must agree.
        return a.Length == b.Length
            ? a[(i + 1)..].SequenceEqual(b[(i + 1)..])
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]))
            : a[(i + 1)..].SequenceEqual(b[i..]);
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

        // "~" and the first three letters of each word, at most 4 words: 1 + 4 * 4 characters.
        Span<char> buffer = stackalloc char[20];
        buffer[0] = '~';
        int n = 1, words = 0;
        foreach (var range in key.AsSpan().Split(' '))
        {
            var word = key.AsSpan(range);
            if (++words > 4 || word.Length < 3 || !char.IsLetter(word[0]) || !char.IsLetter(word[1]) || !char.IsLetter(word[2]))
            {
                return null;
            }

            if (n > 1)
            {
                buffer[n++] = ' ';
            }

            word[..3].CopyTo(buffer[n..]);
            n += 3;
        }

        return words < 2 ? null : Internals.StringCache.Get(buffer[..n]);
    }

    /// <summary>
    /// Whether two names share a word of three letters or more (case aside), or a word of five letters or more starts
    /// one of the other's (<c>Europe</c>, <c>European</c>): the evidence that a long form an acronym alias stands for is
    /// the one an entity already has. Words are split at spaces and hyphens; nothing is allocated.
    /// </summary>
    public static bool SharesWord(string a, string b)
    {
        var x = a.AsSpan();
        while (NextWord(ref x, out var wx))
        {
            if (wx.Length < 3)
            {
                continue;
            }

            var y = b.AsSpan();
            while (NextWord(ref y, out var wy))
            {
                if (wy.Length < 3)
                {
                    continue;
                }

                if (wx.Equals(wy, StringComparison.OrdinalIgnoreCase)
                    || (Math.Min(wx.Length, wy.Length) >= 5
                        && (wx.StartsWith(wy, StringComparison.OrdinalIgnoreCase) || wy.StartsWith(wx, StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool NextWord(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> word)
    {
        int start = 0;
        while (start < rest.Length && (rest[start] == ' ' || rest[start] == '-'))
        {
            start++;
        }

        int end = start;
        while (end < rest.Length && rest[end] != ' ' && rest[end] != '-')
        {
            end++;
        }

        word = rest[start..end];
        rest = rest[end..];
        return word.Length > 0;
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

    /// <summary>Whether a word is a title written before a person's name (<c>Mr</c>, <c>Sir</c>, <c>Lord</c>).</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>The comparison key of a name: case, quotes, dashes and spaces normalized, a leading "the" dropped.</summary>
    public static string Key(string name) => NameForms.Key(name);

    /// <summary>
    /// Reads a name as a person's: whether a title opens it (<c>Mr</c>, <c>Sir</c>), and the key of its first name
    /// plus surname (<c>tony blair</c>) when it has two words or more after the title, else null; and its surname key.
    /// </summary>
    public static PersonName ParsePerson(string name)
    {
        // Word bounds on the stack: the resolver reads every name of every document (a longer name takes the slow path).
        Span<Range> words = stackalloc Range[16];
        int count = 0;
        var text = name.AsSpan();
        for (int i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                if (count == words.Length)
                {
                    return ParseLongPerson(name);
                }

                words[count++] = new Range(start, i);
            }
        }

        if (count == 0)
        {
            return new PersonName(false, null, string.Empty);
        }

        int first = 0;
        while (first < count - 1 && TitleLookup.Contains(text[words[first]]))
        {
            first++;
        }

        // A title inside the name starts it: what comes before is a description the tagger took in
        // (Analysing Mr Brown, Tory Treasurer Lord Ashcroft).
        for (int i = count - 2; i > first; i--)
        {
            var word = text[words[i]];
            if (TitleLookup.Contains(word) && char.IsUpper(word[0]))
            {
                first = i + 1;
                break;
            }
        }

        int last = count - 1;
        while (last > first && SuffixLookup.Contains(text[words[last]].TrimEnd(',')))
        {
            last--;
        }

        string surname = NameForms.Key(text[words[last]]);
        string? full = last > first ? Pair(NameForms.Key(text[words[first]]), surname) : null;
        string? inner = last > first + 1 ? Pair(NameForms.Key(text[words[last - 1]]), surname) : null;
        int gender = 0;
        for (int i = first - 1; i >= 0 && gender == 0; i--)
        {
            gender = PersonGender.OfTitle(text[words[i]]);
        }

        // Sir and Dame go before a first name (Sir Howard Newby is Sir Howard, never Sir Newby): one word after them is no surname.
        bool firstNameOnly = first == last && first > 0
            && (text[words[first - 1]].Equals("sir", StringComparison.OrdinalIgnoreCase) || text[words[first - 1]].Equals("dame", StringComparison.OrdinalIgnoreCase));
        return new PersonName(first > 0, full, surname, inner, gender, firstNameOnly);
    }

    /// <summary>A name of more than 16 words (glued text): its last two words read as a name.</summary>
    private static PersonName ParseLongPerson(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return ParsePerson(words[^2] + " " + words[^1]);
    }

    /// <summary>"first surname" as the thread's shared string (<see cref="Internals.StringCache"/>).</summary>
    private static string Pair(string first, string surname)
    {
        int length = first.Length + 1 + surname.Length;
        if (length > 256)
        {
            return first + " " + surname;
        }

        Span<char> buffer = stackalloc char[length];
        first.AsSpan().CopyTo(buffer);
        buffer[first.Length] = ' ';
        surname.AsSpan().CopyTo(buffer[(first.Length + 1)..]);
        return Internals.StringCache.Get(buffer);
    }

    /// <summary>What the titles that open a name say of the gender (<c>Baroness Kennedy</c>): 1, -1, or 0.</summary>
    public static int TitleGender(string name) => ParsePerson(name).Gender;

    /// <summary>
    /// The key under which an organization, place or other name is indexed: its key without a trailing legal form
    /// (<c>microsoft corp</c> → <c>microsoft</c>), so that the short form finds the long one.
    /// </summary>
    public static string FormKey(string name) => FormKeyOfKey(Key(name));

    /// <summary><see cref="FormKey"/> of a name's key.</summary>
    public static string FormKeyOfKey(string key)
    {
        int space = key.LastIndexOf(' ');
        return space > 0 && DesignatorLookup.Contains(key.AsSpan(space + 1)) ? Internals.StringCache.Get(key.AsSpan(0, space)) : key;
    }

    /// <summary>Whether a name ends in a legal form (<c>Sony Corporation</c>, <c>Acme Ltd</c>).</summary>
    public static bool HasDesignator(string name) => HasDesignatorKey(Key(name));

    /// <summary><see cref="HasDesignator"/> of a name's key.</summary>
    public static bool HasDesignatorKey(string key)
    {
        int space = key.LastIndexOf(' ');
        return space > 0 && DesignatorLookup.Contains(key.AsSpan(space + 1));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DesignatorLookup = Designators.GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>
    /// The other names of the one entity a name's key belongs to, by <c>Language/en/name-equivalents.txt</c> (a nickname
    /// and the formal name, <c>tories</c> and <c>conservatives</c>, which share no letters to find each other by), or null.
    /// </summary>
    public static string[]? Equivalents(string key) => EquivalentNames.GetValueOrDefault(key);

    private static readonly Dictionary<string, string[]> EquivalentNames = ReadEquivalents();

    private static Dictionary<string, string[]> ReadEquivalents()
    {
        var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string[] line in Internals.WordLists.LoadLines("name-equivalents"))
        {
            var keys = Array.ConvertAll(line, w => w.Replace('_', ' '));
            foreach (string key in keys)
            {
                names[key] = Array.FindAll(keys, k => k != key);
            }
        }

        return names;
    }

    /// <summary>Whether <paramref name="plural"/> is the plural of <paramref name="singular"/> (keys).</summary>
    public static bool IsPluralOf(string plural, string singular) =>
        (plural.Length == singular.Length + 1 && plural.EndsWith('s') && plural.StartsWith(singular, StringComparison.Ordinal))
        || (singular.EndsWith('y') && plural.Length == singular.Length + 2 && plural.EndsWith("ies", StringComparison.Ordinal)
            && plural.AsSpan(0, plural.Length - 3).SequenceEqual(singular.AsSpan(0, singular.Length - 1)));

    /// <summary>The letters an acronym of a name of two words or more would spell, lower case (with and without link words), or null.</summary>
    /// <remarks>
    /// A name with an acronym among its words has none (<c>BNP Paribas</c> is not <c>BP</c>, <c>US Senate</c> not
    /// <c>US</c>): its acronym is that word's letters and more. Two-letter initials that skip a link word are not indexed
    /// (<c>Call of Duty</c> is not a <c>CD</c>): two letters spell too many names.
    /// </remarks>
    public static (string All, string Content)? Initials(string name)
    {
        if (HasAcronymWord(name) || !NameForms.TryInitials(name, out string all, out string content))
        {
            return null;
        }

        if (content.Length == 2 && all.Length != 2)
        {
            content = all;
        }

        return (all.ToLowerInvariant(), content.ToLowerInvariant());
    }

    /// <summary>Whether a word of the name (split at spaces and hyphens) is two or more capital letters and nothing else.</summary>
    private static bool HasAcronymWord(string name)
    {
        var rest = name.AsSpan();
        while (NextWord(ref rest, out var word))
        {
            if (word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z'))
            {
                return true;
            }
        }

        return false;
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
/// <param name="FirstNameOnly">One word after <c>Sir</c> or <c>Dame</c> (<c>Sir Howard</c>): a first name, not a surname.</param>
internal readonly record struct PersonName(bool HasTitle, string? FullKey, string Surname, string? InnerKey = null, int Gender = 0, bool FirstNameOnly = false);
