using System.Globalization;
using TextInsight.Internals;
using TextInsight.Text;

namespace TextInsight.Entities.Ner;

/// <summary>
/// Public name lists (person first names and surnames, places, demonyms, organizations) as gazetteer features: each entry
/// is a lower-cased token sequence (hashed, as <see cref="NerGazetteer"/> hashes names) mapped to the kinds of list it is
/// in and, for first names, surnames and cities, a frequency bucket. Matching is longest-first from each token, and the
/// model learns what a match is worth: many entries are also common words or other types (<c>Arsenal</c>, <c>Labour</c>).
/// </summary>
/// <remarks>
/// A value packs the kinds (<see cref="KindMask"/>, one bit per <see cref="Kind"/>), the first-name bucket (bits 20–22),
/// the surname bucket (bits 23–25) and the city-population bucket (bits 26–28); 0 marks a proper prefix of a longer entry
/// only, so that matching stops as soon as no entry continues. Only hashes are kept: the lists cannot be read back.
/// </remarks>
internal sealed class NerLexicon
{
    /// <summary>The kinds of list.</summary>
    public enum Kind
    {
        /// <summary>A given name (US SSA births).</summary>
        FirstName,

        /// <summary>A US Census surname.</summary>
        Surname,

        /// <summary>A common surname of another country.</summary>
        SurnameIntl,

        /// <summary>A city of 15,000 people or more (GeoNames).</summary>
        City,

        /// <summary>A state, province or region (GeoNames admin1).</summary>
        Admin1,

        /// <summary>A country's common, official or alternative name.</summary>
        Country,

        /// <summary>A country code (US, UK; ambiguous).</summary>
        CountryCode,

        /// <summary>A world region or continent.</summary>
        Region,

        /// <summary>An AP-style US state abbreviation.</summary>
        StateAbbreviation,

        /// <summary>A nationality, ethnic or religious adjective or noun.</summary>
        Demonym,

        /// <summary>A listed company.</summary>
        Company,

        /// <summary>A university.</summary>
        University,

        /// <summary>A football club.</summary>
        Club,

        /// <summary>A political party.</summary>
        Party,

        /// <summary>A political party's short name.</summary>
        PartyAbbreviation,

        /// <summary>A US federal agency.</summary>
        Agency,

        /// <summary>A news publisher or broadcaster.</summary>
        NewsOrganization,
    }

    /// <summary>The number of kinds.</summary>
    public const int KindCount = 17;

    /// <summary>The bits of a value that hold the kinds.</summary>
    public const uint KindMask = (1u << KindCount) - 1;

    /// <summary>
    /// The bit of a <see cref="Match"/> value set when the entry is part of a longer run of capitalized words: the token
    /// just before (not a sentence's first word) or just after the entry is capitalized too (<c>British</c> in
    /// <c>British Athletics</c>, not <c>London</c> in <c>In London</c>).
    /// </summary>
    public const int PartOfLongerBit = 28;

    /// <summary>The longest entry kept, in tokens.</summary>
    public const int MaxEntryLength = 8;

    private readonly FrozenHashTable<uint> _entries;

    /// <summary>Creates a lexicon from hashed entries.</summary>
    public NerLexicon(Dictionary<ulong, uint> entries, int maxLength)
        : this(FrozenHashTable<uint>.Create(entries ?? throw new ArgumentNullException(nameof(entries))), maxLength)
    {
    }

    /// <summary>Creates a lexicon from a table of hashed entries (as a model file holds it).</summary>
    public NerLexicon(FrozenHashTable<uint> entries, int maxLength)
    {
        _entries = entries ?? throw new ArgumentNullException(nameof(entries));
        MaxLength = maxLength;
    }

    /// <summary>The number of entries, prefixes included.</summary>
    public int Count => _entries.Count;

    /// <summary>The longest entry in tokens.</summary>
    public int MaxLength { get; }

    /// <summary>The entries, for saving.</summary>
    public FrozenHashTable<uint> Entries => _entries;

    /// <summary>The first-name frequency bucket of a value (0: none).</summary>
    public static uint FirstNameBucket(uint value) => (value >> 20) & 7;

    /// <summary>The surname frequency bucket of a value (0: none).</summary>
    public static uint SurnameBucket(uint value) => (value >> 23) & 7;

    /// <summary>The city-population bucket of a value (0: none).</summary>
    public static uint CityBucket(uint value) => (value >> 26) & 7;

