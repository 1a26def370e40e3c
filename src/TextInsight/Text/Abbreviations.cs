using System.Collections.Frozen;

namespace TextInsight.Text;

/// <summary>
/// The abbreviations the tokenizer keeps with their period and the sentence splitter does not end a sentence on,
/// and the words that mostly start sentences (the evidence that an abbreviation did end one).
/// Lookups are by span, so nothing is allocated.
/// </summary>
internal static class Abbreviations
{
    // Case matters: "No." before a number is an abbreviation, "no." at the end of a sentence is not.
    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    // For each length 1–7, one bit per first character ('A' + 0…63) that some abbreviation of that length starts with:
    // most words before a period ("year.", "said.") are turned away by one bit read instead of a hash. Built from Known.
    private static readonly ulong[] KnownFirstChars = BuildFirstChars();

    private static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "A", "About", "According", "After", "Also", "Although", "An", "And", "Another", "Any", "As", "At", "Because",
        "Before", "Both", "But", "By", "Despite", "During", "Each", "Even", "Every", "Few", "For", "From", "He", "Her",
        "Here", "His", "How", "However", "I", "If", "In", "Instead", "It", "Its", "Last", "Many", "Meanwhile", "More",
        "Most", "Much", "My", "New", "No", "None", "Now", "Of", "On", "One", "Only", "Other", "Our", "Over", "Please",
        "She", "Since", "So", "Some", "Still", "Such", "That", "The", "Their", "Then", "There", "These", "They", "This",
        "Those", "Though", "Thus", "To", "Under", "Unlike", "We", "What", "When", "Where", "Whether", "Which", "While",
        "Who", "Why", "With", "Yet", "You", "Your",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> CurrencyCodes = FrozenSet.Create(StringComparer.Ordinal,
    [
        "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR",
        "JPY", "KRW", "MXN", "MYR", "NGN", "NOK", "NZD", "PHP", "PLN", "RMB", "RUB", "SAR", "SEK", "SGD", "THB", "TRY",
        "TWD", "UAH", "USD", "ZAR",
    ]);

    // One bit per three-letter code A–Z (26³ bits, 2.2 KB): the tokenizer asks for every capitalized three-letter word
    // ("The", "But", "BBC"), and a bit read costs less than hashing the word. Built from CurrencyCodes, so the same set.
    private static readonly ulong[] CurrencyBits = BuildCurrencyBits();

    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "ai", "app", "at", "au", "be", "biz", "br", "ca", "ch", "cn", "co", "com", "de", "dev", "dk", "edu", "es", "eu",
        "fi", "fr", "gov", "ie", "in", "info", "int", "io", "it", "jp", "ly", "me", "mil", "net", "news", "nl", "no",
        "nz", "online", "org", "pl", "ru", "se", "tech", "tv", "uk", "us", "za",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainLookup =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of the abbreviation <paramref name="word"/> (without its period), or <see cref="AbbreviationKind.None"/>.</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 7)
        {
            return AbbreviationKind.None;
        }

        uint first = (uint)(word[0] - 'A');
        if (first >= 64 || (KnownFirstChars[word.Length] & (1UL << (int)first)) == 0)
        {
            return AbbreviationKind.None;
        }

        return KnownLookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;
    }

    /// <summary>The abbreviations <see cref="Lookup"/> knows, without their periods (for tests).</summary>
    internal static IReadOnlyCollection<string> KnownAbbreviations => Known.Keys;

    private static ulong[] BuildFirstChars()
    {
        var masks = new ulong[8];
        foreach (string w in Known.Keys)
        {
            uint first = w.Length == 0 ? 64 : (uint)(w[0] - 'A');
            if (w.Length > 7 || first >= 64)
            {
                throw new InvalidOperationException("An abbreviation must have 1 to 7 characters and start with an ASCII letter: " + w);
            }

            masks[w.Length] |= 1UL << (int)first;
        }

        return masks;
    }

    /// <summary>Whether <paramref name="word"/> is a capitalized word that mostly starts sentences.</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 10 && StarterLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> is an ISO 4217 code of a widely traded currency.</summary>
    public static bool IsCurrencyCode(ReadOnlySpan<char> word)
    {
        if (word.Length != 3)
        {
            return false;
        }

        int index = CurrencyIndex(word[0], word[1], word[2]);
        return index >= 0 && (CurrencyBits[index >> 6] & (1UL << index)) != 0;
    }

    /// <summary>The code's place among the 26³ three-letter codes A–Z, or −1 when a character is not an ASCII capital.</summary>
    private static int CurrencyIndex(char a, char b, char c)
    {
        uint x = (uint)(a - 'A'), y = (uint)(b - 'A'), z = (uint)(c - 'A');
        return x > 25 || y > 25 || z > 25 ? -1 : (int)((((x * 26) + y) * 26) + z);
    }

    private static ulong[] BuildCurrencyBits()
    {
        var bits = new ulong[((26 * 26 * 26) + 63) / 64];
        foreach (string code in CurrencyCodes)
        {
            int index = code.Length == 3 ? CurrencyIndex(code[0], code[1], code[2]) : -1;
            if (index < 0)
            {
                throw new InvalidOperationException("A currency code must be three ASCII capitals: " + code);
            }

            bits[index >> 6] |= 1UL << index;
        }

        return bits;
    }

    /// <summary>The currency codes <see cref="IsCurrencyCode"/> knows (for tests).</summary>
    internal static IReadOnlyCollection<string> KnownCurrencyCodes => CurrencyCodes;

    /// <summary>Whether <paramref name="label"/> is a common top-level domain (so that <c>bbc.co.uk</c> is read as an address).</summary>
    public static bool IsTopLevelDomain(ReadOnlySpan<char> label) => label.Length <= 6 && DomainLookup.Contains(label);

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var d = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var w in new[]
                 {
                     "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt",
                     "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr",
                     "Mt", "Ft", "vs", "v", "cf", "ca", "approx", "viz",
                 })
        {
            d[w] = AbbreviationKind.Prefix;
        }

        foreach (var w in new[] { "No", "Nos", "no", "nos", "Vol", "vol", "pp", "Fig", "fig", "Art", "Ch", "ch", "Sec", "sec", "Op", "op" })
        {
            d[w] = AbbreviationKind.Numbering;
        }

        foreach (var w in new[] { "etc", "al", "Bros", "Esq" })
        {
            d[w] = AbbreviationKind.Postfix;
        }

        foreach (var w in new[]
                 {
                     "Inc", "Corp", "Ltd", "Co", "Plc", "Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn",
                     "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "est", "dept",

                     // European amount scales: "3,4 Mio. Euro", "2 Mrd. Dollar", "5 Tsd. Franken".
                     "Tsd", "Mio", "Mrd", "Mld",
                 })
        {
            d[w] = AbbreviationKind.Ambiguous;
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
