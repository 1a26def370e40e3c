using System.Runtime.InteropServices;
using TextInsight.Entities.Numeric;

namespace TextInsight.Entities;

/// <summary>
/// Reads an English number written in digits, words or both: <c>two million</c>, <c>one hundred and twenty-five</c>,
/// <c>1.5 million</c>, <c>a dozen</c>, <c>three quarters</c>, <c>4.5bn</c>, <c>1,500</c>. Thread-safe.
/// </summary>
public static class NumberParser
{
    /// <summary>Parses <paramref name="text"/> when the whole of it (trimmed) is one number.</summary>
    /// <param name="text">The number.</param>
    /// <param name="value">Its value, or 0.</param>
    /// <returns>Whether the text is one number.</returns>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var atoms = new List<NumberAtom>();
        NumberAtomReader.Read(text, new TextSpan(0, text.Length), atoms);
        var span = CollectionsMarshal.AsSpan(atoms);
        if (span.Length == 0 || !NumberGrammar.CanStart(span[0]) || !NumberGrammar.TryParse(span, 0, NumberOptions.Ratios, out var parse)
            || parse.End != span.Length)
        {
            return false;
        }

        value = parse.Value;
        return true;
    }
}
