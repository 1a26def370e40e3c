using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using TextInsight.Internals;
using TextInsight.Summaries;

namespace TextInsight.Structure;

/// <summary>
/// The one pass over a unit's characters that <see cref="LineFeatures"/> needs: stopwords, punctuation and commas, and
/// URL, date and price shapes. ASCII characters are classified by a table and ASCII words are looked up in a stopword
/// table by a hash computed while they are read; other characters and words take the general path
/// (<see cref="char.IsLetter(char)"/>, <see cref="char.ToLowerInvariant(char)"/> and <see cref="EnglishStopwords"/>),
/// so the counts are those of that general path on every input. A unit of 16 characters or more is read 32 characters
/// at a time into bit masks (word characters, digits, white space, punctuation): punctuation and commas are counted from
/// them, and only word starts, digit runs, currency signs and <c>:</c> are visited one by one, and the characters outside
/// ASCII (quotes, dashes, accented letters: a quarter of web-page text is in lines holding one), which the vector
/// comparisons leave out, are classified one by one in their block. Allocation-free.
/// </summary>
internal static class LineScanner
{
    private const byte Other = 0;
    private const byte WordChar = 1;
    private const byte Space = 2;
    private const byte Digit = 3;

    /// <summary>Words longer than this are not looked up (the general path lower-cases at most this many characters).</summary>
    private const int MaxLookup = 16;

    private const int TableBits = 10;

    private static readonly SearchValues<char> Currency = SearchValues.Create("$£€¥₹");

    /// <summary>The class of each ASCII character, as <see cref="char"/>'s own predicates give it.</summary>
    private static readonly byte[] AsciiClass = BuildClasses();

    /// <summary>Open-addressing table of the all-ASCII stopwords by <see cref="Hash"/>; null slots are empty.</summary>
    private static readonly string?[] Table = BuildTable(out LongestStopword);

    private static readonly int LongestStopword;

    /// <summary>The all-ASCII stopwords by <see cref="Key"/> (two 64-bit halves; a word's bytes never are all zero).</summary>
    private static readonly ulong[] KeyTable = BuildKeyTable();

    /// <summary>Whether the vector masks classify every ASCII character as <see cref="AsciiClass"/> does.</summary>
    private static readonly bool VectorsAgree = CheckVectors();

    /// <summary>Whether ASCII text takes the vector path here (for tests: on x64 and Arm64 it should).</summary>
    internal static bool UsesVectors => Vector128.IsHardwareAccelerated && VectorsAgree;

    /// <summary>Counts stopwords, punctuation and commas and looks for URL, date and price shapes, in one pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> s, out int stopwords, out int punctuation, out int commas, out bool url, out bool date, out bool price)
    {
        stopwords = punctuation = commas = 0;
        url = s.Contains("://", StringComparison.Ordinal) || s.Contains("www.", StringComparison.OrdinalIgnoreCase) || s.Contains('@');
        date = false;
        price = false;
        if (s.Length >= 16 && Vector128.IsHardwareAccelerated && VectorsAgree)
        {
            ScanBlocks(s, Ascii.IsValid(s), ref stopwords, ref punctuation, ref commas, ref date, ref price);
            return;
        }

        var classes = AsciiClass;
        int wordStart = -1;
        bool wordAscii = true;
        uint hash = 0;
        int digitRun = 0;
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            byte kind = c < 128 ? classes[c] : char.IsLetter(c) || c == '’' ? WordChar : Other;
            if (kind == WordChar)
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                    wordAscii = true;
                    hash = 2166136261;
                }

