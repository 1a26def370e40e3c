namespace TextInsight.Internals;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> and <see cref="char.ToUpperInvariant(char)"/> of single characters, the
/// same values without a call into the globalization library for every non-ASCII character: ASCII directly, other
/// characters from tables filled 256 characters at a time, by those very methods, on first use. Thread-safe.
/// </summary>
internal static class InvariantCase
{
    private static readonly char[]?[] LowerPages = new char[]?[256];
    private static readonly char[]?[] UpperPages = new char[]?[256];

    /// <summary>The same as <see cref="char.ToLowerInvariant(char)"/>.</summary>
    public static char ToLower(char c) =>
        c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : Page(LowerPages, c >> 8, upper: false)[c & 0xFF];

    /// <summary>The same as <see cref="char.ToUpperInvariant(char)"/>.</summary>
    public static char ToUpper(char c) =>
        c < 128 ? (char)(c is >= 'a' and <= 'z' ? c & ~0x20 : c) : Page(UpperPages, c >> 8, upper: true)[c & 0xFF];

    /// <summary>Lower-cases <paramref name="s"/> in place, each character as <see cref="char.ToLowerInvariant(char)"/> does.</summary>
    public static void ToLowerInPlace(Span<char> s)
    {
        if (System.Text.Ascii.IsValid(s))
        {
            System.Text.Ascii.ToLowerInPlace(s, out _);
            return;
        }

        foreach (ref char c in s)
        {
            c = ToLower(c);
        }
    }

    private static char[] Page(char[]?[] pages, int page, bool upper)
    {
        if (Volatile.Read(ref pages[page]) is { } table)
        {
            return table;
        }

        // Racing threads compute the same table; whichever is stored is right.
        var built = new char[256];
        for (int k = 0; k < 256; k++)
        {
            char c = (char)((page << 8) | k);
            built[k] = upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
        }

        Volatile.Write(ref pages[page], built);
        return built;
    }
}
