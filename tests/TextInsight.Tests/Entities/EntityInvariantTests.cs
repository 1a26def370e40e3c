using CsCheck;
using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Text;

namespace TextInsight.Tests.Entities;

public class EntityInvariantTests
{
    private static readonly string[] Words =
    [
        "$", "€", "£", "US$", "C$", "1.5", "M", "2", "bn", "million", "billion", "two", "hundred", "and", "a", "half", "dozen", "5%",
        "12.5", "%", "per", "cent", "percent", "percentage", "points", "dollars", "euros", "yen", "cents", "May", "3", "2024",
        "2024-05-03", "Tuesday", ",", ".", "-", "–", "to", "between", "yesterday", "last", "month", "in", "the", "ASF", "(", ")",
        "Apache", "Software", "Foundation", "Anthropic’s", "Ruth", "Suehle", "President", "of", "1,500", "k", "m", "\n\n", "\n",
        "twenty-one", "3/4", "½", "minus", "over", "USD", "EUR", "Swiss", "francs", "1st", "March", "Dec.", "https://x.org/?q=5%20",
    ];

    private static readonly Gen<string> Texts = Gen.Int[0, Words.Length - 1].Array[0, 60].Select(ix =>
        string.Join(" ", ix.Select(i => Words[i])));

    [Fact]
    public void Mentions_lie_in_the_text_in_order_without_overlap_and_match_their_text()
    {
        Texts.Sample(text =>
        {
            var structure = ArticleParser.Default.Parse(text);
            var sentences = new List<TextSpan>();
            sentences.AddRange(structure.SplitSentences());

            var analysis = EntityRecognizer.Default.Recognize(structure, sentences);
            int end = 0;
            foreach (var m in analysis.Mentions)
            {
                if (m.Span.Start < end || m.Span.Length <= 0 || m.Span.End > text.Length || m.Text != m.Span.GetText(text))
                {
                    return false;
                }

                end = m.Span.End;
            }

            return true;
        }, iter: 2000);
    }

    [Fact]
    public void Linked_mentions_lie_in_the_text_in_order_without_overlap()
    {
        // Names placed by hand at random word boundaries of the seed-like text, as a tagger could give them.
        Texts.Sample(text =>
        {
            var structure = ArticleParser.Default.Parse(text);
            var mentions = new List<EntityMention>();
            int from = 0;
            foreach (var name in new[] { "Apache Software Foundation", "ASF", "Ruth Suehle", "Anthropic" })
            {
                int at = text.IndexOf(name, from, StringComparison.Ordinal);
                if (at >= 0)
                {
                    mentions.Add(new EntityMention
                    {
                        Type = name == "Ruth Suehle" ? EntityType.Person : EntityType.Organization, Span = new TextSpan(at, name.Length),
                        Text = name, Zone = structure.ZoneAt(at) ?? Zone.Boilerplate,
                    });
                    from = at + name.Length;
                }
            }

            var analysis = EntityLinker.Default.Link(structure, mentions);
            int end = 0;
            foreach (var m in analysis.Mentions)
            {
                if (m.Span.Start < end || m.Span.End > text.Length || m.Text != m.Span.GetText(text))
                {
                    return false;
                }

                end = m.Span.End;
            }

            double total = analysis.Entities.Sum(e => e.Salience);
            return analysis.Entities.All(e => e.Salience is >= 0 and <= 1) && (analysis.Entities.Count == 0 || Math.Abs(total - 1) < 1e-3);
        }, iter: 1000);
    }
}
