using System.Text;

namespace TextInsight.Internals;

/// <summary>White space as a reader sees it: one space between words, none at the ends.</summary>
internal static class WhiteSpace
{
    /// <summary>
    /// <paramref name="text"/> with its ends trimmed and each run of white space inside it (a line break, a tab, a
    /// no-break space, two spaces) one space. Returns <paramref name="text"/> itself when nothing changes.
    /// </summary>
    public static string Collapse(string text)
    {
        var span = text.AsSpan().Trim();
        bool clean = true;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            // A space is never last after Trim, so span[i + 1] is there.
            if (c != ' ' ? char.IsWhiteSpace(c) : span[i + 1] == ' ')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        var builder = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
