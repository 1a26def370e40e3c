using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace TextInsight.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s following Penn Treebank / CoNLL-2003 conventions. Stateless and thread-safe;
/// enumeration allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// Why PTB conventions: the entity model is trained on CoNLL-2003, whose text was tokenized that way, so it must see the
/// same pieces at run time. Hence possessives and contractions are split off (<c>Anthropic’s</c> → <c>Anthropic</c>
/// <c>’s</c>; <c>don't</c> → <c>do</c> <c>n't</c>; <c>can't</c> → <c>ca</c> <c>n't</c>), while hyphenated compounds
/// (<c>co-founder</c>), abbreviations with their periods (<c>U.S.</c>, <c>Dr.</c>, <c>J.</c>), <c>AT&amp;T</c> and
/// scores and dates (<c>3-1</c>, <c>2024-05-01</c>) stay whole.
/// </para>
/// <para>
/// Money and percentages are split into the pieces a recognizer reads without looking at characters again:
/// <c>$1.5M</c> → <c>$</c> (Currency) <c>1.5</c> (Number) <c>M</c> (Word); <c>US$2bn</c> → <c>US$</c> <c>2</c>
/// <c>bn</c>; <c>12.5%</c> → <c>12.5</c> <c>%</c> (Percent). Ordinals and decades stay whole (<c>21st</c>, <c>1990s</c>).
/// </para>
/// <para>
/// A period glued to a following capitalized word (<c>$10.9bn.For</c>, as in concatenated summaries) is split off,
/// unless the word before it is an abbreviation; a period followed by a lower-case label joins a host or file name
/// (<c>bbc.co.uk</c>, <c>node.js</c>). Web addresses, e-mail addresses, hashtags, mentions and emoji sequences
/// (with modifiers and zero-width joiners) are one token each. No token ends inside a surrogate pair or before a
/// combining mark. White space (<see cref="char.IsWhiteSpace(char)"/>) is skipped; every other character is in
/// exactly one token.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// foreach (Token t in Tokenizer.Tokenize("Anthropic gives $1.5M."))
///     Console.WriteLine($"{t.Kind} {t.Start} {t.Length}");
/// </code>
/// </example>
public static class Tokenizer
{
    /// <summary>Returns an allocation-free enumerator over the tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text; token offsets are relative to its start.</param>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text)
    {
        TokenizedCharacters += text.Length;
        return new(text);
    }

    /// <summary>
    /// How many characters this thread has handed to <see cref="Tokenize"/>: the stage benchmark reads it to show which
    /// stages tokenize (a thread-static add per call, not per token).
    /// </summary>
    [ThreadStatic]
    internal static long TokenizedCharacters;

    /// <summary>Counts the tokens of <paramref name="text"/> without storing them.</summary>
    /// <param name="text">The text.</param>
    public static int Count(ReadOnlySpan<char> text)
    {
        int n = 0;
        int i = 0;
        while (true)
        {
            i = SkipWhiteSpace(text, i);
            if (i >= text.Length)
            {
                return n;
            }

            if (i + BlockScanner.Width <= text.Length && BlockScanner.TryScan(text, i, out uint starts, out _, out _, out int cut))
            {
                n += BitOperations.PopCount(starts);
                i += cut;
                continue;
            }

            i = Read(text, i).End;
            n++;
        }
    }

    /// <summary>Returns the first position at or after <paramref name="i"/> that is not white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SkipWhiteSpace(ReadOnlySpan<char> text, int i)
    {
        // Between words there is usually exactly one space: test it before paying for a vectorized call.
        if ((uint)i < (uint)text.Length && text[i] == ' ')
        {
            i++;
        }

        if ((uint)i < (uint)text.Length && CharSets.IsWhiteSpace(text[i]))
        {
            int k = text[i..].IndexOfAnyExcept(CharSets.WhiteSpace);
            i = k < 0 ? text.Length : i + k;
        }

        return i;
    }

    /// <summary>Reads the token that starts at <paramref name="i"/>, a position that is not white space.</summary>
    internal static Token Read(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            if (CharSets.IsAsciiLetter(c))
            {
                // Fast path for the common case, an ASCII word followed by a space or a comma: scan it with the
                // lookup table (most words are shorter than a vector), and leave everything else to ReadWord.
                int j = CharSets.ScanAsciiLettersAndDigits(text, i + 1);
                if (j < text.Length)
                {
                    char d = text[j];
                    if (d is ' ' or ',' or '\n')
                    {
                        return j - i >= 3 && CharSets.IsAsciiUpper(c) ? FinishWord(text, i, j, false, true, i) : new Token(i, j - i, TokenKind.Word);
                    }
                }

                return ReadWord(text, i, j);
            }

            if (CharSets.IsAsciiDigit(c))
            {
                return ReadNumber(text, i);
            }

            return ReadAsciiOther(text, i, c);
        }

