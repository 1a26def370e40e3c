namespace TextInsight.Entities.Numeric;

/// <summary>Currency symbols, codes and names, and the clues that tell which dollar a document means.</summary>
internal static class CurrencyTable
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["US$"] = "USD", ["U.S.$"] = "USD", ["C$"] = "CAD", ["CA$"] = "CAD", ["Can$"] = "CAD", ["A$"] = "AUD", ["AU$"] = "AUD",
        ["NZ$"] = "NZD", ["HK$"] = "HKD", ["S$"] = "SGD", ["R$"] = "BRL", ["MX$"] = "MXN", ["NT$"] = "TWD",
        ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₩"] = "KRW", ["₽"] = "RUB", ["₺"] = "TRY", ["₪"] = "ILS",
        ["₦"] = "NGN", ["₱"] = "PHP", ["฿"] = "THB", ["₫"] = "VND", ["₴"] = "UAH", ["₿"] = "XBT",
    };

    private static readonly HashSet<string> IsoCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "KRW", "BRL", "MXN", "ZAR", "RUB",
        "SEK", "NOK", "DKK", "PLN", "TRY", "ILS", "AED", "SAR", "TWD", "THB", "IDR", "MYR", "PHP", "NGN", "EGP", "KES", "ARS",
        "CLP", "COP", "CZK", "HUF", "RON", "PKR", "UAH", "VND",
    };

    /// <summary>Currency names after a number; "dollar" stands for the document's dollar.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "$", ["dollars"] = "$", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR",
        ["franc"] = "CHF", ["francs"] = "CHF", ["rand"] = "ZAR", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB",
        ["rubles"] = "RUB", ["peso"] = "MXN", ["pesos"] = "MXN", ["real"] = "BRL", ["reais"] = "BRL", ["krona"] = "SEK",
        ["kronor"] = "SEK", ["shekel"] = "ILS", ["shekels"] = "ILS", ["naira"] = "NGN", ["ringgit"] = "MYR", ["baht"] = "THB",
    };

    /// <summary>Adjectives before a currency name (Australian dollars, Swiss francs, Egyptian pounds).</summary>
    private static readonly Dictionary<string, string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US dollar"] = "USD", ["American dollar"] = "USD", ["Canadian dollar"] = "CAD", ["Australian dollar"] = "AUD",
        ["Hong Kong dollar"] = "HKD", ["New Zealand dollar"] = "NZD", ["Singapore dollar"] = "SGD", ["Taiwan dollar"] = "TWD",
        ["New Taiwan dollar"] = "TWD", ["Swiss franc"] = "CHF", ["French franc"] = "FRF", ["Egyptian pound"] = "EGP",
        ["British pound"] = "GBP", ["Chinese yuan"] = "CNY", ["Japanese yen"] = "JPY", ["Indian rupee"] = "INR",
        ["Pakistani rupee"] = "PKR", ["Mexican peso"] = "MXN", ["Argentine peso"] = "ARS", ["Philippine peso"] = "PHP",
        ["South African rand"] = "ZAR", ["Brazilian real"] = "BRL", ["Swedish krona"] = "SEK", ["Russian rouble"] = "RUB",
        ["Russian ruble"] = "RUB",
    };

    /// <summary>Dateline cities whose dollar is not the US dollar.</summary>
    private static readonly Dictionary<string, string> DatelineCities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Toronto"] = "CAD", ["Ottawa"] = "CAD", ["Montreal"] = "CAD", ["Vancouver"] = "CAD", ["Calgary"] = "CAD", ["Edmonton"] = "CAD",
        ["Winnipeg"] = "CAD", ["Sydney"] = "AUD", ["Melbourne"] = "AUD", ["Canberra"] = "AUD", ["Brisbane"] = "AUD", ["Perth"] = "AUD",
        ["Adelaide"] = "AUD", ["Auckland"] = "NZD", ["Wellington"] = "NZD", ["Hong Kong"] = "HKD", ["Singapore"] = "SGD",
        ["Taipei"] = "TWD",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SymbolLookup = Symbols.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IsoLookup = IsoCodes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The code of a currency symbol, possibly prefixed (<c>$</c>, <c>C$</c>, <c>€</c>); a bare <c>$</c> gives the document's dollar.</summary>
    public static string? FromSymbol(ReadOnlySpan<char> symbol, string dollar)
    {
        if (symbol is "$")
        {
            return dollar;
        }

        return SymbolLookup.TryGetValue(symbol, out var code) ? code : null;
    }

    /// <summary>An upper-case ISO 4217 code (<c>USD</c>) or <c>RMB</c>.</summary>
    public static string? FromCode(ReadOnlySpan<char> word)
    {
        if (word is "RMB")
        {
            return "CNY";
        }

        return word.Length == 3 && IsoLookup.Contains(word) ? word.ToString() : null;
    }

    /// <summary>A currency name after a number (dollars, euros, yen); "dollars" gives the document's dollar.</summary>
    public static string? FromName(ReadOnlySpan<char> word, string dollar)
        => NameLookup.TryGetValue(word, out var code) ? (code == "$" ? dollar : code) : null;

    /// <summary>An adjective and currency name ("Australian" + "dollars"), given the name in its singular form.</summary>
    public static string? FromAdjective(string adjectiveAndName) => Adjectives.TryGetValue(adjectiveAndName, out var code) ? code : null;

    /// <summary>
    /// The dollar of a document: the one prefixed form it uses (<c>C$</c>, <c>A$</c>…) when it uses only one and never
    /// <c>US$</c>; otherwise the dollar of its dateline city (<c>TORONTO (Reuters) -</c>); otherwise the US dollar.
    /// </summary>
    public static string DetectDollar(string text, TextSpan? firstParagraph)
    {
        string? found = null;
        bool us = false;
        int i = text.IndexOf('$', StringComparison.Ordinal);
        while (i >= 0)
        {
            int p = i;
            while (p > 0 && i - p < 4 && (char.IsAsciiLetterUpper(text[p - 1]) || text[p - 1] == '.'))
            {
                p--;
            }

            if (p < i && (p == 0 || !char.IsLetter(text[p - 1])))
            {
                var code = FromSymbol(text.AsSpan(p, i - p + 1), "USD");
                if (code == "USD")
                {
                    us = true;
                }
                else if (code is not null)
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

        return "USD";
    }
}
