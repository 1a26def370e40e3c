using TextInsight.Structure;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Summaries;

/// <summary>
/// The seed article's structure as a reader sees it (title, three headings, boilerplate after the story), built from
/// its known blocks so that these tests do not depend on how far the plain-text parser has come.
/// </summary>
internal static class SeedStructure
{
    public static readonly string[] Headings =
    [
        "Why Open Source Infrastructure Matters More in the AI Era",
        "Sustaining the Backbone of Cloud-Native and Enterprise Systems",
        "A Broader Industry Signal",
    ];

    public static readonly string[] BoilerplateTexts =
    [
        "0",
        "Why NVIDIA Donated Its DRA Driver to KubeVirt Community | Ryan Hallisey at KubeCon EU | TFiR",
        "Previous article",
        "Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure",
        "Next article",
    ];

    public const string DonationSentence = "The Apache Software Foundation (ASF) has secured a $1.5 million donation from Anthropic, signaling growing recognition that the future of AI and cloud-native innovation depends heavily on the stability of open source foundations.";

    /// <summary>The structure with headings and boilerplate where they are.</summary>
    public static ArticleStructure Build()
    {
        string text = SeedArticle.Text;
        TextSpan? title = null;
        TextSpan? heading = null;
        var sections = new List<Section>();
        var paragraphs = new List<TextSpan>();
        var boilerplate = new List<BoilerplateBlock>();
        foreach (var block in ArticleParser.EnumerateBlocks(text))
        {
            string s = block.GetText(text);
            if (title is null)
            {
                title = block;
            }
            else if (Array.IndexOf(Headings, s) >= 0)
            {
                sections.Add(new Section(heading, [.. paragraphs]));
                paragraphs.Clear();
                heading = block;
            }
            else if (Array.IndexOf(BoilerplateTexts, s) >= 0)
            {
                boilerplate.Add(new BoilerplateBlock(block, BoilerplateKind.Navigation));
            }
            else
            {
                paragraphs.Add(block);
            }
        }

        sections.Add(new Section(heading, [.. paragraphs]));
        return new ArticleStructure(text, title, sections, boilerplate);
    }

    /// <summary>The sentences of the body paragraphs, as <see cref="TextAnalyzer"/> splits them.</summary>
    public static List<TextSpan> BodySentences(ArticleStructure structure)
    {
        var sentences = new List<TextSpan>();
        sentences.AddRange(structure.SplitSentences());

        return sentences;
    }

    /// <summary>Every block of the article but the title, headings and boilerplate included, as sentences.</summary>
    public static List<TextSpan> AllBlockSentences(ArticleStructure structure)
    {
        var sentences = new List<TextSpan>();
        bool first = true;
        foreach (var block in ArticleParser.EnumerateBlocks(structure.Text))
        {
            if (!first)
            {
                SentenceSplitter.Default.Split(block.Slice(structure.Text), block.Start, sentences);
            }

            first = false;
        }

        return sentences;
    }
}
