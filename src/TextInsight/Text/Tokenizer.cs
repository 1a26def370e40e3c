using System.Globalization;

namespace TextInsight.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s. Stateless and thread-safe; enumeration allocates nothing.
/// </summary>
/// <example>
/// <code>
/// foreach (Token t in Tokenizer.Tokenize("Anthropic gives $1.5M."))
///     Console.WriteLine($"{t.Kind} {t.Start} {t.Length}");
/// </code>
/// </example>
public static class Tokenizer
{
    /// <summary>Returns an allocation-free enumerator over the tokens of <paramref name="text"/>.</summary>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>Counts the tokens of <paramref name="text"/> without storing them.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (var _ in Tokenize(text))
        {
            n++;
        }

        return n;
    }

    /// <summary>Reads the token that starts at <paramref name="i"/>, a position that is not white space.</summary>
    internal static Token Next(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsDigit(c))
        {
            int j = i + 1;
            while (j < text.Length && (char.IsDigit(text[j]) || (IsNumberJoiner(text[j]) && j + 1 < text.Length && char.IsDigit(text[j + 1]))))
            {
                j++;
            }

            return new Token(i, j - i, TokenKind.Number);
        }

        if (IsWordChar(text, i, out int w))
        {
            int j = i + w;
            while (j < text.Length)
            {
                if (IsWordChar(text, j, out w))
                {
                    j += w;
                }
                else if ((text[j] is '\'' or '’' or '-') && j + 1 < text.Length && char.IsLetter(text[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            return new Token(i, j - i, TokenKind.Word);
        }

        int len = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        var kind = c == '%' ? TokenKind.Percent
            : char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol ? TokenKind.Currency
            : char.IsPunctuation(c) ? TokenKind.Punctuation
            : TokenKind.Symbol;
        return new Token(i, len, kind);
    }

    private static bool IsNumberJoiner(char c) => c is '.' or ',';

    private static bool IsWordChar(ReadOnlySpan<char> text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var cat = char.GetUnicodeCategory(c);
        if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return true;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return System.Text.Rune.TryCreate(c, text[i + 1], out var rune) && System.Text.Rune.IsLetterOrDigit(rune);
        }

        return false;
    }
}
