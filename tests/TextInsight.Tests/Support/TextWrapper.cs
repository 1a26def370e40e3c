using System.Text;

namespace TextInsight.Tests.Support;

/// <summary>Hard-wraps a line at a column, as e-mail and terminal tools do, to test text that arrives wrapped.</summary>
internal static class TextWrapper
{
    /// <summary>Breaks <paramref name="line"/> at spaces so that no wrapped line is longer than <paramref name="width"/> (unless a word is).</summary>
    public static string Wrap(string line, int width)
    {
        var sb = new StringBuilder();
        int col = 0;
        foreach (var word in line.Split(' '))
        {
            if (col > 0 && col + 1 + word.Length > width)
            {
                sb.Append('\n');
                col = 0;
            }
            else if (col > 0)
            {
                sb.Append(' ');
                col++;
            }

            sb.Append(word);
            col += word.Length;
        }

        return sb.ToString();
    }
}
