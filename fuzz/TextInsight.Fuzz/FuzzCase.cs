namespace TextInsight.Fuzz;

/// <summary>One generated input and the entry point it is fed to.</summary>
internal sealed record FuzzCase(FuzzTarget Target, string Text)
{
    public override string ToString() => $"{Target} ({Text.Length} chars): {Escape(Text.Length > 400 ? Text[..400] + "…" : Text)}";

    /// <summary>The text with control characters, surrogates and non-ASCII spelled as \uXXXX, so a report can be pasted into a test.</summary>
    public static string Escape(string text)
    {
        var s = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            s.Append(c is >= ' ' and <= '~' and not '\\' and not '"' ? c.ToString() : $"\\u{(int)c:x4}");
        }

        return s.ToString();
    }
}

/// <summary>The entry points under test.</summary>
internal enum FuzzTarget
{
    Analyze,
    AnalyzeHtml,
    CsvReader,
    JsonLinesReader,
}