        return ReadNonAscii(text, i, c);
    }

    private static Token ReadWord(ReadOnlySpan<char> text, int i, int j)
    {
        int length = text.Length;
        int labelStart = i;
        bool dotted = false;
        bool chain = true;
        while (true)
        {
            j = ScanWordChars(text, j);
            if (j >= length)
            {
                break;
            }

            char d = text[j];
            switch (d)
            {
                case ' ':
                    goto Done;
                case '.':
                {
                    int next = j + 1;
                    if (next >= length || !CharSets.IsAsciiLetter(text[next]))
                    {
                        if (IsWordBeforePeriodAbbreviation(text, i, j, dotted, chain, labelStart))
                        {
                            return new Token(i, j + 1 - i, TokenKind.Word);
                        }

                        goto Done;
                    }

                    if (j - i == 3 && text[i..j].Equals("www", StringComparison.OrdinalIgnoreCase))
                    {
                        return ReadUrlTail(text, i, next);
                    }

                    int k = ScanWordChars(text, next);
                    int labelLength = j - labelStart;
                    int nextLength = k - next;
                    if (chain && labelLength == 1 && nextLength == 1)
                    {
                        // Dotted letters: "U.S", "e.g", "a.m", "J.R.R".
                        dotted = true;
                        labelStart = next;
                        j = k;
                        continue;
                    }

                    if (CharSets.IsAsciiLower(text[next]) || (nextLength == 1 && labelLength <= 2))
                    {
                        // Host and file names ("bbc.co.uk", "node.js") and "Ph.D".
                        dotted = true;
                        chain = false;
                        labelStart = next;
                        j = k;
                        continue;
                    }

                    // A capitalized word glued to the period ("$10.9bn.For"): a sentence boundary that lost its space.
                    if (IsWordBeforePeriodAbbreviation(text, i, j, dotted, chain, labelStart))
                    {
                        return new Token(i, j + 1 - i, TokenKind.Word);
                    }

                    goto Done;
                }

                case '-':
                    if (j + 1 < length && CharSets.IsWordStart(text, j + 1))
                    {
                        chain = false;
                        j++;
                        continue;
                    }

                    goto Done;
                case '\'':
                case '\u2019':
                {
                    int next = j + 1;
                    if (next >= length || !CharSets.IsLetterAt(text, next))
                    {
                        goto Done;
                    }

                    int k = ScanWordChars(text, next);
                    var clitic = text[next..k];
                    if (IsClitic(clitic))
                    {
                        return new Token(i, j - i, TokenKind.Word);
                    }

                    if (clitic.Length == 1 && (clitic[0] | 0x20) == 't' && (text[j - 1] | 0x20) == 'n')
                    {
                        // "n't" is its own token: "don't" → "do" "n't"; a word that is only "n't" is that token.
                        return j - 1 > i ? new Token(i, j - 1 - i, TokenKind.Word) : new Token(i, k - i, TokenKind.Word);
                    }

                    // "O'Neill", "rock'n'roll": the apostrophe is inside the word.
                    chain = false;
                    j = k;
                    continue;
                }

                case '@':
                case '_':
                case '+':
                {
                    int email = TryReadEmail(text, i);
                    if (email > 0)
                    {
                        return new Token(i, email - i, TokenKind.Email);
                    }

                    goto Done;
                }

                case '$':
                    if (!dotted && j - i <= 3 && IsAllAsciiUpper(text[i..j]))
                    {
                        return new Token(i, j + 1 - i, TokenKind.Currency);
                    }

                    goto Done;
                case ':':
                    if (!dotted && j + 2 < length && text[j + 1] == '/' && text[j + 2] == '/' && IsUrlScheme(text[i..j]))
                    {
                        return ReadUrlTail(text, i, j + 3);
                    }

                    goto Done;
                case '&':
                    if (j + 1 < length && CharSets.IsAsciiUpper(text[j + 1]) && CharSets.IsAsciiUpper(text[j - 1]))
                    {
                        // "AT&T", "R&B", "S&P".
                        chain = false;
                        j++;
                        continue;
                    }

                    goto Done;
            }

            break;
        }

    Done:
        return FinishWord(text, i, j, dotted, chain, labelStart);
    }

    private static Token FinishWord(ReadOnlySpan<char> text, int i, int j, bool dotted, bool chain, int labelStart)
    {
        if (dotted && !chain && Abbreviations.IsTopLevelDomain(text[labelStart..j]))
        {
            if (j < text.Length && text[j] == '/')
            {
                return ReadUrlTail(text, i, j);
            }

            return new Token(i, j - i, TokenKind.Url);
        }

        int length = j - i;
        if (length >= 3 && CharSets.IsAsciiUpper(text[i]))
        {
            if (length == 3 && Abbreviations.IsCurrencyCode(text.Slice(i, 3)))
            {
                return new Token(i, 3, TokenKind.Currency);
            }

            // "USD100": the code and the amount are separate tokens, like "$" and "100".
            if (length > 3 && CharSets.IsAsciiDigit(text[i + 3]) && Abbreviations.IsCurrencyCode(text.Slice(i, 3)))
            {
                return new Token(i, 3, TokenKind.Currency);
            }
        }

        return new Token(i, length, TokenKind.Word);
    }

    /// <summary>
    /// Whether the word <c>text[i..period]</c> keeps the period that follows it: abbreviations (<c>Dr.</c>,
    /// <c>No. 5</c>), initials (<c>J.</c>, but not the <c>M</c> of <c>$1.5M.</c>) and dotted letters (<c>U.S.</c>, <c>Ph.D.</c>).
    /// </summary>
    private static bool IsWordBeforePeriodAbbreviation(ReadOnlySpan<char> text, int i, int period, bool dotted, bool chain, int labelStart)
    {
        if (period + 1 < text.Length && text[period + 1] == '.')
        {
            return false;
        }

        if (CharSets.IsAsciiLetter(text[i]) && IsPeriodBeforeComma(text, period))
        {
            return true;
        }

        if (dotted)
        {
            return chain || period - labelStart == 1;
        }

        var word = text[i..period];
        if (word.Length == 1)
        {
            return CharSets.IsAsciiUpper(word[0]) && !(i > 0 && CharSets.IsAsciiDigit(text[i - 1]));
        }

        var kind = Abbreviations.Lookup(word);
        if (kind == AbbreviationKind.Numbering)
        {
            int k = period + 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            return k < text.Length && CharSets.IsAsciiDigit(text[k]);
        }

        return kind != AbbreviationKind.None;
    }

    /// <summary>
    /// Whether the period at <paramref name="period"/> comes before a comma or semicolon (spaces between): no sentence ends
    /// there, so the period belongs to the word before it (<c>St. Petersburg, Fla., for</c>).
    /// </summary>
    internal static bool IsPeriodBeforeComma(ReadOnlySpan<char> text, int period)
    {
        int after = period + 1;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] is ',' or ';';
    }

    private static bool IsClitic(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        2 => ((s[0] | 0x20) == 'l' && (s[1] | 0x20) == 'l') || ((s[0] | 0x20) is 'r' or 'v' && (s[1] | 0x20) == 'e'),
        _ => false,
    };

    private static bool IsAllAsciiUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!CharSets.IsAsciiUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUrlScheme(ReadOnlySpan<char> s) =>
        s.Equals("http", StringComparison.OrdinalIgnoreCase) || s.Equals("https", StringComparison.OrdinalIgnoreCase)
        || s.Equals("ftp", StringComparison.OrdinalIgnoreCase);

    /// <summary>Scans letters, digits and marks of any script from <paramref name="j"/>, ASCII runs vectorized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWordChars(ReadOnlySpan<char> text, int j)
    {
        while (true)
        {
            j = CharSets.ScanAsciiLettersAndDigits(text, j);
            if (j >= text.Length || text[j] < 0x80)
            {
                return j;
            }

            int w = CharSets.NonAsciiWordCharWidth(text, j);
            if (w == 0)
            {
                return j;
            }

            j += w;
            if (j >= text.Length)
            {
                return j;
            }
        }
    }

    private static Token ReadNumber(ReadOnlySpan<char> text, int i)
    {
        int length = text.Length;
        int j = ScanDigits(text, i + 1);
        while (j + 1 < length)
        {
            char d = text[j];
            if (d is '.' or ',' or ':' or '/' or '-' && CharSets.IsAsciiDigit(text[j + 1]))
            {
                j = ScanDigits(text, j + 2);
                continue;
            }

            break;
        }

        if (j >= length)
        {
            return new Token(i, j - i, TokenKind.Number);
        }

        char c = text[j];
        if (c == '\uFE0F' || c == '\u20E3')
        {
            int keycap = TryReadKeycap(text, i, j);
            if (keycap > 0)
            {
                return new Token(i, keycap - i, TokenKind.Emoji);
            }
        }

        if (CharSets.IsLetterAt(text, j))
        {
            int k = ScanWordChars(text, j);
            var suffix = text[j..k];
            if (IsAmountSuffix(suffix))
            {
                // "$1.5M", "€300k", "10pm": the amount and its scale or period are separate tokens.
                return new Token(i, j - i, TokenKind.Number);
            }

            var kind = IsOrdinalSuffix(suffix) ? TokenKind.Number : TokenKind.Word;
            while (k + 1 < length && text[k] == '-' && CharSets.IsWordStart(text, k + 1))
            {
                k = ScanWordChars(text, k + 1);
                kind = TokenKind.Word;
            }

            return new Token(i, k - i, kind);
        }

        if (c == '-' && j + 1 < length && CharSets.IsLetterAt(text, j + 1))
        {
            // "10-year-old", "24-hour": a compound word that begins with a number.
            int k = j;
            while (k + 1 < length && text[k] == '-' && CharSets.IsWordStart(text, k + 1))
            {
                k = ScanWordChars(text, k + 1);
            }

            return new Token(i, k - i, TokenKind.Word);
        }

        return new Token(i, CharSets.ExtendMarks(text, j) - i, TokenKind.Number);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanDigits(ReadOnlySpan<char> text, int j)
    {
        // Most numbers are short: a few scalar steps before paying for a vectorized call.
        int stop = Math.Min(text.Length, j + 4);
        while (j < stop)
        {
            if (!CharSets.IsAsciiDigit(text[j]))
            {
                return j;
            }

            j++;
        }

        if (j >= text.Length)
        {
            return text.Length;
        }

        int k = text[j..].IndexOfAnyExceptInRange('0', '9');
        return k < 0 ? text.Length : j + k;
    }

    private static bool IsAmountSuffix(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => s[0] is 'k' or 'K' or 'm' or 'M' or 'b' or 'B' or 'T',
        2 => s is "bn" or "Bn" or "BN" or "mn" or "tn" or "am" or "pm" or "AM" or "PM",
        3 => s is "trn" or "bln" or "mln",
        _ => s.Equals("million", StringComparison.OrdinalIgnoreCase) || s.Equals("billion", StringComparison.OrdinalIgnoreCase)
             || s.Equals("trillion", StringComparison.OrdinalIgnoreCase) || s.Equals("thousand", StringComparison.OrdinalIgnoreCase),
    };

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) => s is "st" or "nd" or "rd" or "th" or "s" or "ST" or "ND" or "RD" or "TH";

    private static Token ReadAsciiOther(ReadOnlySpan<char> text, int i, char c)
    {
        int length = text.Length;
        switch (c)
        {
            case '.':
                if (i + 2 < length && text[i + 1] == '.' && text[i + 2] == '.')
                {
                    int k = text[i..].IndexOfAnyExcept('.');
                    return new Token(i, k < 0 ? length - i : k, TokenKind.Punctuation);
                }

                // A decimal written without its zero (".467", "a .22 rifle") is a number, not a full stop.
                if (i + 1 < length && CharSets.IsAsciiDigit(text[i + 1]) && !CharSets.IsLetterOrDigitBefore(text, i))
                {
                    return new Token(i, ScanDigits(text, i + 1) - i, TokenKind.Number);
                }

                break;
            case '-':
                if (i + 1 < length && text[i + 1] == '-')
                {
                    int k = text[i..].IndexOfAnyExcept('-');
                    return new Token(i, k < 0 ? length - i : k, TokenKind.Punctuation);
                }

                break;
            case '\'':
                int clitic = TryReadClitic(text, i);
                if (clitic > 0)
                {
                    return new Token(i, clitic - i, TokenKind.Word);
                }

                break;
            case '$':
                return new Token(i, CharSets.ExtendMarks(text, i + 1) - i, TokenKind.Currency);
            case '%':
                return new Token(i, CharSets.ExtendMarks(text, i + 1) - i, TokenKind.Percent);
            case '#':
                if (i + 1 < length && CharSets.IsLetterAt(text, i + 1))
                {
                    return new Token(i, ScanHandle(text, i + 1) - i, TokenKind.Hashtag);
                }

                goto case '*';
            case '*':
                int keycap = i + 1 < length ? TryReadKeycap(text, i, i + 1) : 0;
                if (keycap > 0)
                {
                    return new Token(i, keycap - i, TokenKind.Emoji);
                }

                break;
            case '@':
                if (i + 1 < length && (CharSets.IsAsciiLetter(text[i + 1]) || CharSets.IsAsciiDigit(text[i + 1]) || text[i + 1] == '_'))
                {
                    return new Token(i, ScanHandle(text, i + 1) - i, TokenKind.Mention);
                }

                return new Token(i, CharSets.ExtendMarks(text, i + 1) - i, TokenKind.Symbol);
        }

        var kind = c is '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~' || c < ' ' || c == '\u007F' ? TokenKind.Symbol : TokenKind.Punctuation;
        return new Token(i, CharSets.ExtendMarks(text, i + 1) - i, kind);
    }

    private static Token ReadNonAscii(ReadOnlySpan<char> text, int i, char c)
    {
        int length = text.Length;
        if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(text[i + 1]))
        {
            var rune = new Rune(c, text[i + 1]);
            if (IsEmojiStart(rune))
            {
                return new Token(i, ReadEmoji(text, i + 2, rune.Value) - i, TokenKind.Emoji);
            }

            var runeCategory = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetter(rune) || runeCategory is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            {
                return ReadWord(text, i, i + 2);
            }

            if (runeCategory == UnicodeCategory.DecimalDigitNumber)
            {
                return new Token(i, ScanWordChars(text, i + 2) - i, TokenKind.Number);
            }

            return new Token(i, CharSets.ExtendMarks(text, i + 2) - i, KindOf(runeCategory, c));
        }

        if (char.IsSurrogate(c))
        {
            return new Token(i, 1, TokenKind.Symbol);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.OtherNumber:
                return ReadWord(text, i, i + 1);
            case UnicodeCategory.DecimalDigitNumber:
                return new Token(i, ScanWordChars(text, i + 1) - i, TokenKind.Number);
        }

        if (c == '\u2019')
        {
            int clitic = TryReadClitic(text, i);
            if (clitic > 0)
            {
                return new Token(i, clitic - i, TokenKind.Word);
            }
        }

        if (IsEmojiStart(new Rune(c)) || (i + 1 < length && text[i + 1] == '\uFE0F' && category == UnicodeCategory.OtherSymbol)
            || (i + 1 < length && text[i + 1] == '\uFE0F' && c is '\u00A9' or '\u00AE' or '\u203C' or '\u2049' or '\u2122' or '\u2139'))
        {
            return new Token(i, ReadEmoji(text, i + 1, c) - i, TokenKind.Emoji);
        }

        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            // A mark with no base (after white space or at the start) is a symbol of its own, with the marks after it.
            return new Token(i, CharSets.ExtendMarks(text, i + 1) - i, TokenKind.Symbol);
        }

        return new Token(i, CharSets.ExtendMarks(text, i + 1) - i, KindOf(category, c));
    }

    private static TokenKind KindOf(UnicodeCategory category, char c)
    {
        if (c is '\u066A' or '\uFF05' or '\u2030' or '\u2031' or '\uFE6A')
        {
            return TokenKind.Percent;
        }

        return category switch
        {
            UnicodeCategory.CurrencySymbol => TokenKind.Currency,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Symbol,
        };
    }

    /// <summary>
    /// Reads <c>'s</c>, <c>'ll</c>, <c>’re</c>… right after a letter or digit, or standing alone after white space and
    /// before a space or punctuation (<c>Boatmen 's stock</c>: text already tokenized, or a possessive typed apart); returns
    /// its end, or 0. A quoted word (<c>'s'</c>) or the start of a longer word (<c>'sup</c>) is no clitic.
    /// </summary>
    private static int TryReadClitic(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !CharSets.IsLetterAt(text, i + 1))
        {
            return 0;
        }

        bool glued = CharSets.IsLetterOrDigitBefore(text, i);
        if (!glued && (i == 0 || !char.IsWhiteSpace(text[i - 1])))
        {
            return 0;
        }

        int k = ScanWordChars(text, i + 1);
        if (!IsClitic(text[(i + 1)..k]))
        {
            return 0;
        }

        return glued || k == text.Length || (text[k] is not ('\'' or '\u2019' or '-') && !char.IsLetterOrDigit(text[k])) ? k : 0;
    }

    private static int ScanHandle(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            j = ScanWordChars(text, j);
            if (j < text.Length && text[j] == '_')
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    /// <summary>Reads an e-mail address that starts at <paramref name="i"/>; returns its end, or 0 when there is none.</summary>
    private static int TryReadEmail(ReadOnlySpan<char> text, int i)
    {
        int at = text[i..].IndexOfAnyExcept(CharSets.EmailLocal);
        if (at <= 0 || text[i + at] != '@')
        {
            return 0;
        }

        int j = i + at + 1;
        int end = 0;
        int labels = 0;
        while (j < text.Length)
        {
            int k = text[j..].IndexOfAnyExcept(CharSets.HostLabel);
            int labelEnd = k < 0 ? text.Length : j + k;
            if (labelEnd == j)
            {
                break;
            }

            labels++;
            end = labelEnd;
            if (labelEnd + 1 < text.Length && text[labelEnd] == '.' && (CharSets.IsAsciiLetter(text[labelEnd + 1]) || CharSets.IsAsciiDigit(text[labelEnd + 1])))
            {
                j = labelEnd + 1;
                continue;
            }

            break;
        }

        // The host needs at least two labels ("me@home" is a word and a mention, not an address).
        return labels >= 2 && text[end - 1] != '-' ? end : 0;
    }

    /// <summary>Reads the rest of a web address from <paramref name="j"/> and trims punctuation that ends the sentence around it.</summary>
    private static Token ReadUrlTail(ReadOnlySpan<char> text, int i, int j)
    {
        int k = text[j..].IndexOfAny(CharSets.UrlStops);
        int end = k < 0 ? text.Length : j + k;
        while (end > j)
        {
            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                end--;
                continue;
            }

            // A closing bracket belongs to the address only when the address opened it (Wikipedia links).
            if (last is ')' or ']' && text[i..end].Count(last == ')' ? '(' : '[') < text[i..end].Count(last))
            {
                end--;
                continue;
            }

            break;
        }

        return new Token(i, end - i, TokenKind.Url);
    }

    /// <summary>Reads a keycap emoji (<c>1️⃣</c>, <c>#️⃣</c>): a digit, <c>#</c> or <c>*</c> then U+FE0F? U+20E3.</summary>
    private static int TryReadKeycap(ReadOnlySpan<char> text, int i, int j)
    {
        if (j != i + 1)
        {
            return 0;
        }

        if (j < text.Length && text[j] == '\uFE0F')
        {
            j++;
        }

        return j < text.Length && text[j] == '\u20E3' ? j + 1 : 0;
    }

    private static bool IsEmojiStart(Rune rune)
    {
        int v = rune.Value;
        return v is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF)
            or (>= 0x231A and <= 0x23FF) or (>= 0x25A0 and <= 0x25FF) or 0x3030 or 0x303D or 0x3297 or 0x3299
            && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
    }

    /// <summary>Reads the rest of an emoji sequence: flags, variation selectors, skin tones, keycaps, tags and ZWJ joins.</summary>
    private static int ReadEmoji(ReadOnlySpan<char> text, int j, int first)
    {
        int length = text.Length;
        bool regional = first is >= 0x1F1E6 and <= 0x1F1FF;
        if (regional && j + 1 < length && Rune.TryCreate(text[j], text[j + 1], out var pair) && pair.Value is >= 0x1F1E6 and <= 0x1F1FF)
        {
            return j + 2;
        }

        while (j < length)
        {
            char c = text[j];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                j++;
                continue;
            }

            if (char.IsHighSurrogate(c) && j + 1 < length && char.IsLowSurrogate(text[j + 1]))
            {
                int v = char.ConvertToUtf32(c, text[j + 1]);
                if (v is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F))
                {
                    j += 2;
                    continue;
                }

                break;
            }

            if (c == '\u200D' && j + 1 < length)
            {
                char n = text[j + 1];
                if (char.IsHighSurrogate(n) && j + 2 < length && char.IsLowSurrogate(text[j + 2]) && IsEmojiStart(new Rune(n, text[j + 2])))
                {
                    j += 3;
                    continue;
                }

                if (!char.IsSurrogate(n) && IsEmojiStart(new Rune(n)))
                {
                    j += 2;
                    continue;
                }
            }

            break;
        }

        return CharSets.ExtendMarks(text, j);
    }
}
