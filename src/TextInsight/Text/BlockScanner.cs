using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TextInsight.Text;

/// <summary>
/// The tokenizer's vectorized fast path. It classifies 32 characters at once into ASCII letters, digits, white space
/// and the characters that are always a token of their own here (<c>, . ; ( ) " ? ! % $ £ €</c>), and reads the
/// tokens of the block's prefix straight from the bit masks. Whatever needs a rule (apostrophes, hyphens, decimals,
/// abbreviations, letters next to digits, any other character) ends the prefix and is left to the scalar reader,
/// so both paths yield exactly the same tokens.
/// </summary>
internal static class BlockScanner
{
    public const int Width = 32;

    /// <summary>
    /// Scans the block at <paramref name="i"/> (which starts at a token boundary, with <see cref="Width"/> characters
    /// available). On success, <paramref name="starts"/> has a bit per token start, <paramref name="runEnds"/> a bit
    /// after each run of letters or digits, <paramref name="singles"/> a bit per one-character token, and every token
    /// that starts before <paramref name="cut"/> ends before it and is complete (the character after it is known).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryScan(ReadOnlySpan<char> text, int i, out uint starts, out uint runEnds, out uint singles, out int cut)
    {
        Masks m;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort r = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var lo = Classify(Vector256.LoadUnsafe(ref r, (nuint)i));
            var hi = Classify(Vector256.LoadUnsafe(ref r, (nuint)(i + 16)));
            m = new Masks(
                lo.Letters | (hi.Letters << 16), lo.Digits | (hi.Digits << 16), lo.Spaces | (hi.Spaces << 16),
                lo.Commas | (hi.Commas << 16), lo.Periods | (hi.Periods << 16), lo.Dollars | (hi.Dollars << 16),
                lo.Others | (hi.Others << 16));
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            ref ushort r = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            m = default;
            for (int k = 0; k < 4; k++)
            {
                var q = Classify(Vector128.LoadUnsafe(ref r, (nuint)(i + (k * 8))));
                int shift = k * 8;
                m = new Masks(
                    m.Letters | (q.Letters << shift), m.Digits | (q.Digits << shift), m.Spaces | (q.Spaces << shift),
                    m.Commas | (q.Commas << shift), m.Periods | (q.Periods << shift), m.Dollars | (q.Dollars << shift),
                    m.Others | (q.Others << shift));
            }
        }
        else
        {
            starts = runEnds = singles = 0;
            cut = 0;
            return false;
        }

        uint letters = m.Letters, digits = m.Digits, spaces = m.Spaces;
        singles = m.Commas | m.Periods | m.Dollars | m.Others;
        uint alnum = letters | digits;

        // Characters whose token needs a rule of the scalar reader: anything outside the classes; a letter and a
        // digit side by side ("MP3", "300k"); a comma after a digit that may be followed by one ("1,500"); a period not followed by a space or
        // a one-character token (decimals, "U.S", "..."); a dollar after letters ("US$").
        uint dirty = ~(alnum | spaces | singles)
                     | (letters & (digits << 1)) | (digits & (letters << 1))
                     | (m.Commas & (digits << 1) & ((digits >> 1) | 0x8000_0000u))
                     | (m.Periods & ~(((spaces | singles) & ~m.Periods) >> 1))
                     | (m.Dollars & (letters << 1));
        uint runStarts = alnum & ~(alnum << 1);

        // A period after a word is a token of its own unless the word is an abbreviation or an initial ("Dr.", "J.") or
        // the period comes before a comma or semicolon ("Fla., for"): those go to the scalar reader, which keeps the period with the word.
        uint wordPeriods = m.Periods & (letters << 1) & ~dirty;
        while (wordPeriods != 0)
        {
            int k = BitOperations.TrailingZeroCount(wordPeriods);
            wordPeriods &= wordPeriods - 1;
            uint before = (1u << k) - 1;
            if ((dirty & before) != 0)
            {
                break;
            }

            int ws = 31 - BitOperations.LeadingZeroCount(runStarts & before);
            var word = text.Slice(i + ws, k - ws);
            if ((word.Length == 1 ? CharSets.IsAsciiUpper(word[0]) : Abbreviations.Lookup(word) != AbbreviationKind.None)
                || Tokenizer.IsPeriodBeforeComma(text, i + k))
            {
                dirty |= 1u << ws;
                break;
            }
        }

        int d = BitOperations.TrailingZeroCount(dirty);
        runEnds = ~alnum & (alnum << 1);
        if (d == 0)
        {
            starts = 0;
            cut = 0;
            return false;
        }

