using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace TextInsight.Text;

/// <summary>
/// Character classes of the tokenizer. The ASCII sets are <see cref="SearchValues{T}"/> so that runs of letters,
/// digits and spaces are skipped with vectorized <c>IndexOfAnyExcept</c>; everything above ASCII goes through the
/// Unicode category tables, which are only consulted when a non-ASCII character is met.
/// </summary>
internal static class CharSets
{
    public static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <summary>The white space of <see cref="char.IsWhiteSpace(char)"/>, so that a run is skipped in one call.</summary>
    public static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Characters that end a URL however it continues.</summary>
    public static readonly SearchValues<char> UrlStops = SearchValues.Create(
        "\t\n\v\f\r \"<>`{}|\\^\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\u201C\u201D\u2018\u2019\u00AB\u00BB");

    /// <summary>Characters of the local part of an e-mail address.</summary>
    public static readonly SearchValues<char> EmailLocal =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-");

    /// <summary>Characters of a host name label.</summary>
    public static readonly SearchValues<char> HostLabel =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>1 for ASCII letters and digits, 0 otherwise; indexed by a char below 128.</summary>
    private static ReadOnlySpan<byte> AsciiLetterOrDigitTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Returns the end of the run of ASCII letters and digits that starts at <paramref name="j"/>: a table lookup per
    /// character for the first few (most words are shorter than a vector), then a vectorized search for long runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ScanAsciiLettersAndDigits(ReadOnlySpan<char> text, int j)
    {
        var table = AsciiLetterOrDigitTable;
        int stop = Math.Min(text.Length, j + 12);
        while (j < stop)
        {
            char c = text[j];
            if (c >= 0x80 || table[c] == 0)
            {
                return j;
            }

            j++;
        }

        if (j >= text.Length)
        {
            return text.Length;
        }

        int k = text[j..].IndexOfAnyExcept(AsciiLettersAndDigits);
        return k < 0 ? text.Length : j + k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLower(char c) => (uint)(c - 'a') <= 'z' - 'a';

    /// <summary>Whether a character is white space in the sense of <see cref="char.IsWhiteSpace(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c == ' ' || (c < 0x80 ? (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c));

    /// <summary>Whether <paramref name="c"/> is an apostrophe that can open a clitic (<c>'s</c>, <c>n't</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// The width (1 or 2 code units) of the word character at <paramref name="i"/> above ASCII: a letter or digit of any
    /// script, a combining mark, or a joiner between letters; 0 when the character does not continue a word.
    /// </summary>
    public static int NonAsciiWordCharWidth(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cat = Rune.GetUnicodeCategory(new Rune(c, text[i + 1]));
                return IsWordCategory(cat) ? 2 : 0;
            }

            return 0;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (IsWordCategory(category))
        {
            return 1;
        }

        // Zero-width joiners and soft hyphens sit inside words of Indic and Arabic-script languages and hyphenated text.
        return c is '\u200C' or '\u200D' or '\u00AD' && i + 1 < text.Length && IsWordStart(text, i + 1) ? 1 : 0;
    }

    /// <summary>Whether a word character (ASCII letter or digit, or any letter, digit or mark) starts at <paramref name="i"/>.</summary>
    public static bool IsWordStart(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        return c < 0x80 ? IsAsciiLetter(c) || IsAsciiDigit(c) : NonAsciiWordCharWidth(text, i) > 0;
    }

    /// <summary>Whether a letter (of any script) starts at <paramref name="i"/>.</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            return IsAsciiLetter(c);
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && Rune.IsLetter(new Rune(c, text[i + 1]));
        }

        return char.IsLetter(c);
    }

    /// <summary>Whether a letter or digit (of any script) ends just before <paramref name="i"/>.</summary>
    public static bool IsLetterOrDigitBefore(ReadOnlySpan<char> text, int i)
    {
        if (i <= 0)
        {
            return false;
        }

        char c = text[i - 1];
        if (c < 0x80)
        {
            return IsAsciiLetter(c) || IsAsciiDigit(c);
        }

        if (char.IsLowSurrogate(c))
        {
            return i >= 2 && char.IsHighSurrogate(text[i - 2]) && Rune.IsLetterOrDigit(new Rune(text[i - 2], c));
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsWordCategory(cat);
    }

    /// <summary>Whether <paramref name="c"/> is a combining mark (or variation selector) that belongs to the character before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Extends <paramref name="end"/> over the combining marks that follow it, so that no token ends inside a grapheme.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ExtendMarks(ReadOnlySpan<char> text, int end)
    {
        while (end < text.Length && IsMark(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
