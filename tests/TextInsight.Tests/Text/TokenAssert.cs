using TextInsight.Text;

namespace TextInsight.Tests.Text;

/// <summary>Renders tokens as <c>text/Kind</c> pairs, so that a table row states exactly what the tokenizer must yield.</summary>
internal static class TokenAssert
{
    public static string Render(string text)
    {
        var parts = new List<string>();
        foreach (var t in Tokenizer.Tokenize(text))
        {
            parts.Add(text.Substring(t.Start, t.Length) + "/" + t.Kind);
        }

        return string.Join(" ", parts);
    }

    public static string RenderTexts(string text)
    {
        var parts = new List<string>();
        foreach (var t in Tokenizer.Tokenize(text))
        {
            parts.Add(text.Substring(t.Start, t.Length));
        }

        return string.Join(" ", parts);
    }
}