        // The token touching the first dirty character (or the block's end) is incomplete: cut before it.
        int last = d - 1;
        if (((spaces >> last) & 1) != 0)
        {
            cut = d;
        }
        else if (((singles >> last) & 1) != 0)
        {
            cut = last;
        }
        else
        {
            cut = 31 - BitOperations.LeadingZeroCount(runStarts & (uint.MaxValue >> (31 - last)));
        }

        uint below = cut == 32 ? uint.MaxValue : (1u << cut) - 1;
        starts = (runStarts | singles) & below;
        return cut > 0;
    }

    /// <summary>The token whose start is the lowest bit of <paramref name="starts"/> in the block at <paramref name="blockStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Token TokenAt(ReadOnlySpan<char> text, int blockStart, uint starts, uint runEnds, uint singles)
    {
        int s = BitOperations.TrailingZeroCount(starts);
        int start = blockStart + s;
        char c = text[start];
        if (((singles >> s) & 1) != 0)
        {
            var kind = c switch
            {
                '%' => TokenKind.Percent,
                '$' or '\u00A3' or '\u20AC' => TokenKind.Currency,
                _ => TokenKind.Punctuation,
            };
            return new Token(start, 1, kind);
        }

        int length = BitOperations.TrailingZeroCount(runEnds >> s);
        if (CharSets.IsAsciiDigit(c))
        {
            return new Token(start, length, TokenKind.Number);
        }

        if (length == 3 && CharSets.IsAsciiUpper(c) && Abbreviations.IsCurrencyCode(text.Slice(start, 3)))
        {
            return new Token(start, 3, TokenKind.Currency);
        }

        return new Token(start, length, TokenKind.Word);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Masks Classify(Vector256<ushort> v)
    {
        var lower = (v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a');
        return new Masks(
            Vector256.LessThanOrEqual(lower, Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits(),
            Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9)).ExtractMostSignificantBits(),
            (Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.Equals(v, Vector256.Create((ushort)'\n'))
             | Vector256.Equals(v, Vector256.Create((ushort)'\r')) | Vector256.Equals(v, Vector256.Create((ushort)'\t'))).ExtractMostSignificantBits(),
            Vector256.Equals(v, Vector256.Create((ushort)',')).ExtractMostSignificantBits(),
            Vector256.Equals(v, Vector256.Create((ushort)'.')).ExtractMostSignificantBits(),
            Vector256.Equals(v, Vector256.Create((ushort)'$')).ExtractMostSignificantBits(),
            (Vector256.Equals(v, Vector256.Create((ushort)';')) | Vector256.Equals(v, Vector256.Create((ushort)'('))
             | Vector256.Equals(v, Vector256.Create((ushort)')')) | Vector256.Equals(v, Vector256.Create((ushort)'"'))
             | Vector256.Equals(v, Vector256.Create((ushort)'?')) | Vector256.Equals(v, Vector256.Create((ushort)'!'))
             | Vector256.Equals(v, Vector256.Create((ushort)'%')) | Vector256.Equals(v, Vector256.Create((ushort)'\u00A3'))
             | Vector256.Equals(v, Vector256.Create((ushort)'\u20AC'))).ExtractMostSignificantBits());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Masks Classify(Vector128<ushort> v)
    {
        var lower = (v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
        return new Masks(
            Vector128.LessThanOrEqual(lower, Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits(),
            Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9)).ExtractMostSignificantBits(),
            (Vector128.Equals(v, Vector128.Create((ushort)' ')) | Vector128.Equals(v, Vector128.Create((ushort)'\n'))
             | Vector128.Equals(v, Vector128.Create((ushort)'\r')) | Vector128.Equals(v, Vector128.Create((ushort)'\t'))).ExtractMostSignificantBits(),
            Vector128.Equals(v, Vector128.Create((ushort)',')).ExtractMostSignificantBits(),
            Vector128.Equals(v, Vector128.Create((ushort)'.')).ExtractMostSignificantBits(),
            Vector128.Equals(v, Vector128.Create((ushort)'$')).ExtractMostSignificantBits(),
            (Vector128.Equals(v, Vector128.Create((ushort)';')) | Vector128.Equals(v, Vector128.Create((ushort)'('))
             | Vector128.Equals(v, Vector128.Create((ushort)')')) | Vector128.Equals(v, Vector128.Create((ushort)'"'))
             | Vector128.Equals(v, Vector128.Create((ushort)'?')) | Vector128.Equals(v, Vector128.Create((ushort)'!'))
             | Vector128.Equals(v, Vector128.Create((ushort)'%')) | Vector128.Equals(v, Vector128.Create((ushort)'\u00A3'))
             | Vector128.Equals(v, Vector128.Create((ushort)'\u20AC'))).ExtractMostSignificantBits());
    }

    /// <summary>One bit per character of the block, per class.</summary>
    private readonly record struct Masks(uint Letters, uint Digits, uint Spaces, uint Commas, uint Periods, uint Dollars, uint Others);
}
