using TextInsight.Entities.Rules;
using TextInsight.Entities;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The seed article's related-story headlines are boilerplate in title case: once truecased, the tagger finds their names,
/// and the headline-subject rule of <c>NameRules</c> the unknown first word before a verb (<c>Rafay Powers …</c>).
/// </summary>
public class SeedBoilerplateNamesTests
{
    private static readonly Lazy<ArticleAnalysis> Analysis = new(() => TextAnalyzer.CreateDefault().Analyze(SeedArticle.Text));

    [Theory]
    [InlineData("Why NVIDIA Donated Its DRA Driver to KubeVirt Community", "NVIDIA", EntityType.Organization)]
    [InlineData("Why NVIDIA Donated Its DRA Driver to KubeVirt Community", "KubeVirt", EntityType.Organization)]
    [InlineData("| Ryan Hallisey at KubeCon EU |", "Ryan Hallisey", EntityType.Person)]
    [InlineData("Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure", "Argentum AI", EntityType.Organization)]
    [InlineData("Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure", "Rafay", EntityType.Organization)]
    public void Names_of_the_related_story_headlines_are_boilerplate_mentions(string context, string name, EntityType type)
    {
        string text = SeedArticle.Text;
        int line = text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(line >= 0, $"'{context}' is not in the seed article");
        var span = new TextSpan(line + context.IndexOf(name, StringComparison.Ordinal), name.Length);

        var mention = Assert.Single(Analysis.Value.Entities, m => m.Span == span);

        Assert.Equal((name, type, Zone.Boilerplate), (mention.Text, mention.Type, mention.Zone));
    }
}
