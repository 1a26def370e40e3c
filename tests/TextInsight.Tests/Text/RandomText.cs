using System.Text;
using CsCheck;

namespace TextInsight.Tests.Text;

/// <summary>
/// Random Unicode text for property tests: pieces that exercise the tokenizer's special cases (abbreviations, money,
/// addresses, quotes, emoji, marks) mixed with arbitrary code units, including lone surrogates and every script.
/// </summary>
internal static class RandomText
{
    private static readonly string[] Pieces =
    [
        " ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u2003", "a", "The", "word", "U.S.", "Dr.", "e.g.", "J.", "Inc.",
        ".", ".", "..", "...", "…", "!", "?", ",", ";", ":", "'", "’", "‘", "\"", "“", "”", "(", ")", "-", "–", "—",
        "$", "US$", "€", "£", "%", "1", "1.5", "1,500", "M", "bn", "'s", "n't", "@", "#", "_", "+", "&", "/", "www.",
        "http://", "x.com", "a@b.co", "👍", "🏽", "\u200D", "\uFE0F", "\u20E3", "🇬", "\u0301", "\u0308", "é", "ß", "Ж",
        "中", "ह", "\u093F", "𝒜", "\uD800", "\uDC00", "\r\n", "1.", "a)", "•", "10:30", "2024-05-01",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Pieces.Select(Gen.Const).ToArray())),
        (2, Gen.Char.Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(cp => char.ConvertFromUtf32(cp))),
        (1, Gen.Int[0x80, 0x2FFF].Select(cp => ((char)cp).ToString())));

    /// <summary>Strings of up to 60 pieces.</summary>
    public static readonly Gen<string> Text = Piece.Array[0, 60].Select(parts =>
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            sb.Append(p);
        }

        return sb.ToString();
    });
}
