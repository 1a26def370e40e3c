namespace TextInsight.Internals;

/// <summary>
/// Text read 32 characters at a time into bit masks: the blocks of a span, and the ASCII range as four blocks (0-31,
/// 32-63, 64-95, 96-127) for checking such a classifier against the character-by-character one it stands for.
/// </summary>
internal static class AsciiBlocks
{
    /// <summary>
    /// The 32 characters of <paramref name="s"/> from <paramref name="start"/>; a block that runs past the end of
    /// <paramref name="s"/> is copied into <paramref name="padded"/> (32 characters) and ends in spaces.
    /// </summary>
    public static ReadOnlySpan<char> Block(ReadOnlySpan<char> s, int start, Span<char> padded)
    {
        if (start + 32 <= s.Length)
        {
            return s.Slice(start, 32);
        }

        padded.Fill(' ');
        s[start..].CopyTo(padded);
        return padded;
    }

    /// <summary>Whether a block of 32 characters, the first of them <paramref name="first"/>, is classified as expected.</summary>
    public delegate bool BlockAgrees(ReadOnlySpan<char> block, int first);

    /// <summary>Whether <paramref name="agrees"/> holds for every block of the ASCII range.</summary>
    public static bool Every(BlockAgrees agrees)
    {
        Span<char> block = stackalloc char[32];
        for (int first = 0; first < 128; first += 32)
        {
            for (int k = 0; k < 32; k++)
            {
                block[k] = (char)(first + k);
            }

            if (!agrees(block, first))
            {
                return false;
            }
        }

        return true;
    }
}
