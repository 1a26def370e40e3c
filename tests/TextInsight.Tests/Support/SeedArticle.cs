namespace TextInsight.Tests.Support;

/// <summary>The example article that started the project (corpus/seed-article.txt, a copy of ../shared/seed-article.txt).</summary>
internal static class SeedArticle
{
    private static readonly Lazy<string> TextLazy = new(() => File.ReadAllText(Path.Combine(RepoPaths.Corpus, "seed-article.txt")));

    public static string Text => TextLazy.Value;
}
