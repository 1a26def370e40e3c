using System.Collections.Frozen;
using System.Reflection;

namespace TextInsight.Entities.Numeric;

/// <summary>
/// The currency lexicon (<c>Currencies.tsv</c>, embedded): ISO 4217 codes with their minor units, historical European
/// currencies and crypto units, symbols (<c>€</c>, <c>C$</c>, <c>kr</c>), names and plurals (<c>euros</c>, <c>pesetas</c>),
/// names qualified by a country (<c>Australian dollars</c>), minor units (<c>cents</c>, <c>pence</c>) and the cues that
/// choose among the currencies an ambiguous form may mean (<c>¥</c>, <c>kr</c>, <c>pesos</c>). Also the clues that tell
/// which dollar a document means.
/// </summary>
internal static class CurrencyTable
{
    /// <summary>The document's dollar (<see cref="NumericContext.DollarCurrency"/>) in the lexicon.</summary>
    public const string Dollar = "$";

    /// <summary>In a minor unit: the currency of the amount it follows.</summary>
    public const string SameCurrency = "*";

    /// <summary>An ISO 4217 (or common non-ISO) code.</summary>
    /// <param name="Code">The code (an alias such as RMB gives CNY).</param>
    /// <param name="MinorDigits">The digits of its minor unit (USD 2, JPY 0, KWD 3).</param>
    /// <param name="Lower">It may be written in lower case (<c>45 usd</c>).</param>
    /// <param name="Strict">An English word or a common acronym (<c>TOP</c>, <c>COP</c>, <c>PHP</c>): money only with a large or scaled amount.</param>
    public readonly record struct CodeEntry(string Code, int MinorDigits, bool Lower, bool Strict);

    /// <summary>A minor unit: its currency (or <see cref="SameCurrency"/>), how many make one major unit, and its singular name.</summary>
    public readonly record struct MinorEntry(string Currency, decimal Divisor, string Name);

    private static readonly Lexicon Data = Load();

    private static readonly FrozenDictionary<string, CodeEntry>.AlternateLookup<ReadOnlySpan<char>> CodeLookup = Data.Codes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> SymbolLookup = Data.Symbols.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Data.Names.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> QualifiedLookup = Data.Qualified.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, MinorEntry>.AlternateLookup<ReadOnlySpan<char>> MinorLookup = Data.Minor.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Names that are also common English words: money only with a large or scaled amount (<c>2 real problems</c>).</summary>
    private static readonly FrozenSet<string> StrictNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["real", "won", "dong", "lei", "lev", "leva", "punt", "punts", "ecu", "ecus", "ether", "ethers", "tether", "buck", "marks",
         "crown", "crowns"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrictNameLookup = StrictNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Dateline cities whose dollar is not the US dollar.</summary>
    private static readonly Dictionary<string, string> DatelineCities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Toronto"] = "CAD", ["Ottawa"] = "CAD", ["Montreal"] = "CAD", ["Vancouver"] = "CAD", ["Calgary"] = "CAD", ["Edmonton"] = "CAD",
        ["Winnipeg"] = "CAD", ["Sydney"] = "AUD", ["Melbourne"] = "AUD", ["Canberra"] = "AUD", ["Brisbane"] = "AUD", ["Perth"] = "AUD",
        ["Adelaide"] = "AUD", ["Auckland"] = "NZD", ["Wellington"] = "NZD", ["Hong Kong"] = "HKD", ["Singapore"] = "SGD",
        ["Taipei"] = "TWD",
    };

    /// <summary>The cue words and symbols of each currency, for <see cref="NumericContext"/>.</summary>
    public static IReadOnlyDictionary<string, string[]> Cues => Data.Cues;

    /// <summary>
    /// A currency code as written: upper case (<c>USD</c>, <c>RMB</c>, <c>BTC</c>), or lower case for the common ones
    /// (<c>usd</c>, <c>eur</c>).
    /// </summary>
    public static bool TryCode(ReadOnlySpan<char> word, out CodeEntry entry)
    {
        entry = default;
        if (word.Length is < 3 or > 4)
        {
            return false;
        }

        Span<char> upper = stackalloc char[word.Length];
        word.ToUpperInvariant(upper);
        if (!CodeLookup.TryGetValue(upper, out entry))
        {
            return false;
        }

        bool allUpper = upper.SequenceEqual(word);
        return allUpper || (entry.Lower && !word[1..].ContainsAnyInRange('A', 'Z'));
    }

    /// <summary>A code glued after the digits of its amount (<c>45usd</c>, <c>12EUR</c>): any code but the strict ones.</summary>
    public static bool IsGluedSuffix(ReadOnlySpan<char> word) => TryCode(word, out var code) && !code.Strict;

