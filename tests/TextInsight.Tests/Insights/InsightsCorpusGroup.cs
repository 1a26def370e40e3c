namespace TextInsight.Tests.Insights;

/// <summary>The test classes that share one <see cref="InsightsCorpusFixture"/>, so that the corpus is analyzed once.</summary>
[CollectionDefinition(Name)]
public sealed class InsightsCorpusGroup : ICollectionFixture<InsightsCorpusFixture>
{
    public const string Name = "Insights over the corpus";
}
