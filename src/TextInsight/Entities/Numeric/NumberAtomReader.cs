using System.Buffers;
using System.Globalization;
using TextInsight.Text;

namespace TextInsight.Entities.Numeric;

/// <summary>
/// Turns the tokens of one segment (from <see cref="Tokenizer"/>) into <see cref="NumberAtom"/>s.
/// </summary>
/// <remarks>
/// The tokenizer follows PTB conventions for the entity model, so some of its tokens hold several pieces that mean
/// different things to numbers: <c>21st</c> and <c>1e10</c> are one Number token, <c>10G</c>, <c>2mil</c>, <c>1MM</c>,
/// <c>SCP-173</c> and <c>½</c> are Words, <c>US$</c> and <c>EUR</c> are Currency tokens. The reader takes the token
/// boundaries (and the white space between tokens) from the tokenizer and splits each token again into runs of digits,
/// runs of letters and single symbols, so the rules read the same atoms whichever way a token is cut. A number may read
/// past its token (<c>12.32e+14</c>, <c>1 234 567</c>, <c>.25</c>): the rest of a token it reaches into is read on.
/// </remarks>
internal static class NumberAtomReader
{
    private static readonly SearchValues<char> LeftBoundary = SearchValues.Create("([{\"“‘'$-−+/.,:;–—~≈<>±*");

