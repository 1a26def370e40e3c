using CsCheck;

namespace TextInsight.Fuzz;

/// <summary>
/// Inputs built from pieces of real articles (so the structure and entity rules are reached) spliced with characters
/// that break parsers: white space of every kind, brackets, quotes, currency signs, digits, lone surrogate halves, any
/// UTF-16 code unit, markup and CSV/JSON syntax.
/// </summary>
internal static class Generators
{
    private const string Tricky = "abcXYZ019 .,;:!?'\"()[]{}<>/$€£¥%&@#-–—’“”…\n\n\r\t\u00A0\u2028\u200B\uFEFF\u0301\u05D0\u0627\uD800\uDC00\uD83D\uDE00";

    private static readonly string[] Tags = ["div", "p", "span", "a", "b", "h1", "h2", "h3", "article", "main", "section", "li", "ul", "table", "tr", "td", "script", "style", "title", "head", "body", "html", "br", "img", "nav", "footer", "meta", "template", "svg", "!--", "![CDATA["];

    public static Gen<FuzzCase> Case(IReadOnlyList<string> fragments)
    {
        var fragment = Gen.Int[0, fragments.Count - 1].Select(i => fragments[i]);
        var piece = Gen.Frequency(
            (5, fragment),
            (3, Gen.String[Gen.Char[Tricky], 0, 30]),
            (1, Gen.String[Gen.Char, 0, 12]),
            (1, Gen.OneOf(Gen.Const("\n\n"), Gen.Const("\r\n"), Gen.Const("  "), Gen.Const("$1.5M"), Gen.Const("U.S."), Gen.Const("(ASF)"), Gen.Const("0\n"), Gen.Const("\"\""), Gen.Const(","))),
            (1, Gen.Int[1, 3000].Select(n => new string('(', n))));
        var text = piece.Array[0, 80].Select(string.Concat);
        var tag = Gen.Select(Gen.Int[0, Tags.Length - 1], Gen.Bool, Gen.Bool, (t, close, attr) =>
            (close ? "</" : "<") + Tags[t] + (attr ? " class=\"content article-body\" id=x" : string.Empty) + ">");
        var html = Gen.Frequency((3, piece), (2, tag), (1, tag.Array[1, 400].Select(string.Concat))).Array[0, 120].Select(string.Concat);
        return Gen.Frequency(
            (4, text.Select(t => new FuzzCase(FuzzTarget.Analyze, t))),
            (3, html.Select(h => new FuzzCase(FuzzTarget.AnalyzeHtml, h))),
            (2, text.Select(t => new FuzzCase(FuzzTarget.CsvReader, t))),
            (2, text.Select(t => new FuzzCase(FuzzTarget.JsonLinesReader, t))));
    }
}
