using CsCheck;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>For any arrangement of lines the structure keeps its contract (see <see cref="StructureInvariants"/>).</summary>
public class ArticleParserPropertyTests
{
    // Lines of every kind the parser tells apart, plus markup and odd white space.
    private static readonly string[] KnownLines =
    [
        "0", "12 comments", "Share 34", "29,603", "Previous article", "Next article", "Read more", "Share this",
        "Subscribe", "Home > Business", "Kubernetes | Open Source | AI", "© 2024 TFiR. All rights reserved.",
        "Contact us: newsroom@tfir.io", "We use cookies to improve your experience. Accept or manage your preferences.",
        "Accept", "By Jane Doe", "BY JANE DOE | Published 3 May 2024", "Published 3 May 2024", "May 3, 2024",
        "WASHINGTON (Reuters) -", "LONDON (Reuters) - The bank raised rates.", "# Heading", "## Why It Matters ##",
        "#", "# ", "##", "===", "---", "***", "- - -", "- a list item", "1. a numbered item", "Why Open Source Matters",
        "A Broader Industry Signal", "What happens next?", "Tuesday, 1 March", "Read more: Why NVIDIA Donated Its DRA Driver",
        "   indented line with spaces   ", "\t", "  ", "", "", "", "\r", "line with CR\r", "£50m for Gerrard?",
    ];

    private static readonly Lazy<string[]> SeedLines = new(() => SeedArticle.Text.Split('\n'));

    private static Gen<string> Line =>
        Gen.Frequency(
            (4, Gen.OneOf(KnownLines)),
            (4, Gen.Int[0, SeedLines.Value.Length - 1].Select(i => SeedLines.Value[i])),
            (2, Gen.Char[" abcXYZ019.,:;?!|>#=-*_'’\"()©@\t"].Array[0, 40].Select(cs => new string(cs))));

    private static Gen<string> Document => Line.Array[0, 40].Select(lines => string.Join("\n", lines));

    [Fact]
    public void Any_arrangement_of_lines_keeps_the_structure_invariants()
    {
        Document.Sample(text => StructureInvariants.AssertHold(text, ArticleParser.Default.Parse(text)), iter: 3000);
    }

    [Fact]
    public void Any_arrangement_of_hard_wrapped_lines_keeps_the_structure_invariants()
    {
        var wrapped = Gen.Int[0, SeedLines.Value.Length - 1]
            .Select(i => SeedLines.Value[i])
            .Array[1, 12]
            .Select(Gen.Int[20, 80], (lines, width) => string.Join("\n\n", lines.Select(l => TextWrapper.Wrap(l, width))));
        wrapped.Sample(text => StructureInvariants.AssertHold(text, ArticleParser.Default.Parse(text)), iter: 500);
    }
}