    /// <summary>Reads the atoms of <paramref name="segment"/>, tokenizing it first.</summary>
    public static void Read(string text, TextSpan segment, List<NumberAtom> atoms)
    {
        var tokens = new List<Token>();
        foreach (var t in Tokenizer.Tokenize(segment.Slice(text)))
        {
            tokens.Add(new Token(segment.Start + t.Start, t.Length, t.Kind));
        }

        Read(text, segment, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), atoms);
    }

    /// <summary>Reads the atoms of <paramref name="segment"/> from its tokens (offsets into <paramref name="text"/>), as the document holds them.</summary>
    public static void Read(string text, TextSpan segment, ReadOnlySpan<Token> tokens, List<NumberAtom> atoms)
    {
        atoms.Clear();
        int end = segment.End;
        int consumed = segment.Start;
        int prevEnd = -1;
        foreach (var token in tokens)
        {
            int s = token.Start;
            int e = s + token.Length;
            if (e <= consumed)
            {
                continue;
            }

            int from = Math.Max(s, consumed);
            bool gap = from == s && (prevEnd < 0 || s > prevEnd);
            switch (token.Kind)
            {
                case TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Emoji:
                    Add(atoms, from, e, NumberAtomKind.Other, gap);
                    break;
                case TokenKind.Word when !gap && IsClitic(text, s, e) && TryJoinClitic(text, s, e, atoms):
                    break;
                default:
                    e = ReadPieces(text, from, e, end, gap, segment.Start, atoms);
                    break;
            }

            consumed = e;
            prevEnd = e;
        }
    }

    /// <summary>
    /// A contraction or possessive the tokenizer splits off (<c>’s</c>, <c>n't</c>, <c>'ll</c>) stays part of its word here:
    /// <c>today’s</c> is one word, as a possessive of a relative day means "contemporary" more often than a date
    /// ("today’s enterprise stacks"), and <c>million’s</c> is no scale.
    /// </summary>
    private static bool IsClitic(string text, int s, int e)
    {
        var token = text.AsSpan(s, e - s);
        int apostrophe = token.IndexOfAny('\'', '’');
        return apostrophe is 0 or 1 && apostrophe + 1 < token.Length && char.IsLetter(token[apostrophe + 1])
               && (apostrophe == 0 || token[0] is 'n' or 'N');
    }

    private static bool TryJoinClitic(string text, int s, int e, List<NumberAtom> atoms)
    {
        if (atoms.Count == 0 || atoms[^1].End != s || !char.IsLetter(text[s - 1]) || atoms[^1].Kind is NumberAtomKind.Digits)
        {
            return false;
        }

        var last = atoms[^1];
        atoms[^1] = new NumberAtom { Start = last.Start, End = e, Kind = NumberAtomKind.Other, GapBefore = last.GapBefore, HyphenBefore = last.HyphenBefore };
        return true;
    }

    /// <summary>
    /// Reads the token <c>[from, e)</c> as runs of digits (joined by periods and commas), runs of letters (joined by
    /// apostrophes and hyphens before a letter) and single symbols; returns where reading stopped, at or after <paramref name="e"/>.
    /// </summary>
    private static int ReadPieces(string text, int from, int e, int limit, bool gap, int segmentStart, List<NumberAtom> atoms)
    {
        int pos = from;
        while (pos < e)
        {
            bool pieceGap = pos == from && gap;
            char c = text[pos];
            if (char.IsDigit(c))
            {
                int j = pos + 1;
                while (j < e && (char.IsDigit(text[j]) || (text[j] is '.' or ',' && j + 1 < e && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                pos = ReadNumberToken(text, pos, j, limit, pieceGap, segmentStart, atoms);
                continue;
            }

            if (IsWordChar(text, pos, e, out int width))
            {
                int j = pos + width;
                while (j < e)
                {
                    if (char.IsAsciiDigit(text[j]) && IsCurrencyBeforeDigits(text, pos, j))
                    {
                        break;
                    }

                    if (IsWordChar(text, j, e, out width))
                    {
                        j += width;
                    }
                    else if (text[j] is '\'' or '’' or '-' && j + 1 < e && char.IsLetter(text[j + 1]))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                ReadWord(text, pos, j, pieceGap, atoms);
                pos = j;
                continue;
            }

            int length = char.IsHighSurrogate(c) && pos + 1 < e && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;
            if (c == '%')
            {
                Add(atoms, pos, pos + 1, NumberAtomKind.Percent, pieceGap);
                pos++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                Add(atoms, pos, pos + 1, NumberAtomKind.Currency, pieceGap);
                pos++;
            }
            else
            {
                pos = ReadSymbol(text, pos, pos + length, limit, pieceGap, segmentStart, atoms);
            }
        }

        return pos;
    }

    /// <summary>
    /// Letters <c>[s, e)</c> right before digits that are a currency glued to its amount: a code or symbol word
    /// (<c>usd90</c>, <c>Rs500</c>), or the country of a symbol before them (<c>$US40m</c>).
    /// </summary>
    private static bool IsCurrencyBeforeDigits(string text, int s, int e)
    {
        if (e - s is < 1 or > 4)
        {
            return false;
        }

        for (int k = s; k < e; k++)
        {
            if (!char.IsAsciiLetter(text[k]))
            {
                return false;
            }
        }

        if (s > 0 && CharUnicodeInfo.GetUnicodeCategory(text[s - 1]) == UnicodeCategory.CurrencySymbol)
        {
            return CurrencyTable.TrySymbol(text.AsSpan(s - 1, e - s + 1), out _);
        }

        return e - s >= 2 && CurrencyTable.IsGluedPrefix(text.AsSpan(s, e - s));
    }

    /// <summary>Letters, digits and combining marks; a vulgar fraction (½) is a symbol of its own.</summary>
    private static bool IsWordChar(string text, int i, int e, out int width)
    {
        char c = text[i];
        width = 1;
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return true;
        }

        if (char.IsHighSurrogate(c) && i + 1 < e && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return System.Text.Rune.TryCreate(c, text[i + 1], out var rune) && System.Text.Rune.IsLetterOrDigit(rune);
        }

        return false;
    }

    private static void Add(List<NumberAtom> atoms, int start, int end, NumberAtomKind kind, bool gap, decimal value = 0)
        => atoms.Add(new NumberAtom { Start = start, End = end, Kind = kind, GapBefore = gap, Value = value });

    private static int ReadSymbol(string text, int s, int e, int limit, bool gap, int segmentStart, List<NumberAtom> atoms)
    {
        char c = text[s];
        // ".25", and "$.5 million" after a currency symbol.
        if (c == '.' && (gap || (s > 0 && CharUnicodeInfo.GetUnicodeCategory(text[s - 1]) == UnicodeCategory.CurrencySymbol)) && e < limit && char.IsAsciiDigit(text[e]))
        {
            return ReadNumber(text, s, limit, gap, segmentStart, atoms);
        }

        var kind = c switch
        {
            '-' or '−' or '‐' => NumberAtomKind.Dash,
            '–' or '—' => NumberAtomKind.RangeDash,
            '/' => NumberAtomKind.Slash,
            _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber && char.GetNumericValue(c) is > 0 and < 1 => NumberAtomKind.Vulgar,
            _ when char.IsPunctuation(c) => NumberAtomKind.Punctuation,
            _ => NumberAtomKind.Other,
        };
        decimal value = kind == NumberAtomKind.Vulgar ? (decimal)char.GetNumericValue(c) : 0;
        Add(atoms, s, e, kind, gap, value);
        return e;
    }

    private static void ReadWord(string text, int s, int e, bool gap, List<NumberAtom> atoms)
    {
        int partStart = s;
        bool first = true;
        for (int i = s; i <= e; i++)
        {
            if (i < e && text[i] is not ('-' or '‐'))
            {
                continue;
            }

            if (i > partStart)
            {
                ReadWordPart(text, partStart, i, first ? gap : false, !first, atoms);
            }

            first = false;
            partStart = i + 1;
        }
    }

    private static void ReadWordPart(string text, int s, int e, bool gap, bool hyphen, List<NumberAtom> atoms)
    {
        var word = text.AsSpan(s, e - s);
        if (!gap && !hyphen && atoms.Count > 0 && atoms[^1].Kind == NumberAtomKind.Vulgar && atoms[^1].End == s
            && TryScaleSuffix(word, out decimal vulgarScale, out bool vulgarMoneyOnly))
        {
            // "£2½m": a scale glued to a vulgar fraction.
            atoms.Add(new NumberAtom { Start = s, End = e, Kind = NumberAtomKind.Scale, Value = vulgarScale, Suffix = true, MoneyOnlySuffix = vulgarMoneyOnly });
            return;
        }

        if (!gap && !hyphen && atoms.Count > 0 && atoms[^1].Kind == NumberAtomKind.Digits && atoms[^1].End == s)
        {
            // Letters glued to digits: a scale abbreviation (10k, $5m), or a unit that makes it no plain number (180ml, 4th).
            if (TryScaleSuffix(word, out decimal scale, out bool moneyOnly))
            {
                atoms.Add(new NumberAtom { Start = s, End = e, Kind = NumberAtomKind.Scale, Value = scale, Suffix = true, MoneyOnlySuffix = moneyOnly });
                return;
            }

            // Pence or cents glued to digits (20p, 65c), a currency code (45usd, 12EUR), or the UK press's percent (10.1pc),
            // leave them a number; the money and percent rules read the unit.
            if ((word is "p" or "c" or "pc" || CurrencyTable.IsGluedSuffix(word)) && (e >= text.Length || !char.IsLetterOrDigit(text[e])))
            {
                Add(atoms, s, e, NumberAtomKind.Other, false);
                return;
            }

            var last = atoms[^1];
            last.Blocked = true;
            atoms[^1] = last;
            Add(atoms, s, e, NumberAtomKind.Other, gap);
            return;
        }

        bool known = NumberLexicon.TryGet(word, out var entry);
        if (!known && gap && word.Length == 1 && TryScaleSuffix(word, out decimal spacedScale, out bool spacedMoneyOnly) && !spacedMoneyOnly)
        {
            atoms.Add(new NumberAtom { Start = s, End = e, Kind = NumberAtomKind.Scale, Value = spacedScale, Suffix = true, GapBefore = true });
            return;
        }

        if (known)
        {
            atoms.Add(new NumberAtom
            {
                Start = s, End = e, Kind = entry.Kind, Value = entry.Value, GapBefore = gap, HyphenBefore = hyphen,
                Plural = entry.Plural, UnitOrdinal = entry.UnitOrdinal, Suffix = entry.Suffix,
            });
            return;
        }

        atoms.Add(new NumberAtom { Start = s, End = e, Kind = NumberAtomKind.Other, GapBefore = gap, HyphenBefore = hyphen });
    }

    /// <summary>Single-letter and short scale abbreviations; case matters for the single letters (M is million, m is metres).</summary>
    private static bool TryScaleSuffix(ReadOnlySpan<char> word, out decimal scale, out bool moneyOnly)
    {
        moneyOnly = false;
        scale = 0;
        if (word.Length == 1)
        {
            switch (word[0])
            {
                case 'k' or 'K': scale = 1e3m; return true;
                case 'M': scale = 1e6m; return true;
                case 'G': scale = 1e9m; return true;
                case 'b' or 'B': scale = 1e9m; return true;
                case 'T': scale = 1e12m; return true;
                case 'm': scale = 1e6m; moneyOnly = true; return true;
                default: return false;
            }
        }

        // Lower-case "mm" is millimetres; upper-case "MM" is the bankers' million (US$ 1MM).
        if (word.SequenceEqual("mm"))
        {
            return false;
        }

        if (NumberLexicon.TryGet(word, out var entry) && entry.Suffix)
        {
            scale = entry.Value;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a run of digits <c>[s, e)</c>; non-ASCII digits are symbols of their own. A number may read past
    /// <paramref name="e"/> (exponents, space-grouped thousands).
    /// </summary>
    private static int ReadNumberToken(string text, int s, int e, int limit, bool gap, int segmentStart, List<NumberAtom> atoms)
    {
        int pos = s;
        while (pos < e)
        {
            if (char.IsAsciiDigit(text[pos]) || (text[pos] is '.' or ',' && pos + 1 < e && char.IsAsciiDigit(text[pos + 1]) && (pos == s || !char.IsAsciiDigit(text[pos - 1]))))
            {
                pos = ReadNumber(text, pos, limit, pos == s && gap, segmentStart, atoms);
            }
            else
            {
                pos = ReadSymbol(text, pos, pos + 1, limit, pos == s && gap, segmentStart, atoms);
            }
        }

        return pos;
    }

    private static int ReadNumber(string text, int s, int limit, bool gap, int segmentStart, List<NumberAtom> atoms)
    {
        bool blocked = IsBlockedOnTheLeft(text, s, segmentStart);
        int i = s;
        while (i < limit)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c) || ((c is '.' or ',') && i + 1 < limit && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
                continue;
            }

            break;
        }

        if (i - s > MaxNumberChars)
        {
            // Longer than any amount a decimal holds (a hash, a serial, a run of digits): no number, and no buffer of its size.
            return i;
        }

        var core = text.AsSpan(s, i - s);
        if (!TryReadDigits(core, out decimal value, out bool hasDecimals, out int digitCount))
        {
            // Not one number (192.168.1.2, 22,24,26): each group is a number of its own.
            SplitGroups(text, s, i, gap, blocked, atoms);
            return i;
        }

        // Thousands grouped by single spaces (1 234 567, 40 000).
        if (!hasDecimals && digitCount <= 3 && core.Length == digitCount)
        {
            int groupEnd = i;
            while (groupEnd + 4 <= limit && groupEnd + 4 - s <= MaxNumberChars && IsGroupSpace(text[groupEnd]) && IsThreeDigitGroup(text, groupEnd + 1, limit))
            {
                groupEnd += 4;
                int j = groupEnd;
                if (j + 1 < limit && text[j] is '.' && char.IsAsciiDigit(text[j + 1]))
                {
                    j++;
                    while (j < limit && j - s < MaxNumberChars && char.IsAsciiDigit(text[j]))
                    {
                        j++;
                    }

                    groupEnd = j;
                    break;
                }
            }

            if (groupEnd > i)
            {
                Span<char> buffer = stackalloc char[groupEnd - s];
                int n = 0;
                foreach (char c in text.AsSpan(s, groupEnd - s))
                {
                    if (!IsGroupSpace(c))
                    {
                        buffer[n++] = c;
                    }
                }

                if (decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal grouped))
                {
                    value = grouped;
                    hasDecimals = buffer[..n].Contains('.');
                    i = groupEnd;
                }
            }
        }

        i = ReadExponent(text, i, limit, ref value, ref hasDecimals);
        atoms.Add(new NumberAtom
        {
            Start = s, End = i, Kind = NumberAtomKind.Digits, Value = value, GapBefore = gap, HasDecimals = hasDecimals,
            DigitCount = digitCount, Blocked = blocked,
        });
        return i;
    }

    /// <summary>
    /// The longest run of digits and separators read as one number: a decimal holds 28 or 29 digits, so a longer run is
    /// no amount, and the buffers a number is parsed in stay small on the stack.
    /// </summary>
    private const int MaxNumberChars = 64;

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsThreeDigitGroup(string text, int i, int limit)
        => i + 3 <= limit && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
           && (i + 3 == limit || !(char.IsLetterOrDigit(text[i + 3]) || (text[i + 3] == ',' && i + 4 < limit && char.IsAsciiDigit(text[i + 4]))));

    /// <summary>Digits glued to a letter, or inside a URL or query string, are not numbers of the text.</summary>
    private const int MaxAddressLength = 2083;

    private static bool IsBlockedOnTheLeft(string text, int s, int segmentStart)
    {
        if (s > segmentStart)
        {
            char before = text[s - 1];
            if (!char.IsWhiteSpace(before) && !LeftBoundary.Contains(before) && CharUnicodeInfo.GetUnicodeCategory(before) != UnicodeCategory.CurrencySymbol
                && !AfterGluedCurrency(text, s, segmentStart))
            {
                return true;
            }
        }

        // The chunk of text around the number, up to white space, but no further than the longest address a browser takes
        // (2,083 characters) on either side: a page glued without spaces must not make every number scan the whole page.
        int chunkStart = s;
        int leftLimit = Math.Max(segmentStart, s - MaxAddressLength);
        while (chunkStart > leftLimit && !char.IsWhiteSpace(text[chunkStart - 1]))
        {
            chunkStart--;
        }

        int chunkEnd = s;
        int rightLimit = (int)Math.Min(text.Length, (long)s + MaxAddressLength);
        while (chunkEnd < rightLimit && !char.IsWhiteSpace(text[chunkEnd]))
        {
            chunkEnd++;
        }

        var chunk = text.AsSpan(chunkStart, chunkEnd - chunkStart);
        return chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A currency code or symbol word glued before the digits (<c>usd90</c>, <c>EUR12</c>, <c>Rs500</c>, <c>RMB5</c>) leaves them a number.</summary>
    private static bool AfterGluedCurrency(string text, int s, int segmentStart)
    {
        int p = s;
        while (p > segmentStart && s - p < 5 && char.IsAsciiLetter(text[p - 1]))
        {
            p--;
        }

        if (p == s)
        {
            return false;
        }

        if (p > segmentStart && CharUnicodeInfo.GetUnicodeCategory(text[p - 1]) == UnicodeCategory.CurrencySymbol)
        {
            return CurrencyTable.TrySymbol(text.AsSpan(p - 1, s - p + 1), out _);
        }

        if (p > segmentStart && (char.IsLetterOrDigit(text[p - 1]) || text[p - 1] is '-' or '_' or '/' or '.'))
        {
            return false;
        }

        return CurrencyTable.IsGluedPrefix(text.AsSpan(p, s - p));
    }

    private static void SplitGroups(string text, int s, int e, bool gap, bool blocked, List<NumberAtom> atoms)
    {
        int groupStart = s;
        for (int i = s; i <= e; i++)
        {
            if (i < e && char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            // A group too long for a decimal (more than 28 digits) is no number.
            if (i > groupStart && decimal.TryParse(text.AsSpan(groupStart, i - groupStart), NumberStyles.None, CultureInfo.InvariantCulture, out decimal groupValue))
            {
                var digits = text.AsSpan(groupStart, i - groupStart);
                atoms.Add(new NumberAtom
                {
                    Start = groupStart, End = i, Kind = NumberAtomKind.Digits,
                    Value = groupValue,
                    GapBefore = groupStart == s && gap, DigitCount = digits.Length, Blocked = blocked,
                });
            }

            if (i < e)
            {
                Add(atoms, i, i + 1, NumberAtomKind.Punctuation, false);
            }

            groupStart = i + 1;
        }
    }

    /// <summary>
    /// Reads digits with separators. The last separator is the decimal one when both kinds appear (1,674.5; 1.111,11);
    /// a single comma before exactly three digits groups thousands (12,567), otherwise it is decimal (1,3; 5,00);
    /// a single period is decimal (4.800). Several separators of one kind must group thousands (western or Indian)
    /// or the text is several numbers.
    /// </summary>
    internal static bool TryReadDigits(ReadOnlySpan<char> core, out decimal value, out bool hasDecimals, out int digitCount)
    {
        value = 0;
        hasDecimals = false;
        digitCount = 0;
        int dots = 0, commas = 0, lastDot = -1, lastComma = -1;
        for (int i = 0; i < core.Length; i++)
        {
            switch (core[i])
            {
                case '.': dots++; lastDot = i; break;
                case ',': commas++; lastComma = i; break;
                default: digitCount++; break;
            }
        }

        if (digitCount == 0 || digitCount > 27)
        {
            return false;
        }

        char? decimalSeparator;
        char? groupSeparator;
        if (dots > 0 && commas > 0)
        {
            decimalSeparator = lastDot > lastComma ? '.' : ',';
            groupSeparator = lastDot > lastComma ? ',' : '.';
            if ((decimalSeparator == '.' ? dots : commas) > 1 || !ValidGroups(core[..Math.Max(lastDot, lastComma)], groupSeparator.Value))
            {
                return false;
            }
        }
        else if (dots + commas == 0)
        {
            decimalSeparator = null;
            groupSeparator = null;
        }
        else
        {
            char sep = dots > 0 ? '.' : ',';
            int count = Math.Max(dots, commas);
            int last = Math.Max(lastDot, lastComma);
            if (count == 1 && (sep == '.' || core.Length - last - 1 != 3))
            {
                decimalSeparator = sep;
                groupSeparator = null;
            }
            else if (ValidGroups(core, sep))
            {
                decimalSeparator = null;
                groupSeparator = sep;
            }
            else
            {
                return false;
            }
        }

        Span<char> buffer = stackalloc char[core.Length + 1];
        int n = 0;
        if (core[0] is '.' or ',')
        {
            buffer[n++] = '0';
        }

        foreach (char c in core)
        {
            if (c == groupSeparator)
            {
                continue;
            }

            buffer[n++] = c == decimalSeparator ? '.' : c;
        }

        hasDecimals = decimalSeparator is not null;
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Groups of three after a first group of one to three digits (1,234,567), or the Indian 12,34,567.</summary>
    private static bool ValidGroups(ReadOnlySpan<char> integerPart, char separator)
    {
        Span<int> lengths = stackalloc int[integerPart.Length + 1];
        int count = 0, run = 0;
        foreach (char c in integerPart)
        {
            if (c == separator)
            {
                lengths[count++] = run;
                run = 0;
            }
            else
            {
                run++;
            }
        }

        lengths[count++] = run;
        if (count < 2 || lengths[0] is < 1 or > 3 || lengths[count - 1] != 3)
        {
            return false;
        }

        bool western = true, indian = lengths[0] <= 2;
        for (int i = 1; i < count - 1; i++)
        {
            western &= lengths[i] == 3;
            indian &= lengths[i] == 2;
        }

        return western || indian;
    }

    /// <summary>Scientific and power notations: 1e10, 12.32e+14, 1.1^23, 2.5^-1, 1.3x10^6.</summary>
    private static int ReadExponent(string text, int i, int limit, ref decimal value, ref bool hasDecimals)
    {
        if (i >= limit)
        {
            return i;
        }

        char c = text[i];
        int j;
        if (c is 'e' or 'E')
        {
            j = i + 1;
            int sign = 1;
            if (j < limit && text[j] is '+' or '-')
            {
                sign = text[j] == '-' ? -1 : 1;
                j++;
            }

            if (!TryReadInt(text, ref j, limit, out int exponent) || (j < limit && char.IsLetter(text[j])))
            {
                return i;
            }

            return Scale(ref value, ref hasDecimals, sign * exponent) ? j : i;
        }

        if (c == '^')
        {
            j = i + 1;
            int sign = ReadSigns(text, ref j, limit);
            if (!TryReadInt(text, ref j, limit, out int exponent))
            {
                return i;
            }

            double power = Math.Pow((double)value, sign * exponent);
            if (double.IsFinite(power) && Math.Abs(power) < 1e27)
            {
                value = (decimal)power;
                hasDecimals = true;
                return j;
            }

            return i;
        }

        if (c is 'x' or 'X' or '×' && text.AsSpan(i + 1, Math.Max(0, Math.Min(3, limit - i - 1))).SequenceEqual("10^"))
        {
            j = i + 4;
            int sign = ReadSigns(text, ref j, limit);
            if (TryReadInt(text, ref j, limit, out int exponent) && Scale(ref value, ref hasDecimals, sign * exponent))
            {
                return j;
            }
        }

        return i;
    }

    private static int ReadSigns(string text, ref int j, int limit)
    {
        int sign = 1;
        while (j < limit && text[j] is '+' or '-')
        {
            if (text[j] == '-')
            {
                sign = -sign;
            }

            j++;
        }

        return sign;
    }

    private static bool TryReadInt(string text, ref int j, int limit, out int result)
    {
        result = 0;
        int start = j;
        while (j < limit && char.IsAsciiDigit(text[j]) && j - start < 3)
        {
            result = (result * 10) + (text[j] - '0');
            j++;
        }

        return j > start;
    }

    private static bool Scale(ref decimal value, ref bool hasDecimals, int exponent)
    {
        if (exponent is > 26 or < -26)
        {
            return false;
        }

        try
        {
            decimal factor = 1;
            for (int k = 0; k < Math.Abs(exponent); k++)
            {
                factor *= 10;
            }

            value = exponent >= 0 ? value * factor : value / factor;
            hasDecimals |= exponent < 0;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