    /// <summary>
    /// Reads the lists of <paramref name="folder"/> (<c>person-first-names.tsv</c>, <c>person-surnames.tsv</c>,
    /// <c>person-surnames-intl.tsv</c>, <c>locations.tsv</c>, <c>demonyms.tsv</c>, <c>organizations.tsv</c>; see that
    /// folder's SOURCES.md). Entries are split by the project's <see cref="Tokenizer"/>, as text is; a company name is also
    /// entered without its legal form (<c>Apple Inc.</c> as <c>Apple</c>).
    /// </summary>
    /// <exception cref="FileNotFoundException">A list is missing.</exception>
    public static NerLexicon Build(string folder)
    {
        var builder = new Builder();
        foreach (var (name, count) in ReadPairs(Path.Combine(folder, "person-first-names.tsv")))
        {
            // Over 141 years: a name given fewer than 5 times a year on average says little.
            if (count >= 700)
            {
                builder.Add(name, Kind.FirstName, Bucket(count, 700) << 20);
            }
        }

        foreach (var (name, count) in ReadPairs(Path.Combine(folder, "person-surnames.tsv")))
        {
            builder.Add(name, Kind.Surname, Bucket(count, 100) << 23);
        }

        foreach (var row in ReadRows(Path.Combine(folder, "person-surnames-intl.tsv")))
        {
            builder.Add(row[0], Kind.SurnameIntl, 0);
        }

        foreach (var row in ReadRows(Path.Combine(folder, "locations.tsv")))
        {
            var kind = row.Length < 2 ? (Kind?)null : row[1] switch
            {
                "city" => Kind.City,
                "admin1" => Kind.Admin1,
                "country" or "country_official" or "country_alt" => Kind.Country,
                "country_code" => Kind.CountryCode,
                "region" or "continent" => Kind.Region,
                "us_state_abbr" => Kind.StateAbbreviation,
                _ => null,
            };
            if (kind is { } k)
            {
                long population = row.Length > 2 && long.TryParse(row[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long p) ? p : 0;
                builder.Add(row[0], k, k == Kind.City && population > 0 ? Bucket(population, 15_000) << 26 : 0);
            }
        }

        foreach (var row in ReadRows(Path.Combine(folder, "demonyms.tsv")))
        {
            builder.Add(row[0], Kind.Demonym, 0);
        }

        foreach (var row in ReadRows(Path.Combine(folder, "organizations.tsv")))
        {
            var kind = row.Length < 2 ? (Kind?)null : row[1] switch
            {
                "company" => Kind.Company,
                "university" => Kind.University,
                "sports_club" => Kind.Club,
                "political_party" => Kind.Party,
                "political_party_abbr" => Kind.PartyAbbreviation,
                "government_agency" => Kind.Agency,
                "news_org" => Kind.NewsOrganization,
                _ => null,
            };
            if (kind is { } k)
            {
                builder.Add(row[0], k, 0);
                if (k == Kind.Company)
                {
                    builder.AddWithoutLegalForm(row[0], k);
                }
            }
        }

        return builder.ToLexicon();
    }

    // 1 + log2 of the count relative to the list's floor, in steps of a factor of 8 (1–7).
    private static uint Bucket(long count, long floor)
    {
        uint b = 1;
        for (long c = count / floor; c >= 8 && b < 7; c /= 8)
        {
            b++;
        }

        return b;
    }

    /// <summary>
    /// For each token of a sentence: the value of the longest entry covering it with its kinds only, its position in
    /// that entry (<see cref="NerLabels.Begin"/>…, bits 24–25), whether the entry is part of a longer capitalized run
    /// (<see cref="PartOfLongerBit"/>), and the value of the token alone as an entry (0: none).
    /// An entry matches only where its first and last tokens are capitalized or in capitals (<c>Bank of England</c>, not
    /// <c>the</c>, <c>to</c> or <c>hall</c>, which are also listed surnames or towns).
    /// </summary>
    public void Match(ReadOnlySpan<TokenAtoms> atoms, Span<uint> longest, Span<uint> unigram)
    {
        longest.Clear();
        unigram.Clear();
        Span<int> coverLength = atoms.Length <= 256 ? stackalloc int[atoms.Length] : new int[atoms.Length];
        coverLength.Clear();
        for (int i = 0; i < atoms.Length; i++)
        {
            if (!IsCapitalized(atoms[i].Flags))
            {
                continue;
            }

            ulong h = NerGazetteer.NameSeed;
            int bestLength = 0;
            uint bestValue = 0;
            int limit = Math.Min(MaxLength, atoms.Length - i);
            for (int len = 1; len <= limit; len++)
            {
                h = NerGazetteer.Next(h, atoms[i + len - 1].Lower);
                if (!_entries.TryGetValue(h, out uint value))
                {
                    break;
                }

                if (value != 0 && IsCapitalized(atoms[i + len - 1].Flags))
                {
                    bestLength = len;
                    bestValue = value;
                    if (len == 1)
                    {
                        unigram[i] = value;
                    }
                }
            }

            // A sentence's first word is capitalized by its place alone (In London, The Bank of England), so it does not
            // continue a run.
            uint part = bestLength > 0 && ((i > 1 && IsCapitalizedWord(atoms[i - 1].Flags)) || (i + bestLength < atoms.Length && IsCapitalizedWord(atoms[i + bestLength].Flags)))
                ? 1u << PartOfLongerBit : 0;
            for (int k = 0; k < bestLength; k++)
            {
                if (coverLength[i + k] >= bestLength)
                {
                    continue;
                }

                coverLength[i + k] = bestLength;
                int position = bestLength == 1 ? NerLabels.Unit : k == 0 ? NerLabels.Begin : k == bestLength - 1 ? NerLabels.Last : NerLabels.Inside;
                longest[i + k] = (bestValue & KindMask) | ((uint)position << 24) | part;
            }
        }
    }

    // A token that may begin or end a listed name: capitalized, or letters in capitals. The lists are matched without case
    // (the entries are lower-cased), but a lower-case word that is also a listed surname or town ("to", "the", "hall",
    // "backs") is no name: matching it gave common words, and title-case headlines once truecased, list features that
    // only stood for the word itself.
    private static bool IsCapitalized(TokenFlags flags) =>
        (flags & TokenFlags.InitialUpper) != 0 || (flags & (TokenFlags.HasLetter | TokenFlags.NoLower)) == (TokenFlags.HasLetter | TokenFlags.NoLower);

    // A word that continues a capitalized run: capitalized with letters (not a bare capital of punctuation or digits).
    private static bool IsCapitalizedWord(TokenFlags flags) => (flags & TokenFlags.HasLetter) != 0 && IsCapitalized(flags);

    private static IEnumerable<string[]> ReadRows(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The lexicon {path} does not exist.", path);
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }

    private static IEnumerable<(string Name, long Count)> ReadPairs(string path)
    {
        foreach (var row in ReadRows(path))
        {
            if (row.Length >= 2 && long.TryParse(row[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long count))
            {
                yield return (row[0], count);
            }
        }
    }

    private sealed class Builder
    {
        // Legal forms and the punctuation around them, dropped from the end of company names.
        private static readonly HashSet<string> LegalForms = new(StringComparer.OrdinalIgnoreCase)
        {
            "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited",
            "plc", "llc", "l.l.c.", "lp", "l.p.", "llp", "sa", "s.a.", "ag", "nv", "n.v.", "se", "bhd", "/de/", "/de", "de",
            "holdings", "holding", "group", "trust", ",", ".", "&", "the", "-", "/", "(", ")",
        };

        private readonly Dictionary<ulong, uint> _entries = [];
        private int _maxLength = 1;

        public void Add(string name, Kind kind, uint extra)
        {
            var tokens = Tokens(name);
            Add(tokens, tokens.Count, kind, extra);
        }

        public void AddWithoutLegalForm(string name, Kind kind)
        {
            var tokens = Tokens(name);
            int n = tokens.Count;
            while (n > 1 && LegalForms.Contains(tokens[n - 1]))
            {
                n--;
            }

            if (n < tokens.Count)
            {
                Add(tokens, n, kind, 0);
            }
        }

        public NerLexicon ToLexicon() => new(_entries, _maxLength);

        private void Add(List<string> tokens, int n, Kind kind, uint extra)
        {
            if (n == 0 || n > MaxEntryLength)
            {
                return;
            }

            ulong h = NerGazetteer.NameSeed;
            for (int i = 0; i < n; i++)
            {
                h = NerGazetteer.Next(h, TokenAtoms.Compute(tokens[i]).Lower);
                if (i < n - 1)
                {
                    _entries.TryAdd(h, 0);
                }
            }

            uint old = _entries.GetValueOrDefault(h);
            uint value = old | (1u << (int)kind);

            // Keep the highest bucket of each field.
            for (int shift = 20; shift <= 26; shift += 3)
            {
                uint a = (old >> shift) & 7, b = (extra >> shift) & 7;
                value = (value & ~(7u << shift)) | (Math.Max(a, b) << shift);
            }

            _entries[h] = value;
            _maxLength = Math.Max(_maxLength, n);
        }

        private static List<string> Tokens(string name)
        {
            var tokens = new List<string>();
            foreach (var t in Tokenizer.Tokenize(name))
            {
                tokens.Add(name.Substring(t.Start, t.Length));
            }

            return tokens;
        }
    }
}