    /// <summary>
    /// The currency of the country of the site a document came from, by its URL's top-level domain
    /// (<c>https://www.example.ca/…</c>: CAD), or null when the source is no URL or its domain names no currency.
    /// </summary>
    public static string? FromSource(string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            return null;
        }

        var s = source.AsSpan();
        int scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        var host = s[(scheme + 3)..];
        int end = host.IndexOfAny('/', '?', '#');
        if (end >= 0)
        {
            host = host[..end];
        }

        int port = host.IndexOf(':');
        if (port >= 0)
        {
            host = host[..port];
        }

        host = host.TrimEnd('.');
        int dot = host.LastIndexOf('.');
        if (dot < 0 || dot == host.Length - 1)
        {
            return null;
        }

        Span<char> tld = stackalloc char[Math.Min(host.Length - dot - 1, 16)];
        if (host.Length - dot - 1 > tld.Length)
        {
            return null;
        }

        host[(dot + 1)..].ToLowerInvariant(tld);
        return Data.Domains.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tld, out var code) ? code : null;
    }

    /// <summary>A code with a scale letter before it, as business tables write them: <c>MEUR</c>, <c>MUSD</c> (millions), <c>kEUR</c>, <c>TEUR</c> (thousands).</summary>
    public static bool TryScaledCode(ReadOnlySpan<char> word, out CodeEntry entry, out decimal scale)
    {
        entry = default;
        scale = word.Length == 4 ? word[0] switch { 'M' => 1e6m, 'k' or 'K' or 'T' => 1e3m, _ => 0 } : 0;
        return scale > 0 && word[1..].ContainsAnyExceptInRange('A', 'Z') is false && TryCode(word[1..], out entry) && !entry.Strict;
    }

    /// <summary>The minor-unit digits of a code (2 when unknown).</summary>
    public static int MinorDigits(string code) => Data.Codes.TryGetValue(code, out var e) ? e.MinorDigits : 2;

    /// <summary>A symbol (<c>€</c>, <c>C$</c>, <c>kr</c>, <c>Rs.</c>) and the currencies it may mean, the default first.</summary>
    public static bool TrySymbol(ReadOnlySpan<char> symbol, out string[] candidates) => SymbolLookup.TryGetValue(symbol, out candidates!);

    /// <summary>A word glued to the digits after it that still lets them be a number: a code or a symbol word (<c>usd90</c>, <c>Rs500</c>).</summary>
    public static bool IsGluedPrefix(ReadOnlySpan<char> word)
        => (TryCode(word, out var code) && !code.Strict) || (word.Length >= 2 && SymbolLookup.ContainsKey(word));

    /// <summary>A currency name (<c>euros</c>, <c>deutsche marks</c>) and the currencies it may mean; case-insensitive.</summary>
    public static bool TryName(ReadOnlySpan<char> name, out string[] candidates, out bool strict)
    {
        strict = StrictNameLookup.Contains(name);
        return NameLookup.TryGetValue(name, out candidates!);
    }

    /// <summary>A country or people and a currency name, the name singular or plural (<c>Australian dollars</c>).</summary>
    public static string? FromQualified(ReadOnlySpan<char> phrase) => QualifiedLookup.TryGetValue(phrase, out var code) ? code : null;

    /// <summary>A minor unit (<c>cents</c>, <c>pence</c>, <c>p</c>); case-sensitive (<c>50 Cent</c> is a rapper).</summary>
    public static bool TryMinor(ReadOnlySpan<char> word, out MinorEntry entry) => MinorLookup.TryGetValue(word, out entry);

    /// <summary>
    /// The dollar of a document: the one prefixed form it uses (<c>C$</c>, <c>A$</c>…) when it uses only one and never
    /// <c>US$</c>; otherwise the dollar of its dateline city (<c>TORONTO (Reuters) -</c>); otherwise the US dollar.
    /// </summary>
    public static string DetectDollar(string text, TextSpan? firstParagraph) => DetectDollar(text, firstParagraph, null);

    /// <summary>
    /// The dollar of a document, as <see cref="DetectDollar(string, TextSpan?)"/>, then the dollar of the country of the
    /// site it came from (<paramref name="source"/>, a URL: <c>https://www.example.ca/…</c> gives CAD), then the US dollar.
    /// </summary>
    public static string DetectDollar(string text, TextSpan? firstParagraph, string? source)
    {
        string? found = null;
        bool us = false;
        int i = text.IndexOf('$', StringComparison.Ordinal);
        while (i >= 0)
        {
            int p = i;
            while (p > 0 && i - p < 4 && (char.IsAsciiLetter(text[p - 1]) || text[p - 1] == '.'))
            {
                p--;
            }

            if (p < i && (p == 0 || !char.IsLetter(text[p - 1])) && TrySymbol(text.AsSpan(p, i - p + 1), out var codes) && codes.Length == 1)
            {
                var code = codes[0];
                if (code == "USD")
                {
                    us = true;
                }
                else if (code != Dollar)
                {
                    if (found is not null && found != code)
                    {
                        return "USD";
                    }

                    found = code;
                }
            }

            i = text.IndexOf('$', i + 1);
        }

        if (found is not null && !us)
        {
            return found;
        }


        if (firstParagraph is { } para)
        {
            var head = text.AsSpan(para.Start, Math.Min(para.Length, 40));
            foreach (var (city, code) in DatelineCities)
            {
                if (head.StartsWith(city, StringComparison.OrdinalIgnoreCase) && head.Length > city.Length
                    && head[city.Length..].TrimStart() is [',' or '(' or '-' or '—' or '–', ..])
                {
                    return code;
                }
            }
        }

        return FromSource(source) is { } site && IsDollar(site) ? site : "USD";
    }

    /// <summary>Whether a code is one of the dollars a bare <c>$</c> may mean.</summary>
    public static bool IsDollar(string code) => code is "USD" or "CAD" or "AUD" or "NZD" or "HKD" or "SGD" or "TWD";

    private sealed record Lexicon(
        FrozenDictionary<string, CodeEntry> Codes,
        FrozenDictionary<string, string[]> Symbols,
        FrozenDictionary<string, string[]> Names,
        FrozenDictionary<string, string> Qualified,
        FrozenDictionary<string, MinorEntry> Minor,
        IReadOnlyDictionary<string, string[]> Cues,
        FrozenDictionary<string, string> Domains);

    private static Lexicon Load()
    {
        const string resource = "TextInsight.Entities.Numeric.Currencies.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The currency lexicon '{resource}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<string, CodeEntry>(StringComparer.Ordinal);
        var symbols = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var names = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var qualified = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var minor = new Dictionary<string, MinorEntry>(StringComparer.Ordinal);
        var cues = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var aliases = new List<(string Alias, string Code)>();
        var domains = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 3)
            {
                throw new InvalidDataException($"{resource} line {lineNumber}: expected kind, form and currency separated by tabs.");
            }

            var forms = f[1].Split('|');
            var currencies = f[2].Split('|');
            switch (f[0])
            {
                case "code":
                    var flags = f.Length > 3 ? f[3] : "";
                    codes[f[1]] = new CodeEntry(f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), flags.Contains("lower", StringComparison.Ordinal), flags.Contains("strict", StringComparison.Ordinal));
                    break;
                case "alias":
                    aliases.Add((f[1], f[2]));
                    break;
                case "symbol":
                    foreach (var form in forms)
                    {
                        symbols[form] = currencies;
                    }

                    break;
                case "name":
                    foreach (var form in forms)
                    {
                        names[form] = currencies;
                    }

                    break;
                case "qualified":
                    foreach (var form in forms)
                    {
                        // The singular is listed; the plural is the name with "s", except names that do not change.
                        qualified[form] = currencies[0];
                        var lastWord = form[(form.LastIndexOf(' ') + 1)..];
                        if (names.TryGetValue(lastWord, out _))
                        {
                            foreach (var (n, c) in names)
                            {
                                _ = c;
                                if (n.Length > lastWord.Length && n.StartsWith(lastWord, StringComparison.OrdinalIgnoreCase))
                                {
                                    qualified[form[..^lastWord.Length] + n] = currencies[0];
                                }
                            }
                        }

                        qualified[form + "s"] = currencies[0];
                    }

                    break;
                case "minor":
                    decimal divisor = decimal.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
                    foreach (var form in forms)
                    {
                        minor[form] = new MinorEntry(currencies[0], divisor, forms[0]);
                    }

                    break;
                case "cue":
                    cues[currencies[0]] = forms;
                    break;
                case "domain":
                    domains[f[1]] = currencies[0];
                    break;
                default:
                    throw new InvalidDataException($"{resource} line {lineNumber}: unknown kind '{f[0]}'.");
            }
        }

        foreach (var (alias, code) in aliases)
        {
            codes[alias] = codes[code] with { Code = code };
        }

        return new Lexicon(codes.ToFrozenDictionary(StringComparer.Ordinal), symbols.ToFrozenDictionary(StringComparer.Ordinal),
            names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), qualified.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            minor.ToFrozenDictionary(StringComparer.Ordinal), cues, domains.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
