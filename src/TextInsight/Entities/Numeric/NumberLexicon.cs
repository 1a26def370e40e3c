namespace TextInsight.Entities.Numeric;

/// <summary>The English number words the numeric recognizers read.</summary>
internal static class NumberLexicon
{
    internal readonly record struct Entry(NumberAtomKind Kind, decimal Value, bool Plural = false, bool UnitOrdinal = false, bool Suffix = false);

    private static readonly Dictionary<string, Entry> Words = Build();

    private static readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds the meaning of a word (case-insensitive), or returns false.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out Entry entry)
    {
        entry = default;
        if (word.Length is 0 or > 12)
        {
            return false;
        }

        // Lower-casing into a small buffer and hashing ordinally is much cheaper than a case-insensitive hash per word.
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Lookup.TryGetValue(lower, out entry);
    }

    private static Dictionary<string, Entry> Build()
    {
        var d = new Dictionary<string, Entry>(StringComparer.Ordinal);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (int i = 0; i < units.Length; i++)
        {
            d[units[i]] = new(NumberAtomKind.Unit, i);
        }

        d["nought"] = new(NumberAtomKind.Unit, 0);
        d["naught"] = new(NumberAtomKind.Unit, 0);
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 0; i < teens.Length; i++)
        {
            d[teens[i]] = new(NumberAtomKind.Teen, 10 + i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new(NumberAtomKind.Tens, 20 + (10 * i));
        }

        d["fourty"] = new(NumberAtomKind.Tens, 40);
        d["hundred"] = new(NumberAtomKind.Hundred, 100);
        d["hundreds"] = new(NumberAtomKind.Hundred, 100, Plural: true);
        AddScale(d, "thousand", 1e3m);
        AddScale(d, "million", 1e6m);
        AddScale(d, "billion", 1e9m);
        AddScale(d, "trillion", 1e12m);
        AddScale(d, "lakh", 1e5m);
        AddScale(d, "lakhs", 1e5m);
        AddScale(d, "crore", 1e7m);
        AddScale(d, "crores", 1e7m);
        foreach (var (abbr, value) in new (string, decimal)[]
                 {
                     ("k", 1e3m), ("bn", 1e9m), ("bln", 1e9m), ("mn", 1e6m), ("mln", 1e6m), ("mil", 1e6m), ("mm", 1e6m),
                     ("tn", 1e12m), ("tln", 1e12m), ("trn", 1e12m),

                     // The European abbreviations: German Tsd., Mio., Mrd.; Italian, Dutch and French mln, mld, mrd.
                     ("tsd", 1e3m), ("mio", 1e6m), ("mrd", 1e9m), ("mld", 1e9m),
                 })
        {
            d[abbr] = new(NumberAtomKind.Scale, value, Suffix: true);
        }

        d["dozen"] = new(NumberAtomKind.Dozen, 12);
        d["dozens"] = new(NumberAtomKind.Dozen, 12, Plural: true);
        d["doz"] = new(NumberAtomKind.Dozen, 12);
        d["dozs"] = new(NumberAtomKind.Dozen, 12, Plural: true);
        d["dz"] = new(NumberAtomKind.Dozen, 12);
        d["dzs"] = new(NumberAtomKind.Dozen, 12, Plural: true);

        // "first" and "second" are left out: as denominators they are rare and as words they are everywhere.
        string[] unitOrdinals = ["", "first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        for (int i = 1; i < unitOrdinals.Length; i++)
        {
            if (unitOrdinals[i].Length == 0)
            {
                continue;
            }

            AddOrdinal(d, unitOrdinals[i], i, unit: true);
        }

        string[] teenOrdinals = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        for (int i = 0; i < teenOrdinals.Length; i++)
        {
            AddOrdinal(d, teenOrdinals[i], 10 + i, unit: false);
        }

        string[] tensOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (int i = 0; i < tensOrdinals.Length; i++)
        {
            AddOrdinal(d, tensOrdinals[i], 20 + (10 * i), unit: false);
        }

        AddOrdinal(d, "hundredth", 100, unit: false);
        AddOrdinal(d, "thousandth", 1e3m, unit: false);
        AddOrdinal(d, "millionth", 1e6m, unit: false);
        AddOrdinal(d, "billionth", 1e9m, unit: false);
        AddOrdinal(d, "trillionth", 1e12m, unit: false);
        d["half"] = new(NumberAtomKind.Half, 2);
        d["halves"] = new(NumberAtomKind.Half, 2, Plural: true);
        d["quarter"] = new(NumberAtomKind.Quarter, 4);
        d["quarters"] = new(NumberAtomKind.Quarter, 4, Plural: true);
        d["a"] = new(NumberAtomKind.A, 1);
        d["an"] = new(NumberAtomKind.A, 1);
        d["and"] = new(NumberAtomKind.And, 0);
        d["point"] = new(NumberAtomKind.Point, 0);
        d["minus"] = new(NumberAtomKind.Minus, 0);
        d["negative"] = new(NumberAtomKind.Minus, 0);
        d["of"] = new(NumberAtomKind.Of, 0);
        d["over"] = new(NumberAtomKind.Over, 0);
        d["out"] = new(NumberAtomKind.Out, 0);
        d["in"] = new(NumberAtomKind.In, 0);
        return d;
    }

    private static void AddScale(Dictionary<string, Entry> d, string word, decimal value)
    {
        d[word] = new(NumberAtomKind.Scale, value);
        if (!word.EndsWith('s'))
        {
            d[word + "s"] = new(NumberAtomKind.Scale, value, Plural: true);
        }
    }

    private static void AddOrdinal(Dictionary<string, Entry> d, string word, decimal value, bool unit)
    {
        d[word] = new(NumberAtomKind.Ordinal, value, UnitOrdinal: unit);
        d[word + "s"] = new(NumberAtomKind.Ordinal, value, Plural: true, UnitOrdinal: unit);
    }
}
