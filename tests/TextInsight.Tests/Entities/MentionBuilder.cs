using TextInsight.Entities;
using TextInsight.Structure;

namespace TextInsight.Tests.Entities;

/// <summary>Builds name mentions by hand, as a tagger would give them, where the model is not available.</summary>
internal static class MentionBuilder
{
    /// <summary>The <paramref name="occurrence"/>-th (from 0) occurrence of <paramref name="name"/> as a mention.</summary>
    public static EntityMention At(ArticleStructure s, string name, EntityType type, int occurrence = 0, double confidence = 0.9)
    {
        int at = -1;
        for (int k = 0; k <= occurrence; k++)
        {
            at = s.Text.IndexOf(name, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{name}' occurrence {occurrence} not found");
        }

        return new EntityMention
        {
            Type = type, Span = new TextSpan(at, name.Length), Text = name, Zone = s.ZoneAt(at) ?? Zone.Boilerplate, Confidence = confidence,
        };
    }

    /// <summary>A structure with a title, one body section of the given paragraphs and boilerplate blocks.</summary>
    public static ArticleStructure Structure(string title, string[] paragraphs, string[]? boilerplate = null, DateOnly? published = null)
    {
        var text = new System.Text.StringBuilder(title);
        var paras = new List<TextSpan>();
        foreach (var p in paragraphs)
        {
            text.Append("\n\n");
            paras.Add(new TextSpan(text.Length, p.Length));
            text.Append(p);
        }

        var blocks = new List<BoilerplateBlock>();
        foreach (var b in boilerplate ?? [])
        {
            text.Append("\n\n");
            blocks.Add(new BoilerplateBlock(new TextSpan(text.Length, b.Length), BoilerplateKind.Navigation));
            text.Append(b);
        }

        return new ArticleStructure(text.ToString(), new TextSpan(0, title.Length), [new Section(null, paras)], blocks, published: published);
    }
}
