using System.Text;

namespace TextInsight.Benchmarks;

/// <summary>
/// About one megabyte of real article text: the BBC articles of ../shared/data/bbc when they are beside the repository
/// (read in a fixed order, never copied into it), else the repository's corpus repeated.
/// </summary>
internal static class BenchmarkInput
{
    public const int TargetChars = 1 << 20;

    private static readonly Lazy<(string Text, string Source)> Loaded = new(Load);

    public static string Text => Loaded.Value.Text;

    public static string Source => Loaded.Value.Source;

    /// <summary>Size of the text in UTF-8, the unit of the MB/s column.</summary>
    public static int Utf8Bytes => Encoding.UTF8.GetByteCount(Text);

    private static (string, string) Load()
    {
        string root = FindRoot();
        string bbc = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bbc", "articles"));
        string source = Directory.Exists(bbc) ? bbc : Path.Combine(root, "corpus");
        var files = Directory.GetFiles(source, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new InvalidOperationException("No .txt articles under " + source);
        }

        var sb = new StringBuilder(TargetChars + 16_384);
        while (sb.Length < TargetChars)
        {
            foreach (string file in files)
            {
                // One BBC file is Latin-1; decoding it as UTF-8 would only put U+FFFD in place of "£", still real text.
                sb.Append(File.ReadAllText(file)).Append("\n\n");
                if (sb.Length >= TargetChars)
                {
                    break;
                }
            }
        }

        return (sb.ToString(), source);
    }

    /// <summary>The structure data sets of the shared data beside the repository: article-extraction-dev, then extraction-dev's.</summary>
    public static List<string> StructureDataSets()
    {
        string data = Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared", "data"));
        var sets = TextInsight.Structure.Training.StructurePages.FindDataSets(Path.Combine(data, "article-extraction-dev"));
        sets.AddRange(TextInsight.Structure.Training.StructurePages.FindDataSets(Path.Combine(data, "extraction-dev")));
        return sets;
    }

    public static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextInsight.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find TextInsight.sln above " + AppContext.BaseDirectory);
    }
}
