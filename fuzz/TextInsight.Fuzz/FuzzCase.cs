using System.Globalization;
using System.Text;

namespace TextInsight.Fuzz;

/// <summary>One generated input, the entry point it is fed to, and the seed that generates it again.</summary>
/// <remarks>
/// A case is written as one line, <c>{"target":"Analyze","seed":"c1Y3DkrDsVe1","text":"…"}</c>, whose text spells every
/// character outside printable ASCII (and the backslash and quote) as <c>\uXXXX</c>: the line is plain ASCII, survives a
/// log or a terminal, and <see cref="Parse"/> gives back the exact UTF-16 text, lone surrogate halves included (which a
/// JSON library would refuse or replace).
/// </remarks>
internal sealed record FuzzCase(FuzzTarget Target, string Text, string? Seed = null)
{
    private const string TextKey = "\"text\":\"";

    public override string ToString() => $"{Target} ({Text.Length} chars): {Escape(Text.Length > 400 ? Text[..400] + "…" : Text)}";

    /// <summary>The case as one ASCII line that <see cref="Parse"/> reads back exactly.</summary>
    public string ToLine() =>
        $"{{\"target\":\"{Target}\",\"seed\":\"{Seed ?? string.Empty}\",\"length\":{Text.Length.ToString(CultureInfo.InvariantCulture)},{TextKey}{Escape(Text)}\"}}";

    /// <summary>
    /// Reads a case written by <see cref="ToLine"/>: the first line of <paramref name="content"/> holding
    /// <c>{"target":</c>, wherever it starts (so a log line can be pasted as it is).
    /// </summary>
    /// <exception cref="FormatException">No case line, an unknown target, or a malformed escape.</exception>
    public static FuzzCase Parse(string content)
    {
        foreach (string raw in content.Split('\n'))
        {
            int at = raw.IndexOf("{\"target\":\"", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string line = raw[at..];
            string target = Field(line, "target") ?? throw new FormatException("the case line has no target");
            if (!Enum.TryParse(target, out FuzzTarget t) || !Enum.IsDefined(t))
            {
                throw new FormatException($"unknown target '{target}' (expected one of {string.Join(", ", Enum.GetNames<FuzzTarget>())})");
            }

            int text = line.IndexOf(TextKey, StringComparison.Ordinal);
            int end = text < 0 ? -1 : line.IndexOf('"', text + TextKey.Length);
            if (end < 0)
            {
                throw new FormatException("the case line has no complete \"text\" field");
            }

            string seed = Field(line, "seed") ?? string.Empty;
            return new FuzzCase(t, Unescape(line.AsSpan(text + TextKey.Length, end - text - TextKey.Length)), seed.Length == 0 ? null : seed);
        }

        throw new FormatException("no line starting {\"target\": (a case as the fuzz runner prints and saves it)");
    }

    /// <summary>The text with control characters, surrogates, non-ASCII, the backslash and the quote spelled as \uXXXX.</summary>
    public static string Escape(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is >= ' ' and <= '~' and not '\\' and not '"')
            {
                s.Append(c);
            }
            else
            {
                s.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return s.ToString();
    }

    /// <summary>The inverse of <see cref="Escape"/>; also reads JSON's short escapes (<c>\n</c>, <c>\"</c>…).</summary>
    /// <exception cref="FormatException">A backslash not followed by a known escape.</exception>
    public static string Unescape(ReadOnlySpan<char> escaped)
    {
        var s = new StringBuilder(escaped.Length);
        for (int i = 0; i < escaped.Length; i++)
        {
            char c = escaped[i];
            if (c != '\\')
            {
                s.Append(c);
                continue;
            }

            if (++i >= escaped.Length)
            {
                throw new FormatException("the text ends with a lone backslash");
            }

            switch (escaped[i])
            {
                case 'u' when i + 4 < escaped.Length && ushort.TryParse(escaped.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code):
                    s.Append((char)code);
                    i += 4;
                    break;
                case 'n': s.Append('\n'); break;
                case 'r': s.Append('\r'); break;
                case 't': s.Append('\t'); break;
                case 'b': s.Append('\b'); break;
                case 'f': s.Append('\f'); break;
                case '"' or '\\' or '/': s.Append(escaped[i]); break;
                default: throw new FormatException($"unknown escape '\\{escaped[i]}' at {i - 1}");
            }
        }

        return s.ToString();
    }

    private static string? Field(string line, string name)
    {
        string key = $"\"{name}\":\"";
        int at = line.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        int end = line.IndexOf('"', at + key.Length);
        return end < 0 ? null : line[(at + key.Length)..end];
    }
}

/// <summary>The entry points under test: every one that takes outside input.</summary>
internal enum FuzzTarget
{
    /// <summary><see cref="TextAnalyzer.Analyze(string, string?)"/> on plain text.</summary>
    Analyze,

    /// <summary><see cref="TextAnalyzer.AnalyzeHtml(string, string?)"/>.</summary>
    AnalyzeHtml,

    /// <summary>The CLI's CSV reader on a file holding the text as rows, then each document read analyzed.</summary>
    CsvReader,

    /// <summary>The CLI's JSON Lines reader on a file of objects and raw lines, then each document read analyzed.</summary>
    JsonLinesReader,

    /// <summary>The CLI's text file decoder on raw bytes (invalid UTF-8, windows-1252, BOMs), then the document analyzed.</summary>
    TextFile,

    /// <summary><see cref="TextAnalyzer.AnalyzeMarkdown(string, string?)"/>.</summary>
    AnalyzeMarkdown,

    /// <summary>
    /// The CLI's delimited reader on a file of tab-, semicolon- or pipe-separated rows (the delimiter chosen from the
    /// header line; a tab file read by the TSV rules, with and without escapes), then each document read analyzed.
    /// </summary>
    DelimitedReader,

    /// <summary>The CLI's feed reader on an RSS or Atom file around the text (items, CDATA, entities, broken markup), then each document read analyzed.</summary>
    FeedReader,
}