                if (c < 128)
                {
                    // ASCII letters lower-case by setting bit 0x20; the apostrophe (0x27) has it already.
                    hash = (hash ^ (uint)(c | 0x20)) * 16777619;
                }
                else
                {
                    wordAscii = false;
                }
            }
            else
            {
                if (wordStart >= 0)
                {
                    if (IsStopword(s, wordStart, i, wordAscii, hash))
                    {
                        stopwords++;
                    }

                    wordStart = -1;
                }

                if (c >= 128 ? !char.IsWhiteSpace(c) && !char.IsDigit(c) : kind == Other)
                {
                    punctuation++;
                    if (c == ',')
                    {
                        commas++;
                    }
                    else if (Currency.Contains(c) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                    {
                        price = true;
                    }
                    else if (c == ':' && digitRun > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                    {
                        date = true;
                    }
                }
            }

            if (char.IsAsciiDigit(c))
            {
                digitRun++;
            }
            else
            {
                if (digitRun == 4 && IsYear(s, i))
                {
                    date = true;
                }

                digitRun = 0;
            }
        }

        // The end of the text closes a word and a run of digits as a space would.
        if (wordStart >= 0 && IsStopword(s, wordStart, i, wordAscii, hash))
        {
            stopwords++;
        }

        if (digitRun == 4 && IsYear(s, i))
        {
            date = true;
        }
    }

    /// <summary>
    /// <see cref="Scan"/> from bit masks of 32 characters at a time. ASCII characters are classified by vector
    /// comparisons; in a text that is not all ASCII (<paramref name="ascii"/> false: curly quotes, dashes, accented
    /// letters) each other character of a block is classified as the scalar path does it, and a word holding one takes
    /// the general stopword look-up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScanBlocks(ReadOnlySpan<char> s, bool ascii, ref int stopwords, ref int punctuation, ref int commas, ref bool date, ref bool price)
    {
        Span<char> padded = stackalloc char[32];
        int n = s.Length;
        uint carryWord = 0;
        uint carryDigit = 0;
        for (int b = 0; b < n; b += 32)
        {
            // The end of the text reads as spaces, as the scalar path reads it.
            var block = AsciiBlocks.Block(s, b, padded);

            Classify(block, out uint word, out uint digit, out uint other, out uint comma, out uint special, out uint wide);
            if (wide != 0)
            {
                ClassifyWide(block, wide, ref word, ref other, ref special);
            }

            punctuation += BitOperations.PopCount(other);
            commas += BitOperations.PopCount(comma);
            while (special != 0)
            {
                int i = b + BitOperations.TrailingZeroCount(special);
                special &= special - 1;
                bool digitAfter = i + 1 < n && char.IsAsciiDigit(s[i + 1]);
                if (s[i] == ':')
                {
                    date |= digitAfter && i > 0 && char.IsAsciiDigit(s[i - 1]);
                }
                else
                {
                    price |= digitAfter;
                }
            }

            uint runs = digit & ~((digit << 1) | carryDigit);
            while (runs != 0)
            {
                int i = b + BitOperations.TrailingZeroCount(runs);
                runs &= runs - 1;
                int j = i;
                while (j < n && char.IsAsciiDigit(s[j]))
                {
                    j++;
                }

                date |= j - i == 4 && IsYear(s, j);
            }

            uint starts = word & ~((word << 1) | carryWord);
            while (starts != 0)
            {
                int bit = BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                uint after = ~word & (uint.MaxValue << bit);
                int end;
                if (after != 0)
                {
                    end = b + BitOperations.TrailingZeroCount(after);
                }
                else
                {
                    end = b + 32;
                    while (end < n && IsWordChar(s[end]))
                    {
                        end++;
                    }
                }

                int start = b + bit;
                int length = end - start;
                if (after != 0 && length <= 8 && start + 8 <= n && (ascii || ((wide >> bit) & ((1u << length) - 1)) == 0))
                {
                    // An ASCII word of at most eight characters inside the block (most words): its characters narrowed to
                    // bytes, lower-cased and cut to its length in one load, and looked up without a branch.
                    var v = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s)), (nuint)start);
                    ulong key = (Vector128.Narrow(v, v).AsUInt64().ToScalar() | 0x2020202020202020UL) & (ulong.MaxValue >> (64 - (8 * length)));
                    stopwords += ShortStopwords.Count(key);
                }
                else if (!ascii && !Ascii.IsValid(s.Slice(start, Math.Min(length, MaxLookup + 1))))
                {
                    // A word with a character outside ASCII: the general look-up, as the scalar path makes it.
                    stopwords += IsStopword(s, start, end, ascii: false, 0) ? 1 : 0;
                }
                else if (length <= 8 && start + 8 <= n)
                {
                    // The word's eight characters narrowed to bytes, lower-cased and cut to its length, in one load.
                    var v = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s)), (nuint)start);
                    ulong k0 = (Vector128.Narrow(v, v).AsUInt64().ToScalar() | 0x2020202020202020UL) & (ulong.MaxValue >> (64 - (8 * length)));
                    if (ContainsKey(k0, 0))
                    {
                        stopwords++;
                    }
                }
                else if (length <= LongestStopword && IsAsciiStopword(s.Slice(start, length)))
                {
                    stopwords++;
                }
            }

            carryWord = word >> 31;
            carryDigit = digit >> 31;
        }
    }

    /// <summary>The all-ASCII stopwords of at most eight characters, by their keys (see <see cref="Key"/>).</summary>
    private static readonly CuckooKeys ShortStopwords = CuckooKeys.Build(ShortStopwordKeys());

    private static List<ulong> ShortStopwordKeys()
    {
        var keys = new List<ulong>();
        foreach (string word in EnglishStopwords.All)
        {
            if (word.Length <= 8 && IsAsciiWord(word))
            {
                keys.Add(Key(word).Item1);
            }
        }

        return keys;
    }

    /// <summary>Whether the scalar path reads <paramref name="c"/> as part of a word.</summary>
    private static bool IsWordChar(char c) => c < 128 ? AsciiClass[c] == WordChar : char.IsLetter(c) || c == '’';

    /// <summary>
    /// Sets the masks of the characters outside ASCII in a block (<paramref name="wide"/>), one by one as the scalar path
    /// reads them: a letter or <c>’</c> is a word character; a character that is neither white space nor a digit is
    /// punctuation, and a currency sign among them is looked at as <c>$</c> is. The vector masks left them out of every class.
    /// </summary>
    private static void ClassifyWide(ReadOnlySpan<char> block, uint wide, ref uint word, ref uint other, ref uint special)
    {
        while (wide != 0)
        {
            int k = BitOperations.TrailingZeroCount(wide);
            wide &= wide - 1;
            char c = block[k];
            if (char.IsLetter(c) || c == '’')
            {
                word |= 1u << k;
            }
            else if (!char.IsWhiteSpace(c) && !char.IsDigit(c))
            {
                other |= 1u << k;
                if (Currency.Contains(c))
                {
                    special |= 1u << k;
                }
            }
        }
    }

    /// <summary>
    /// Bit masks of 32 characters: word characters (ASCII letters, apostrophe), ASCII digits, ASCII punctuation, commas,
    /// <c>$</c> or <c>:</c>, and the characters outside ASCII (<paramref name="wide"/>), which are in no other mask.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(ReadOnlySpan<char> block, out uint word, out uint digit, out uint other, out uint comma, out uint special, out uint wide)
    {
        ref ushort r = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(block));
        if (Vector256.IsHardwareAccelerated)
        {
            // The 32 characters narrowed to bytes and classified in one vector; a character outside ASCII, whose byte is
            // cut from it, is taken out of every class but its own.
            var v0 = Vector256.LoadUnsafe(ref r);
            var v1 = Vector256.LoadUnsafe(ref r, 16);
            var b = Vector256.Narrow(v0, v1);
            var high = Vector256.Narrow(
                Vector256.GreaterThan(v0, Vector256.Create((ushort)127)),
                Vector256.GreaterThan(v1, Vector256.Create((ushort)127)));
            var letter = Vector256.LessThanOrEqual((b | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)25))
                         | Vector256.Equals(b, Vector256.Create((byte)'\''));
            var dig = Vector256.LessThanOrEqual(b - Vector256.Create((byte)'0'), Vector256.Create((byte)9));
            var space = Vector256.LessThanOrEqual(b - Vector256.Create((byte)9), Vector256.Create((byte)4))
                        | Vector256.Equals(b, Vector256.Create((byte)' '));
            var com = Vector256.Equals(b, Vector256.Create((byte)','));
            var spec = Vector256.Equals(b, Vector256.Create((byte)'$')) | Vector256.Equals(b, Vector256.Create((byte)':'));
            wide = high.ExtractMostSignificantBits();
            word = letter.ExtractMostSignificantBits() & ~wide;
            digit = dig.ExtractMostSignificantBits() & ~wide;
            other = (~(letter | dig | space | high)).ExtractMostSignificantBits();
            comma = com.ExtractMostSignificantBits() & ~wide;
            special = spec.ExtractMostSignificantBits() & ~wide;
            return;
        }

        word = digit = other = comma = special = wide = 0;
        for (int k = 0; k < 4; k++)
        {
            var v = Vector128.LoadUnsafe(ref r, (nuint)(k * 8));
            var letter = Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25))
                         | Vector128.Equals(v, Vector128.Create((ushort)'\''));
            var dig = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            var space = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)9), Vector128.Create((ushort)4))
                        | Vector128.Equals(v, Vector128.Create((ushort)' '));
            var com = Vector128.Equals(v, Vector128.Create((ushort)','));
            var spec = Vector128.Equals(v, Vector128.Create((ushort)'$')) | Vector128.Equals(v, Vector128.Create((ushort)':'));
            var high = Vector128.GreaterThan(v, Vector128.Create((ushort)127));
            int shift = k * 8;
            word |= letter.ExtractMostSignificantBits() << shift;
            digit |= dig.ExtractMostSignificantBits() << shift;
            other |= (~(letter | dig | space | high)).ExtractMostSignificantBits() << shift;
            wide |= high.ExtractMostSignificantBits() << shift;
            comma |= com.ExtractMostSignificantBits() << shift;
            special |= spec.ExtractMostSignificantBits() << shift;
        }
    }

    /// <summary>Whether an ASCII word of at most <see cref="LongestStopword"/> letters and apostrophes is a stopword.</summary>
    private static bool IsAsciiStopword(ReadOnlySpan<char> word)
    {
        var (k0, k1) = Key(word);
        return ContainsKey(k0, k1);
    }

    /// <summary>Whether the key of a word (<see cref="Key"/>) is a stopword's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ContainsKey(ulong k0, ulong k1)
    {
        var table = KeyTable;
        int mask = (table.Length / 2) - 1;
        for (int slot = KeySlot(k0, k1, mask); ; slot = (slot + 1) & mask)
        {
            ulong t0 = table[2 * slot];
            ulong t1 = table[(2 * slot) + 1];
            if (t0 == k0 && t1 == k1)
            {
                return true;
            }

            if ((t0 | t1) == 0)
            {
                return false;
            }
        }
    }

    /// <summary>The lower-cased bytes of a word of at most 16 ASCII letters and apostrophes, zero-padded, as two halves.</summary>
    private static (ulong, ulong) Key(ReadOnlySpan<char> word)
    {
        ulong k0 = 0;
        ulong k1 = 0;
        int first = Math.Min(word.Length, 8);
        for (int j = 0; j < first; j++)
        {
            k0 |= (ulong)(byte)(word[j] | 0x20) << (8 * j);
        }

        for (int j = 8; j < word.Length; j++)
        {
            k1 |= (ulong)(byte)(word[j] | 0x20) << (8 * (j - 8));
        }

        return (k0, k1);
    }

    private static int KeySlot(ulong k0, ulong k1, int mask) =>
        (int)(((k0 * 0x9E3779B97F4A7C15UL) ^ (k1 * 0xC2B2AE3D27D4EB4FUL)) >> 40) & mask;

    private static ulong[] BuildKeyTable()
    {
        var table = new ulong[2 << TableBits];
        int mask = (1 << TableBits) - 1;
        foreach (string word in EnglishStopwords.All)
        {
            if (word.Length > MaxLookup || !IsAsciiWord(word))
            {
                continue;
            }

            var (k0, k1) = Key(word);
            int slot = KeySlot(k0, k1, mask);
            while ((table[2 * slot] | table[(2 * slot) + 1]) != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[2 * slot] = k0;
            table[(2 * slot) + 1] = k1;
        }

        return table;
    }

    private static bool CheckVectors() => Vector128.IsHardwareAccelerated && AsciiBlocks.Every(BlockAgrees);

    private static bool BlockAgrees(ReadOnlySpan<char> block, int first)
    {
        Classify(block, out uint word, out uint digit, out uint other, out uint comma, out uint special, out uint wide);
        if (wide != 0)
        {
            return false;
        }

        for (int k = 0; k < 32; k++)
        {
            char c = (char)(first + k);
            byte expected = AsciiClass[c];
            bool ok = ((word >> k) & 1) == (expected == WordChar ? 1u : 0)
                      && ((digit >> k) & 1) == (expected == Digit ? 1u : 0)
                      && ((other >> k) & 1) == (expected == Other ? 1u : 0)
                      && ((comma >> k) & 1) == (c == ',' ? 1u : 0)
                      && ((special >> k) & 1) == (c is '$' or ':' ? 1u : 0);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A four-digit year of 1900-2099 standing alone, ending before <paramref name="end"/>.</summary>
    private static bool IsYear(ReadOnlySpan<char> s, int end) =>
        (s[end - 4] == '1' && s[end - 3] == '9' || s[end - 4] == '2' && s[end - 3] == '0')
        && (end - 5 < 0 || !char.IsAsciiDigit(s[end - 5]));

    private static bool IsStopword(ReadOnlySpan<char> s, int start, int end, bool ascii, uint hash)
    {
        int length = end - start;
        if (length > MaxLookup)
        {
            return false;
        }

        if (!ascii)
        {
            // Each character as ToLowerInvariant of the span lower-cases it (a word holds letters and apostrophes, never
            // a surrogate, so the span's case mapping is the characters' one), from a table instead of the library.
            Span<char> lower = stackalloc char[MaxLookup];
            var word = s.Slice(start, length);
            for (int k = 0; k < word.Length; k++)
            {
                lower[k] = InvariantCase.ToLower(word[k]);
            }

            return EnglishStopwords.Contains(lower[..length]);
        }

        if (length > LongestStopword)
        {
            return false;
        }

        var table = Table;
        int mask = table.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            string? word = table[slot];
            if (word is null)
            {
                return false;
            }

            if (word.Length == length && EqualsLower(s.Slice(start, length), word))
            {
                return true;
            }
        }
    }

    /// <summary>Whether ASCII letters and apostrophes <paramref name="s"/>, lower-cased, are <paramref name="lower"/>.</summary>
    private static bool EqualsLower(ReadOnlySpan<char> s, string lower)
    {
        for (int k = 0; k < s.Length; k++)
        {
            if ((s[k] | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Hash(string lower) => Fnv1a.Hash(lower);

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            char ch = (char)c;
            classes[c] = char.IsLetter(ch) || ch == '\'' ? WordChar
                : char.IsWhiteSpace(ch) ? Space
                : char.IsDigit(ch) ? Digit
                : Other;
        }

        return classes;
    }

    private static string?[] BuildTable(out int longest)
    {
        var table = new string?[1 << TableBits];
        int mask = table.Length - 1;
        longest = 0;
        foreach (string word in EnglishStopwords.All)
        {
            // Only words of ASCII letters and apostrophes can match an ASCII word; the rest are found by the general path.
            if (word.Length > MaxLookup || !IsAsciiWord(word))
            {
                continue;
            }

            longest = Math.Max(longest, word.Length);
            int slot = (int)(Hash(word) & (uint)mask);
            while (table[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = word;
        }

        return table;
    }

    private static bool IsAsciiWord(string word)
    {
        foreach (char c in word)
        {
            if (!(c is >= 'a' and <= 'z' || c == '\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A set of non-zero 64-bit keys in which each key sits in one of two slots (cuckoo hashing), so that a look-up is two
    /// loads and two comparisons without a branch: about half the words of a text are stopwords, and a branch on each
    /// answer was mispredicted as often.
    /// </summary>
    private sealed class CuckooKeys
    {
        private readonly ulong[] _slots;
        private readonly ulong _first;
        private readonly ulong _second;
        private readonly int _shift;

        private CuckooKeys(ulong[] slots, ulong first, ulong second, int shift)
        {
            _slots = slots;
            _first = first;
            _second = second;
            _shift = shift;
        }

        /// <summary>1 when <paramref name="key"/> is in the set, else 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Count(ulong key)
        {
            var slots = _slots;
            ulong a = slots[(int)((key * _first) >> _shift)];
            ulong b = slots[(int)((key * _second) >> _shift)];
            return (a == key ? 1 : 0) | (b == key ? 1 : 0);
        }

        /// <summary>The set of <paramref name="keys"/> (none zero), in a table of at least four slots per key.</summary>
        public static CuckooKeys Build(List<ulong> keys)
        {
            int bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, keys.Count)) + 3);
            ulong first = 0x9E3779B97F4A7C15UL;
            ulong second = 0xC2B2AE3D27D4EB4FUL;
            for (int attempt = 0; ; attempt++)
            {
                var slots = new ulong[1 << bits];
                int shift = 64 - bits;
                if (TryFill(keys, slots, first, second, shift))
                {
                    return new CuckooKeys(slots, first, second, shift);
                }

                // Other multipliers (odd, from a fixed sequence), and a larger table now and then.
                first = (first * 6364136223846793005UL) + 1442695040888963407UL | 1;
                second = (second * 6364136223846793005UL) + 1442695040888963407UL | 1;
                bits += attempt % 8 == 7 ? 1 : 0;
            }
        }

        private static bool TryFill(List<ulong> keys, ulong[] slots, ulong first, ulong second, int shift)
        {
            foreach (ulong original in keys)
            {
                ulong key = original;
                int slot = (int)((key * first) >> shift);
                for (int kicks = 0; ; kicks++)
                {
                    if (slots[slot] == 0 || slots[slot] == key)
                    {
                        slots[slot] = key;
                        break;
                    }

                    if (kicks == 64)
                    {
                        return false;
                    }

                    // Put the key here and move the one it displaces to its other slot.
                    (slots[slot], key) = (key, slots[slot]);
                    int a = (int)((key * first) >> shift);
                    slot = slot == a ? (int)((key * second) >> shift) : a;
                }
            }

            return true;
        }
    }
}
