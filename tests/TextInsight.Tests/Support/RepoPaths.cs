namespace TextInsight.Tests.Support;

/// <summary>Finds the repository, its corpus and the shared data beside it.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The repository root (the folder holding TextInsight.sln).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The bundled corpus.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>
    /// The gold annotation of each corpus article (<c>&lt;name&gt;.json</c>), kept outside <c>corpus/</c> so that the
    /// README's <c>analyze corpus/</c> meets only articles.
    /// </summary>
    public static string CorpusGold => Path.Combine(Root, "tests", "corpus-gold");

    /// <summary>The shared folder beside the repository (read-only; may be absent outside CI).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The shared annotated data.</summary>
    public static string SharedData => Path.Combine(Shared, "data");

    /// <summary>Whether the shared data are present.</summary>
    public static bool HasSharedData => Directory.Exists(SharedData);

    /// <summary>The message of tests skipped because the shared data are absent.</summary>
    public const string NoSharedDataMessage = "../shared/data is absent beside the repository: this test needs the shared annotated data (CI has it).";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextInsight.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (TextInsight.sln) above " + AppContext.BaseDirectory);
    }
}
