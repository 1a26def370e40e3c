namespace TextInsight.Structure;

/// <summary>
/// Finds the structure of an article given as plain text: the first non-blank line is the title and
/// blank lines separate paragraphs. Stateless and thread-safe.
/// </summary>
public sealed class ArticleParser
{
    /// <summary>A shared instance.</summary>
    public static ArticleParser Default { get; } = new();

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ArticleStructure Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextSpan? title = null;
        var paragraphs = new List<TextSpan>();
        foreach (var block in EnumerateBlocks(text))
        {
            if (title is null)
            {
                // The title is the first line of the first block; the rest of that block is a paragraph.
                int nl = text.AsSpan(block.Start, block.Length).IndexOf('\n');
                if (nl < 0)
                {
                    title = block;
                    continue;
                }

                title = Trim(text, block.Start, block.Start + nl);
                var rest = Trim(text, block.Start + nl + 1, block.End);
                if (rest.Length > 0)
                {
                    paragraphs.Add(rest);
                }

                continue;
            }

            paragraphs.Add(block);
        }

        IReadOnlyList<Section> sections = paragraphs.Count > 0 ? [new Section(null, paragraphs)] : [];
        return new ArticleStructure(text, title, sections, []);
    }

    /// <summary>Yields the trimmed, non-empty blocks of <paramref name="text"/> that blank lines separate.</summary>
    internal static IEnumerable<TextSpan> EnumerateBlocks(string text)
    {
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            if (text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                if (blockStart >= 0)
                {
                    yield return Trim(text, blockStart, blockEnd);
                    blockStart = -1;
                }
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = lineStart;
                }

                blockEnd = lineEnd;
            }

            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        if (blockStart >= 0)
        {
            yield return Trim(text, blockStart, blockEnd);
        }
    }

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
